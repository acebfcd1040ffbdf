#include "datasetsplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator64>
#include <QSaveFile>

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
    QSaveFile train(trainingOut);
    QSaveFile valid(validationOut);
    if (!train.open(QIODevice::WriteOnly) || !valid.open(QIODevice::WriteOnly))
        return fail(train.isOpen() ? valid.errorString() : train.errorString());
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
            valid.write(line);
            ++r.validationLines;
        } else {
            if (firstTraining.isEmpty())
                firstTraining = line;
            else
                train.write(line);
            ++r.trainingLines;
        }
    }
    if (!firstTraining.isEmpty()) {
        if (r.validationLines == 0 && r.trainingLines > 1) {
            valid.write(firstTraining);
            --r.trainingLines;
            ++r.validationLines;
        } else {
            train.write(firstTraining);
        }
    }
    if (!train.commit() || !valid.commit())
        return fail(QCoreApplication::translate("DatasetSplitter", "The split files could not be written."));
    if (result)
        *result = r;
    return true;
}

} // namespace ft::core
