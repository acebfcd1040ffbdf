#include "finetuningjobrequest.h"

#include "namerules.h"

#include <QCoreApplication>
#include <QUrl>

namespace ft::core::azureml {

namespace {

js::Json stringMap(const QMap<QString, QString> &map)
{
    js::Json out = js::Json::object();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out[js::s(it.key())] = js::s(it.value());
    return out;
}

js::Json input(const char *type, const QString &uri)
{
    return {{"jobInputType", type}, {"uri", js::s(uri)}};
}

void putIfSet(js::Json &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object[key] = js::s(value);
}

bool isDataUri(const QString &uri)
{
    return uri.startsWith(QLatin1String("azureml://")) || uri.startsWith(QLatin1String("/subscriptions/"));
}

} // namespace

QStringList FineTuningJobRequest::check(const FineTuningJobDraft &draft, const TaskParameterRules &rules)
{
    QStringList out;
    if (const auto why = NameRules::checkJobName(draft.jobName))
        out << *why;
    if (!draft.modelAssetId.startsWith(QLatin1String("azureml://")))
        out << QCoreApplication::translate("FineTuningJobRequest", "Choose the base model.");
    if (draft.taskType != u"ChatCompletion" && draft.taskType != u"TextCompletion")
        out << QCoreApplication::translate("FineTuningJobRequest",
                                           "The task must be chat completion or text completion.");
    if (!isDataUri(draft.trainingDataUri))
        out << QCoreApplication::translate("FineTuningJobRequest", "Choose the training data.");
    if (!draft.validationDataUri.isEmpty() && !isDataUri(draft.validationDataUri))
        out << QCoreApplication::translate("FineTuningJobRequest",
                                           "The validation data is not a data asset or a datastore path.");
    if (const auto why = NameRules::checkModelName(draft.outputModelName))
        out << *why;
    out << draft.parameters.check(rules);
    return out;
}

js::Json FineTuningJobRequest::body(const FineTuningJobDraft &draft, const TaskParameterRules &rules)
{
    js::Json details = {
        {"modelProvider", "Custom"},
        {"taskType", js::s(draft.taskType)},
        // The SDK always sends the base model as an MLflow model input and the data as uri_file.
        {"model", input("mlflow_model", draft.modelAssetId)},
        {"trainingData", input("uri_file", draft.trainingDataUri)},
    };
    if (!draft.validationDataUri.isEmpty())
        details["validationData"] = input("uri_file", draft.validationDataUri);
    const QMap<QString, QString> hyper = draft.parameters.toHyperParameters(rules);
    if (!hyper.isEmpty())
        details["hyperParameters"] = stringMap(hyper);

    js::Json props = {{"jobType", "FineTuning"}};
    putIfSet(props, "displayName", draft.displayName);
    putIfSet(props, "experimentName", draft.experimentName);
    putIfSet(props, "description", draft.description);
    if (!draft.tags.isEmpty())
        props["tags"] = stringMap(draft.tags);
    if (!draft.properties.isEmpty())
        props["properties"] = stringMap(draft.properties);
    props["fineTuningDetails"] = std::move(details);
    props["outputs"] = {
        {kOutputName, {{"jobOutputType", "mlflow_model"}, {"assetName", js::s(draft.outputModelName)}}}};
    return {{"properties", std::move(props)}};
}

QString FineTuningJobRequest::path(const QString &subscription, const QString &resourceGroup,
                                   const QString &workspace, const QString &jobName)
{
    // The job name is part of the URL, so the create is idempotent: repeating the PUT after a dropped
    // connection (when the client cannot know whether the first one arrived) addresses the same job
    // and never starts a second one.
    const auto seg = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/"
                          "workspaces/%3/jobs/%4?api-version=%5")
        .arg(seg(subscription), seg(resourceGroup), seg(workspace), seg(jobName), QLatin1String(kApiVersion));
}

} // namespace ft::core::azureml
