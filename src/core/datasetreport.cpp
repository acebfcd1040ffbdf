#include "datasetreport.h"

#include <QCoreApplication>

namespace ft::core {

QString DatasetFinding::severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QList<DatasetFinding> DatasetReport::errors() const
{
    QList<DatasetFinding> out;
    for (const auto &f : findings)
        if (f.severity == DatasetFinding::Severity::Error)
            out << f;
    return out;
}

QList<DatasetFinding> DatasetReport::warnings() const
{
    QList<DatasetFinding> out;
    for (const auto &f : findings)
        if (f.severity == DatasetFinding::Severity::Warning)
            out << f;
    return out;
}

QString DatasetReport::errorSummary() const
{
    const auto errs = errors();
    if (errs.isEmpty())
        return {};
    const auto &first = errs.first();
    QString out = first.line > 0
        ? QCoreApplication::translate("DatasetReport", "Line %1: %2").arg(first.line).arg(first.message)
        : first.message;
    // (A plain variable for the count: lupdate 6.4 loops forever on a cast in that position.)
    const int more = int(errorCount - 1);
    if (more > 0)
        out += QCoreApplication::translate("DatasetReport", " (and %n more error(s))", nullptr, more);
    return out;
}

} // namespace ft::core
