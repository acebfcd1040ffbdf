#include "table.h"

#include "terminaltext.h"

#include <QDateTime>

namespace ft::cli {

QString Table::render() const
{
    // Cells hold service text: escaped first, so the columns are measured on what is shown.
    QList<QStringList> rows;
    for (const auto &row : m_rows) {
        QStringList safe;
        for (const QString &cell : row)
            safe << terminalSafe(cell);
        rows << safe;
    }
    QList<qsizetype> widths;
    for (const auto &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QString out;
    for (const auto &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out += line.trimmed() + u'\n';
    }
    out.chop(1);
    return out;
}

QString Table::time(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(unixSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString Table::bytes(qint64 n)
{
    if (n < 1024)
        return QStringLiteral("%1 B").arg(n);
    if (n < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(n) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(n) / 1048576.0, 0, 'f', 1);
}

} // namespace ft::cli
