#include "datasetreport.h"

#include "enumnames.h"

#include <QCoreApplication>

namespace ft::core {

namespace {
constexpr EnumName<DatasetFinding::Severity> kSeverityNames[] = {
    {DatasetFinding::Severity::Error, "error"},
    {DatasetFinding::Severity::Warning, "warning"},
    {DatasetFinding::Severity::Info, "info"},
};

QList<DatasetFinding> withSeverity(const QList<DatasetFinding> &findings, DatasetFinding::Severity severity)
{
    QList<DatasetFinding> out;
    for (const auto &f : findings)
        if (f.severity == severity)
            out << f;
    return out;
}
} // namespace

QString DatasetFinding::severityName(Severity s)
{
    return nameOf(kSeverityNames, s);
}

QList<DatasetFinding> DatasetReport::errors() const
{
    return withSeverity(findings, DatasetFinding::Severity::Error);
}

QList<DatasetFinding> DatasetReport::warnings() const
{
    return withSeverity(findings, DatasetFinding::Severity::Warning);
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
