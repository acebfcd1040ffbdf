// The ARM spec validator against the Azure ML spec excerpt: every official and SDK-derived example body
// passes, and each kind of planted mistake is reported with its path.

#include "core/jsonutil.h"
#include "datatable.h"
#include "specvalidator.h"

#include <QFile>
#include <QTest>

using ft::test::SpecValidator;
using Json = SpecValidator::Json;
using Direction = SpecValidator::Direction;

using namespace Qt::StringLiterals;

namespace {

const QString kWs =
    QStringLiteral("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/"
                   "Microsoft.MachineLearningServices/workspaces/{workspaceName}");
const QString kRegistry =
    QStringLiteral("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/"
                   "providers/Microsoft.MachineLearningServices/registries/{registryName}");

Json readJson(const QString &relative)
{
    QFile f(QStringLiteral(FT_AZUREML_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    Json out;
    QString why;
    if (!ft::core::js::parse(f.readAll(), out, &why))
        qFatal("%s: %s", qPrintable(f.fileName()), qPrintable(why));
    return out;
}

// The SDK's serverless FineTuning job body, the base every planted mistake starts from.
Json jobBody()
{
    return readJson(QStringLiteral("examples/derived/05-finetuning-job.json"))["request"]["body"];
}

} // namespace

class TestSpecValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void officialExample_validates_data();
    void officialExample_validates();
    void derivedExample_validates_data();
    void derivedExample_validates();
    void plantedMistake_isReported_data();
    void plantedMistake_isReported();
    void definitionOfOneSubtype_rejectsAnotherDiscriminator();
    void readOnlyFields_areAllowedInResponsesOnly();
    void secretFields_mayBeMissingFromResponses();
    void response_followsTheStatusCode();
    void concretePaths_matchTheirTemplates();
    void commonTypes_andRefsOutsideTheExcerpt();

private:
    std::optional<SpecValidator> m_spec;
};

void TestSpecValidator::initTestCase()
{
    QString why;
    m_spec =
        SpecValidator::load(QStringLiteral(FT_AZUREML_DATA "/spec-excerpt-2025-10-01-preview.json"), &why);
    QVERIFY2(m_spec, qPrintable(why));
}

void TestSpecValidator::officialExample_validates_data()
{
    ft::test::addColumns<QString, QString, QString>("file", "path", "method");
    // The official job examples answer "Created", which JobStatus does not list; the contract says to
    // treat the status as an open string, so that one deviation is expected and nothing else.
    QTest::addColumn<QStringList>("expected");
    const QString created = QStringLiteral(
        "properties.status: 'Created' not in enum [NotStarted, Starting, Provisioning, Preparing, Queued, "
        "Running, "
        "Finalizing, CancelRequested, Completed, Failed, Canceled, NotResponding, Paused, Unknown]");
    const QString v = QStringLiteral("examples/2025-10-01-preview/");
    QTest::newRow("job create") << v + u"Job_FineTuningJob_createOrUpdate.json"_s << kWs + u"/jobs/{id}"_s
                                << "PUT" << QStringList{created, created};
    // The 2024-01-01-preview example (request and answers) names the output's version; 2025-10-01-preview
    // dropped assetVersion, so the validator must flag it (the contract's one known difference between the
    // two).
    const QString assetVersion = QStringLiteral(
        "properties.outputs.string.assetVersion: unknown property (MLFlowModelJobOutput allows no additional "
        "properties)");
    QTest::newRow("job create 2024") << u"examples/2024-01-01-preview/Job_FineTuningJob_createOrUpdate.json"_s
                                     << kWs + u"/jobs/{id}"_s << "PUT"
                                     << QStringList{assetVersion, created, assetVersion, created,
                                                    assetVersion};
    QTest::newRow("job get") << v + u"Job_FineTuningJob_get.json"_s << kWs + u"/jobs/{id}"_s << "GET"
                             << QStringList{created};
    QTest::newRow("job cancel") << v + u"Job_cancel.json"_s << kWs + u"/jobs/{id}/cancel"_s << "POST"
                                << QStringList{};
    QTest::newRow("data version") << v + u"DataVersionBase_createOrUpdate.json"_s
                                  << kWs + u"/data/{name}/versions/{version}"_s << "PUT" << QStringList{};
    QTest::newRow("datastore") << v + u"Datastore_get.json"_s << kWs + u"/datastores/{name}"_s << "GET"
                               << QStringList{};
    QTest::newRow("secrets") << v + u"Datastore_listSecrets.json"_s
                             << kWs + u"/datastores/{name}/listSecrets"_s << "POST" << QStringList{};
    QTest::newRow("marketplace") << v + u"MarketplaceSubscription_createOrUpdate.json"_s
                                 << kWs + u"/marketplaceSubscriptions/{name}"_s << "PUT" << QStringList{};
    QTest::newRow("registry versions")
        << v + u"RegistryModelVersion_list.json"_s << kRegistry + u"/models/{modelName}/versions"_s << "GET"
        << QStringList{};
    QTest::newRow("endpoint create") << v + u"ServerlessEndpoint_createOrUpdate.json"_s
                                     << kWs + u"/serverlessEndpoints/{name}"_s << "PUT" << QStringList{};
    QTest::newRow("endpoint delete") << v + u"ServerlessEndpoint_delete.json"_s
                                     << kWs + u"/serverlessEndpoints/{name}"_s << "DELETE" << QStringList{};
    QTest::newRow("endpoint keys") << v + u"ServerlessEndpoint_listKeys.json"_s
                                   << kWs + u"/serverlessEndpoints/{name}/listKeys"_s << "POST"
                                   << QStringList{};
}

void TestSpecValidator::officialExample_validates()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, method);
    QFETCH(QStringList, expected);
    const Json example = readJson(file);
    const Json &params = example["parameters"];
    QStringList errors =
        m_spec->validateRequest(params.contains("body") ? params["body"] : Json(), path, method);
    int responses = 0;
    for (auto it = example["responses"].begin(); it != example["responses"].end(); ++it, ++responses) {
        const Json &answer = it.value();
        errors += m_spec->validateResponse(answer.contains("body") ? answer["body"] : Json(), path, method,
                                           std::stoi(it.key()));
    }
    QVERIFY(responses > 0);
    QCOMPARE(errors.join(u'\n'), expected.join(u'\n'));
}

void TestSpecValidator::derivedExample_validates_data()
{
    ft::test::addColumns<QString, QString, QString, QString>("file", "pointer", "path", "method");
    QTest::addColumn<int>("status"); // 0: a request body
    const QString d = QStringLiteral("examples/derived/");
    QTest::newRow("data version") << d + u"03-datastore-and-upload.json"_s << "/steps/4/body"
                                  << kWs + u"/data/{name}/versions/{version}"_s << "PUT" << 0;
    QTest::newRow("marketplace") << d + u"04-marketplace-subscription.json"_s << "/request/body"
                                 << kWs + u"/marketplaceSubscriptions/{name}"_s << "PUT" << 0;
    QTest::newRow("job") << d + u"05-finetuning-job.json"_s << "/request/body" << kWs + u"/jobs/{id}"_s
                         << "PUT" << 0;
    QTest::newRow("endpoint") << d + u"06-serverless-endpoint.json"_s << "/create/body"
                              << kWs + u"/serverlessEndpoints/{name}"_s << "PUT" << 0;
    QTest::newRow("keys") << d + u"06-serverless-endpoint.json"_s << "/keys/response"
                          << kWs + u"/serverlessEndpoints/{name}/listKeys"_s << "POST" << 200;
}

void TestSpecValidator::derivedExample_validates()
{
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(QString, path);
    QFETCH(QString, method);
    QFETCH(int, status);
    const Json body = readJson(file).at(Json::json_pointer(pointer.toStdString()));
    QVERIFY(body.is_object());
    const QStringList errors = status == 0 ? m_spec->validateRequest(body, path, method)
                                           : m_spec->validateResponse(body, path, method, status);
    QCOMPARE(errors.join(u'\n'), QString());
}

void TestSpecValidator::plantedMistake_isReported_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("replacement"); // JSON text; empty: the field is removed
    QTest::addColumn<QString>("expected");
    const QString ft = QStringLiteral("/properties/fineTuningDetails");
    QTest::newRow("missing required")
        << ft + u"/trainingData"_s << QString()
        << "properties.fineTuningDetails.trainingData: required property missing";
    QTest::newRow("missing outputs") << "/properties/outputs" << QString()
                                     << "properties.outputs: required property missing";
    QTest::newRow("wrong enum")
        << ft + u"/taskType"_s << "\"Chat\""
        << "properties.fineTuningDetails.taskType: 'Chat' not in enum [ChatCompletion, "
           "TextCompletion, TextClassification, QuestionAnswering, TextSummarization, "
           "TokenClassification, TextTranslation, ImageClassification, "
           "ImageInstanceSegmentation, ImageObjectDetection, VideoMultiObjectTracking]";
    QTest::newRow("number for string") << ft + u"/hyperParameters/num_train_epochs"_s << "1"
                                       << "properties.fineTuningDetails.hyperParameters.num_train_epochs: "
                                          "expected string, got integer";
    QTest::newRow("string for bool") << "/properties/isArchived"
                                     << "\"false\""
                                     << "properties.isArchived: expected boolean, got string";
    QTest::newRow("unknown property") << ft + u"/learningRate"_s << "\"0.1\""
                                      << "properties.fineTuningDetails.learningRate: unknown property "
                                         "(CustomModelFineTuning allows no additional properties)";
    QTest::newRow("unknown top level") << "/location"
                                       << "\"eastus2\""
                                       << "location: unknown property (JobBaseResource allows no additional "
                                          "properties)";
    QTest::newRow("unknown output field") << "/properties/outputs/registered_model/name"
                                          << "\"x\""
                                          << "properties.outputs.registered_model.name: unknown property "
                                             "(MLFlowModelJobOutput allows no additional properties)";
    QTest::newRow("wrong job type") << "/properties/jobType"
                                    << "\"Finetuning\""
                                    << "properties.jobType: 'Finetuning' selects no definition of JobBase "
                                       "(known: FineTuning)";
    QTest::newRow("wrong input type")
        << ft + u"/trainingData/jobInputType"_s << "\"uri_files\""
        << "properties.fineTuningDetails.trainingData.jobInputType: 'uri_files' "
           "selects no definition of JobInput (known: custom_model, literal, mlflow_model, uri_file)";
    QTest::newRow("wrong provider") << ft + u"/modelProvider"_s << "\"OpenAI\""
                                    << "properties.fineTuningDetails.modelProvider: 'OpenAI' selects no "
                                       "definition of FineTuningVertical (known: AzureOpenAI, Custom)";
    QTest::newRow("typed hyperparameters of the other provider")
        << ft + u"/modelProvider"_s << "\"AzureOpenAI\""
        << "properties.fineTuningDetails.hyperParameters.per_device_train_batch_size: unknown property "
           "(AzureOpenAiHyperParameters allows no additional properties)";
    QTest::newRow("null not nullable")
        << ft + u"/model"_s << "null"
        << "properties.fineTuningDetails.model: null is not allowed (not x-nullable)";
    QTest::newRow("empty uri") << ft + u"/model/uri"_s << "\"\""
                               << "properties.fineTuningDetails.model.uri: shorter than 1 characters";
    QTest::newRow("not a uuid") << u"/properties/identity"_s
                                << u"{\"identityType\": \"Managed\", \"clientId\": \"client-1\"}"_s
                                << u"properties.identity.clientId: 'client-1' is not a uuid"_s;
    QTest::newRow("unknown identity")
        << u"/properties/identity"_s << u"{\"identityType\": \"Robot\"}"_s
        << u"properties.identity.identityType: 'Robot' selects no definition of "
           u"IdentityConfiguration (known: AMLToken, Managed, UserIdentity)"_s;
    QTest::newRow("read-only in request") << "/properties/status"
                                          << "\"Running\""
                                          << "properties.status: read-only, must not be sent in a request";
}

void TestSpecValidator::plantedMistake_isReported()
{
    QFETCH(QString, pointer);
    QFETCH(QString, replacement);
    QFETCH(QString, expected);
    Json body = jobBody();
    QVERIFY(m_spec->validateRequest(body, kWs + u"/jobs/{id}"_s, QStringLiteral("PUT")).isEmpty());
    const Json::json_pointer at(pointer.toStdString());
    if (replacement.isEmpty()) {
        body.at(at.parent_pointer()).erase(at.back());
    } else {
        Json value;
        QVERIFY(ft::core::js::parse(replacement.toUtf8(), value));
        body[at] = value;
    }
    const QStringList errors = m_spec->validateRequest(body, kWs + u"/jobs/{id}"_s, QStringLiteral("PUT"));
    QVERIFY2(errors.contains(expected), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestSpecValidator::definitionOfOneSubtype_rejectsAnotherDiscriminator()
{
    Json job = jobBody()["properties"];
    job["identity"] = {{"identityType", "Managed"}, {"clientId", "00000000-1111-2222-3333-44444444444a"}};
    QCOMPARE(m_spec->validate(job, QStringLiteral("FineTuningJob"), Direction::Request), QStringList());
    job["jobType"] = "Command";
    QCOMPARE(m_spec->validate(job, QStringLiteral("FineTuningJob"), Direction::Request),
             QStringList{u"jobType: 'Command' selects no definition of FineTuningJob (known: FineTuning)"_s});
}

void TestSpecValidator::readOnlyFields_areAllowedInResponsesOnly()
{
    Json job = jobBody();
    job["id"] =
        "/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w/jobs/j";
    job["name"] = "j";
    job["systemData"] = {{"createdAt", "2025-01-02T03:04:05.678Z"}, {"createdByType", "User"}};
    job["properties"]["status"] = "Running";
    QCOMPARE(m_spec->validate(job, QStringLiteral("JobBaseResource"), Direction::Response), QStringList());
    QCOMPARE(m_spec->validate(job, QStringLiteral("JobBaseResource"), Direction::Request).size(), 4);
    job["systemData"]["createdAt"] = "yesterday";
    job["systemData"]["createdByType"] = "Robot";
    QCOMPARE(
        m_spec->validate(job, QStringLiteral("JobBaseResource"), Direction::Response),
        (QStringList{
            u"systemData.createdAt: 'yesterday' is not a date-time"_s,
            u"systemData.createdByType: 'Robot' not in enum [User, Application, ManagedIdentity, Key]"_s}));
}

void TestSpecValidator::secretFields_mayBeMissingFromResponses()
{
    const Json datastore = readJson(QStringLiteral("examples/2025-10-01-preview/Datastore_get.json"));
    Json props = datastore["responses"]["200"]["body"]["properties"];
    props["credentials"] = {{"credentialsType", "AccountKey"}};
    QCOMPARE(m_spec->validate(props, QStringLiteral("Datastore"), Direction::Response), QStringList());
    QCOMPARE(m_spec->validate(props, QStringLiteral("Datastore"), Direction::Request),
             (QStringList{u"isDefault: read-only, must not be sent in a request"_s,
                          u"credentials.secrets: required property missing"_s}));
}

void TestSpecValidator::response_followsTheStatusCode()
{
    const QString job = kWs + u"/jobs/{id}"_s;
    const Json error = {{"error", {{"code", "UserError"}, {"message", "No such job"}}}};
    QCOMPARE(m_spec->validateResponse(error, job, QStringLiteral("GET"), 404), QStringList());
    QCOMPARE(m_spec->validateResponse({{"error", {{"code", 404}}}}, job, QStringLiteral("GET"), 404),
             QStringList{u"error.code: expected string, got integer"_s});
    QCOMPARE(m_spec->validateResponse(error, job, QStringLiteral("GET"), 200),
             (QStringList{u"properties: required property missing"_s,
                          u"error: unknown property (JobBaseResource allows no additional properties)"_s}));
    QCOMPARE(m_spec->validateResponse(error, kWs + u"/serverlessEndpoints/{name}"_s, QStringLiteral("DELETE"),
                                      204),
             QStringList{u"(root): status 204 of DELETE declares no body"_s});
    QCOMPARE(m_spec->validateRequest(jobBody(), job + u"/cancel"_s, QStringLiteral("POST")).size(), 1);
    QCOMPARE(m_spec->validateRequest(Json(), job, QStringLiteral("PUT")).size(), 1);
    QCOMPARE(m_spec->validateRequest(Json(), job, QStringLiteral("PATCH")).size(), 1);
}

void TestSpecValidator::concretePaths_matchTheirTemplates()
{
    QCOMPARE(m_spec->matchPath(
                 QStringLiteral("https://management.azure.com/subscriptions/s/resourceGroups/g/providers/"
                                "Microsoft.MachineLearningServices/workspaces/w/jobs/ft-1?api-version=x")),
             std::optional<QString>(kWs + u"/jobs/{id}"_s));
    QCOMPARE(m_spec->matchPath(QStringLiteral("http://127.0.0.1:1/mferp/managementfrontend/subscriptions/s/"
                                              "resourceGroups/g/providers/Microsoft.MachineLearningServices/"
                                              "registries/azureml/models/Phi-4/versions?$top=1")),
             std::optional<QString>(kRegistry + u"/models/{modelName}/versions"_s));
    QCOMPARE(m_spec->matchPath(QStringLiteral("/subscriptions/s/resourceGroups/g/providers/"
                                              "Microsoft.MachineLearningServices/workspaces/w/computes/c")),
             std::nullopt);
}

void TestSpecValidator::commonTypes_andRefsOutsideTheExcerpt()
{
    // The long-running operation status lives in common-types v3, reached by its name.
    QCOMPARE(m_spec->validate({{"status", "Succeeded"}, {"percentComplete", 100}}, u"OperationStatusResult"_s,
                              Direction::Response),
             QStringList());
    QCOMPARE(m_spec->validate({{"percentComplete", 101}}, u"OperationStatusResult"_s, Direction::Response),
             (QStringList{u"status: required property missing"_s, u"percentComplete: 101 out of range"_s}));
    QCOMPARE(m_spec->validate(Json::object(), u"NoSuchDefinition"_s, Direction::Response),
             QStringList{u"(root): the spec has no definition NoSuchDefinition"_s});
    // Managed identity is not excerpted: any value passes, and the validator says what it could not check.
    const Json endpoint = {
        {"location", "eastus2"}, {"identity", {{"type", "whatever"}}}, {"properties", {{"authMode", "Key"}}}};
    QCOMPARE(m_spec->validate(endpoint, u"ServerlessEndpointTrackedResource"_s, Direction::Request),
             QStringList());
    QVERIFY2(m_spec->unresolvedRefs().contains(u"../../../../../common-types/resource-management/v3/"
                                               u"managedidentity.json#/definitions/ManagedServiceIdentity"_s),
             qPrintable(m_spec->unresolvedRefs().join(u", ")));
    QCOMPARE(m_spec->validate({{"location", "eastus2"}, {"properties", {{"authMode", "Token"}}}},
                              u"ServerlessEndpointTrackedResource"_s, Direction::Request),
             QStringList{u"properties.authMode: 'Token' not in enum [Key, AAD, KeyAndAAD]"_s});
}

QTEST_GUILESS_MAIN(TestSpecValidator)
#include "tst_specvalidator.moc"
