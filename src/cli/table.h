#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ft::cli {

// A plain text table with aligned columns, for readable output.
class Table
{
public:
    explicit Table(QStringList headers)
        : m_rows{std::move(headers)}
    { }
    void add(QStringList row) { m_rows.append(std::move(row)); }
    QString render() const;

    static QString time(qint64 unixSeconds);
    static QString bytes(qint64 n);

private:
    QList<QStringList> m_rows;
};

} // namespace ft::cli
