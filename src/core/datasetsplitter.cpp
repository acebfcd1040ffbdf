#include "datasetsplitter.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator64>

namespace ft::core {

bool splitDataset(const QString &source, int percent, quint64 seed, const QString &trainingOut,
                  const QString &validationOut, SplitResult *result, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (percent < 1 || percent > 50)
        return fail(QCoreApplication::translate("DatasetSplitter",
                                                "The validation share must be between 1 and 50 %."));
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(in.errorString());
    AtomicFile train(trainingOut);
    AtomicFile valid(validationOut);
    std::optional<WriteError> failed = train.open();
    if (!failed)
        failed = valid.open();
    // Every write is checked; after the first failure the rest are skipped and the same error kept.
    auto put = [&failed](AtomicFile &out, QByteArrayView bytes) {
        if (!failed)
            failed = out.write(bytes);
    };
    QRandomGenerator64 rng(seed);
    SplitResult r;
    QByteArray firstTraining; // kept back so validation is never empty when it can be filled
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        if (!line.endsWith('\n'))
            line += '\n';
        if (r.trainingLines == 0 && r.validationLines == 0 && line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3);
        const bool toValidation = int(rng.bounded(100)) < percent;
        if (toValidation) {
            put(valid, line);
            ++r.validationLines;
        } else {
            if (firstTraining.isEmpty())
                firstTraining = line;
            else
                put(train, line);
            ++r.trainingLines;
        }
    }
    if (!firstTraining.isEmpty()) {
        if (r.validationLines == 0 && r.trainingLines > 1) {
            put(valid, firstTraining);
            --r.trainingLines;
            ++r.validationLines;
        } else {
            put(train, firstTraining);
        }
    }
    if (!failed)
        failed = train.commit();
    if (!failed)
        failed = valid.commit();
    if (failed)
        return fail(failed->message());
    if (result)
        *result = r;
    return true;
}

} // namespace ft::core
