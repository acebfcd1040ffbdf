#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace ft::core {

struct DatasetFinding
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    qint64 line = 0; // 1-based; 0 for the file as a whole
    QString path; // JSON path in the line, e.g. messages[2].weight
    QString rule; // a stable identifier of the rule, e.g. "sft.weight"
    QString message; // plain words for a user

    static QString severityName(Severity s); // error, warning, info
};

// What a dataset check found. Only the first findings of each rule are kept, all are counted.
struct DatasetReport
{
    qint64 lines = 0;
    qint64 examples = 0;
    qint64 blankLines = 0;
    qint64 bytes = 0;
    bool hasBom = false;
    QList<DatasetFinding> findings;
    QMap<QString, qint64> countByRule;
    qint64 errorCount = 0;
    qint64 warningCount = 0;
    qint64 infoCount = 0;

    bool hasErrors() const { return errorCount > 0; }
    QList<DatasetFinding> errors() const;
    QList<DatasetFinding> warnings() const;
    // "Line 3: ..." for the first error, with the count of the others.
    QString errorSummary() const;
};

} // namespace ft::core
