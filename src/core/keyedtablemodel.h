#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

namespace ft::core {

// A table of values that carry an id (files, deployments, checkpoints). A fresh list replaces the rows
// by id: gone rows are removed, known ones changed in place or moved, new ones inserted where the list
// has them. The model is never reset, so views keep their selection and scroll position while the
// service's list moves under them.
template<typename T>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<T> &rows() const { return m_rows; }
    const T *at(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }
    const T *at(const QModelIndex &index) const { return index.isValid() ? at(index.row()) : nullptr; }
    int rowOf(const QString &key) const { return find(key, 0); }

    void replace(const QList<T> &fresh)
    {
        QSet<QString> keys;
        for (const T &value : fresh)
            keys.insert(keyOf(value));
        for (int r = int(m_rows.size()) - 1; r >= 0; --r)
            if (!keys.contains(keyOf(m_rows[r])))
                removeRowsAt(r, r);
        for (int i = 0; i < fresh.size(); ++i) {
            const int at = find(keyOf(fresh[i]), i);
            if (at < 0) {
                beginInsertRows({}, i, i);
                m_rows.insert(i, fresh[i]);
                endInsertRows();
                continue;
            }
            if (at != i) {
                beginMoveRows({}, at, at, {}, i);
                m_rows.move(at, i);
                endMoveRows();
            }
            m_rows[i] = fresh[i];
            emit dataChanged(index(i, 0), index(i, columnCount() - 1));
        }
        // Rows left over from a list that named an id twice.
        if (m_rows.size() > fresh.size())
            removeRowsAt(int(fresh.size()), int(m_rows.size()) - 1);
    }

    void clear()
    {
        if (!m_rows.isEmpty())
            removeRowsAt(0, int(m_rows.size()) - 1);
    }

protected:
    virtual QString keyOf(const T &value) const = 0;

    // For a change that alters the columns themselves, inside the subclass's beginResetModel() and
    // endResetModel(): a reset is the only honest signal then.
    void assignRows(const QList<T> &fresh) { m_rows = fresh; }

private:
    int find(const QString &key, int from) const
    {
        for (int r = from; r < m_rows.size(); ++r)
            if (keyOf(m_rows[r]) == key)
                return r;
        return -1;
    }
    void removeRowsAt(int first, int last)
    {
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }

    QList<T> m_rows;
};

} // namespace ft::core
