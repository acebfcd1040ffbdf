#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QVariant>

#include <span>

namespace ft::core {

// A table model whose columns are fixed: it counts them and gives their titles, from the titles in
// column order, each marked with QT_TRANSLATE_NOOP in `context`. `Base` is QAbstractTableModel or a
// model derived from it.
template<typename Base>
class TitledColumns : public Base
{
public:
    TitledColumns(const char *context, std::span<const char *const> titles, QObject *parent)
        : Base(parent)
        , m_context(context)
        , m_titles(titles)
    { }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_titles.size());
    }

    // The title for the display role of a horizontal header; nothing for anything else.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
            || section >= int(m_titles.size()))
            return {};
        return QCoreApplication::translate(m_context, m_titles[std::size_t(section)]);
    }

private:
    const char *m_context;
    std::span<const char *const> m_titles;
};

} // namespace ft::core
