#include "downloadname.h"

#include <QRegularExpression>

namespace ft::control {

namespace {
// A model name holds ':' and '.' (ft:gpt-4.1-mini:org::id).
QString safe(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    static const QRegularExpression ends(QStringLiteral("^[-.]+|-+$"));
    return name.replace(unsafe, QStringLiteral("-")).remove(ends);
}
} // namespace

QString downloadName(const core::FineTuningJob &job, const core::File *file, const QString &fileId)
{
    if (job.resultFiles.contains(fileId))
        return safe(job.fineTunedModel.isEmpty() ? job.id : job.fineTunedModel)
            + QStringLiteral("-results.csv");
    if (file && !safe(file->filename).isEmpty())
        return safe(file->filename);
    return safe(fileId) + QStringLiteral(".jsonl");
}

} // namespace ft::control
