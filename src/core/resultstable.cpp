#include "resultstable.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>
#include <utility>

namespace ft::core {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Alias
{
    const char16_t *from;
    const char16_t *to;
};
constexpr Alias kAliases[] = {
    {u"train_accuracy", u"train_mean_token_accuracy"},
    {u"training_loss", u"train_loss"},
    {u"validation_loss", u"valid_loss"},
    {u"valid_accuracy", u"valid_mean_token_accuracy"},
    {u"validation_mean_token_accuracy", u"valid_mean_token_accuracy"},
    {u"validation_accuracy", u"valid_mean_token_accuracy"},
    {u"full_validation_loss", u"full_valid_loss"},
    {u"full_valid_accuracy", u"full_valid_mean_token_accuracy"},
    {u"full_validation_mean_token_accuracy", u"full_valid_mean_token_accuracy"},
    {u"full_validation_accuracy", u"full_valid_mean_token_accuracy"},
};

// Splits one CSV line into cells; handles quoted cells with doubled quotes.
// Unquoted cells are views on `line`; quoted ones on their unescaped copies in `quoted` (one per cell).
void splitLine(QByteArrayView line, QList<QByteArrayView> &cells, QList<QByteArray> &quoted)
{
    cells.clear();
    quoted.clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i <= n) {
        if (i < n && line[i] == '"') {
            QByteArray scratch;
            ++i;
            while (i < n) {
                if (line[i] == '"') {
                    if (i + 1 < n && line[i + 1] == '"') {
                        scratch += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                scratch += line[i++];
            }
            // A view on the cell's own buffer, which stays put when `quoted` grows.
            quoted.append(std::move(scratch));
            cells.append(QByteArrayView(quoted.constLast()));
            while (i < n && line[i] != ',')
                ++i;
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n && line[i] != ',')
            ++i;
        cells.append(line.sliced(start, i - start));
        ++i;
    }
}

double toNumber(QByteArrayView cell, bool *ok)
{
    while (!cell.isEmpty() && (cell.front() == ' ' || cell.front() == '\t'))
        cell = cell.sliced(1);
    while (!cell.isEmpty() && (cell.back() == ' ' || cell.back() == '\t'))
        cell.chop(1);
    *ok = true;
    if (cell.isEmpty())
        return kNaN;
    double value = 0;
    const auto res = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (res.ec != std::errc() || res.ptr != cell.data() + cell.size()) {
        const QByteArray lower = cell.toByteArray().toLower();
        if (lower == "nan" || lower == "none" || lower == "null")
            return kNaN;
        *ok = false;
        return kNaN;
    }
    return value;
}
} // namespace

QString ResultsTable::canonicalColumn(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const auto &a : kAliases) {
        if (trimmed == QStringView(a.from))
            return QString::fromUtf16(a.to);
    }
    return trimmed;
}

std::optional<ResultsTable> ResultsTable::parse(QByteArrayView csv, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ResultsTable> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (csv.startsWith("\xEF\xBB\xBF"))
        csv = csv.sliced(3);

    ResultsTable table;
    QList<QByteArrayView> cells;
    QList<QByteArray> quoted;
    QVector<QVector<double> *> targets; // per CSV column; nullptr for the step column
    int stepIndex = -1;
    bool haveHeader = false;
    qsizetype lineNo = 0;
    qsizetype pos = 0;
    const qsizetype total = csv.size();

    while (pos < total) {
        qsizetype end = csv.indexOf('\n', pos);
        if (end < 0)
            end = total;
        QByteArrayView line = csv.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        splitLine(line, cells, quoted);
        if (!haveHeader) {
            haveHeader = true;
            QStringList names;
            for (qsizetype c = 0; c < cells.size(); ++c)
                names << canonicalColumn(QString::fromUtf8(cells[c].toByteArray()));
            for (qsizetype c = 0; c < names.size(); ++c) {
                if (names[c] == u"step") {
                    stepIndex = int(c);
                } else if (!names[c].isEmpty() && !table.m_values.contains(names[c])) {
                    table.m_columns << names[c];
                    table.m_values.insert(names[c], {});
                }
            }
            if (stepIndex < 0)
                return fail(QCoreApplication::translate("ResultsTable", "The file has no \"step\" column."));
            // QHash nodes are stable once no more keys are inserted.
            for (qsizetype c = 0; c < names.size(); ++c) {
                // Every "step" column is left out (operator[] would insert it and move the nodes).
                const bool usable = c != stepIndex && names[c] != u"step" && !names[c].isEmpty()
                    && names.indexOf(names[c]) == c; // first of duplicate columns only
                targets.append(usable ? &table.m_values[names[c]] : nullptr);
            }
            continue;
        }
        bool ok = true;
        const double step = stepIndex < cells.size() ? toNumber(cells[stepIndex], &ok) : kNaN;
        if (!ok || std::isnan(step))
            return fail(QCoreApplication::translate("ResultsTable", "Line %1: the step is not a number.")
                            .arg(lineNo));
        table.m_steps.append(step);
        for (qsizetype c = 0; c < targets.size(); ++c) {
            if (!targets[c])
                continue;
            double v = kNaN;
            if (c < cells.size()) {
                v = toNumber(cells[c], &ok);
                if (!ok)
                    return fail(QCoreApplication::translate("ResultsTable",
                                                            "Line %1, column %2: \"%3\" is not a number.")
                                    .arg(lineNo)
                                    .arg(c + 1)
                                    .arg(QString::fromUtf8(cells[c].toByteArray())));
            }
            targets[c]->append(v);
        }
    }
    if (!haveHeader)
        return fail(QCoreApplication::translate("ResultsTable", "The file is empty."));
    return table;
}

QList<QPointF> ResultsTable::series(const QString &name) const
{
    QList<QPointF> out;
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return out;
    const QVector<double> &values = *it;
    out.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i]))
            out.append(QPointF(m_steps[i], values[i]));
    }
    return out;
}

bool ResultsTable::hasValues(const QString &name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return false;
    for (double v : *it) {
        if (!std::isnan(v))
            return true;
    }
    return false;
}

double ResultsTable::lastValue(const QString &name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return kNaN;
    for (qsizetype i = it->size() - 1; i >= 0; --i) {
        if (!std::isnan(it->at(i)))
            return it->at(i);
    }
    return kNaN;
}

} // namespace ft::core
