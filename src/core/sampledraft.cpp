#include "sampledraft.h"

#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>

namespace ft::core {

namespace {

std::optional<WriteError> writeSample(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return WriteError{WriteError::Reason::Permission, path, QStringLiteral("cannot create the folder")};
    return AtomicFile::save(path, content);
}

DataSource localSource(const QString &path, const QString &name)
{
    DataSource source;
    source.kind = DataSource::Kind::Local;
    source.localPath = path;
    source.fileName = name;
    return source;
}

} // namespace

std::variant<FineTuneDraft, WriteError> sampleDraft(const SampleData &sample, const QString &directory,
                                                    int trainingPage)
{
    FineTuneDraft draft;
    draft.method = sample.method;
    draft.model = sample.suggestedModel;
    const QString training = QDir(directory).filePath(sample.fileName);
    if (auto failed = writeSample(training, sample.content()))
        return *failed;
    draft.training = localSource(training, sample.fileName);
    if (!sample.validationFileName.isEmpty()) {
        const QString validation = QDir(directory).filePath(sample.validationFileName);
        if (auto failed = writeSample(validation, sample.validationContent()))
            return *failed;
        draft.validation = localSource(validation, sample.validationFileName);
    }
    if (const QByteArray grader = sample.graderJson(); !grader.isEmpty())
        draft.grader = Grader::fromJsonText(QString::fromUtf8(grader));
    draft.suffix = QStringLiteral("sample-") + methodTypeName(sample.method).left(3);
    draft.page = trainingPage;
    return draft;
}

} // namespace ft::core
