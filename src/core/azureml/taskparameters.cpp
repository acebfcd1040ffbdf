#include "taskparameters.h"

#include <QCoreApplication>

#include <cmath>

namespace ft::core::azureml {

// Why these names: the portal labels the parameters batch size, learning rate multiplier and number of
// epochs (the OpenAI vocabulary), but a hub project's serverless job goes to a Hugging Face style trainer
// through CustomModelFineTuning, whose `hyperParameters` is a map<string,string> of the trainer's own
// argument names. The Learn sample and the azure-ai-ml SDK send exactly these three keys, every value as a
// string ("1", not 1). AzureOpenAiHyperParameters (batchSize, learningRateMultiplier, nEpochs) belongs to
// modelProvider AzureOpenAI and is not accepted here.
const QString TaskParameters::kBatchSizeKey = QStringLiteral("per_device_train_batch_size");
const QString TaskParameters::kLearningRateKey = QStringLiteral("learning_rate");
const QString TaskParameters::kEpochsKey = QStringLiteral("num_train_epochs");

namespace {

// Plain decimal notation with ten significant digits, as the Learn sample writes "0.00002": the trainer
// parses it as a float either way, but a person reading the review page should not meet "2e-05".
QString decimal(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    const int decimals = std::max(0, 9 - int(std::floor(std::log10(std::abs(value)))));
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString outOfRange(const char *label, double value, const NumberRange &range)
{
    return QCoreApplication::translate("TaskParameters", "%1 must be %2; %3 is not.")
        .arg(QCoreApplication::translate("TaskParameters", label), range.describe(), decimal(value));
}

} // namespace

QStringList TaskParameters::check(const TaskParameterRules &rules) const
{
    QStringList out;
    if (batchSize && !rules.batchSize.contains(*batchSize))
        out << outOfRange(QT_TRANSLATE_NOOP("TaskParameters", "Batch size"), *batchSize, rules.batchSize);
    if (learningRateMultiplier && !rules.learningRateMultiplier.contains(*learningRateMultiplier))
        out << outOfRange(QT_TRANSLATE_NOOP("TaskParameters", "Learning rate multiplier"),
                          *learningRateMultiplier, rules.learningRateMultiplier);
    if (epochs && !rules.epochs.contains(*epochs))
        out << outOfRange(QT_TRANSLATE_NOOP("TaskParameters", "Number of epochs"), *epochs, rules.epochs);
    const std::pair<QString, bool> named[] = {{kBatchSizeKey, batchSize.has_value()},
                                              {kLearningRateKey, learningRateMultiplier.has_value()},
                                              {kEpochsKey, epochs.has_value()}};
    for (const auto &[key, set] : named)
        if (set && extra.contains(key))
            out << QCoreApplication::translate("TaskParameters",
                                               "%1 is set twice: as a task parameter and as a "
                                               "custom key.")
                       .arg(key);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        if (it.key().trimmed().isEmpty())
            out << QCoreApplication::translate("TaskParameters", "A custom parameter has no name.");
    return out;
}

QMap<QString, QString> TaskParameters::toHyperParameters(const TaskParameterRules &rules) const
{
    // A key left out means the service default, which is what "Default" in the portal means.
    QMap<QString, QString> wire = extra;
    if (batchSize)
        wire.insert(kBatchSizeKey, QString::number(*batchSize));
    // The portal asks for a multiplier, the trainer takes an absolute rate. The serverless article defines
    // the fine-tuning rate as the pre-training rate times the multiplier; that rate is the model's and is
    // not published, so a multiplier of 1 stands for the rate the Learn SDK sample sends (the catalog
    // file's base_learning_rate).
    if (learningRateMultiplier)
        wire.insert(kLearningRateKey, decimal(*learningRateMultiplier * rules.baseLearningRate));
    if (epochs)
        wire.insert(kEpochsKey, QString::number(*epochs));
    return wire;
}

TaskParameters TaskParameters::fromHyperParameters(const QMap<QString, QString> &wire,
                                                   const TaskParameterRules &rules)
{
    TaskParameters out;
    for (auto it = wire.cbegin(); it != wire.cend(); ++it) {
        bool ok = false;
        if (it.key() == kBatchSizeKey) {
            const int v = it.value().toInt(&ok);
            if (ok)
                out.batchSize = v;
        } else if (it.key() == kLearningRateKey) {
            const double v = it.value().toDouble(&ok);
            if (ok && std::isfinite(v))
                out.learningRateMultiplier = decimal(v / rules.baseLearningRate).toDouble(); // no 0.1999…
        } else if (it.key() == kEpochsKey) {
            const int v = it.value().toInt(&ok);
            if (ok)
                out.epochs = v;
        }
        if (!ok)
            out.extra.insert(it.key(), it.value()); // not a number the portal could show: kept as typed
    }
    return out;
}

} // namespace ft::core::azureml
