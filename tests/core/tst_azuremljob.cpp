// A serverless fine-tuning job in a hub project: its statuses, task parameters, names and create request,
// the request checked against the spec excerpt with the spec validator.

#include "core/azureml/finetuningjobrequest.h"
#include "core/azureml/jobstatus.h"
#include "core/azureml/namerules.h"
#include "core/azureml/openmodelcatalog.h"
#include "datatable.h"
#include "specvalidator.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ft::core;
using namespace ft::core::azureml;
using ft::test::SpecValidator;

Q_DECLARE_METATYPE(ft::core::JobState)
Q_DECLARE_METATYPE(ft::core::azureml::TaskParameters)
Q_DECLARE_METATYPE(ft::core::azureml::FineTuningJobDraft)

using namespace Qt::StringLiterals;

namespace {

js::Json readJson(const QString &relative)
{
    QFile f(QStringLiteral(FT_AZUREML_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    js::Json out;
    if (!js::parse(f.readAll(), out))
        qFatal("%s is not JSON", qPrintable(f.fileName()));
    return out;
}

const TaskParameterRules &rules()
{
    return OpenModelCatalog::builtin().taskParameterRules();
}

// The draft of the SDK-derived example (examples/derived/05-finetuning-job.json).
FineTuningJobDraft sdkDraft()
{
    const QString ws = QStringLiteral("/subscriptions/{sub}/resourceGroups/{rg}/providers/"
                                      "Microsoft.MachineLearningServices/workspaces/{ws}");
    FineTuningJobDraft d;
    d.jobName = QStringLiteral("Phi-4-mini-instructt-1a2b3c4d-from-sdk");
    d.displayName = QStringLiteral("Phi-4-mini-instruct-display-name-1a2b3c4d-from-sdk");
    d.experimentName = QStringLiteral("Phi-4-mini-instruct-from-sdk");
    d.tags = {{QStringLiteral("foo_tag"), QStringLiteral("bar")}};
    d.properties = {{QStringLiteral("my_property"), QStringLiteral("my_value")}};
    d.modelAssetId = QStringLiteral("azureml://registries/azureml/models/Phi-4-mini-instruct/versions/<v>");
    d.trainingDataUri = ws + QStringLiteral("/data/chat_training_small/versions/1");
    d.validationDataUri = ws + QStringLiteral("/data/chat_validation_small/versions/1");
    d.parameters.batchSize = 1;
    d.parameters.learningRateMultiplier = 1;
    d.parameters.epochs = 1;
    d.outputModelName = QStringLiteral("Phi-4-mini-instruct-1a2b3c4d-from-sdk-finetuned");
    return d;
}

} // namespace

class TestAzureMlJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statuses_areTheSpecEnum();
    void status_mapsToTheAppState_data();
    void status_mapsToTheAppState();
    void defaultParameters_sendNoHyperParameters();
    void customParameters_useTheTrainerNamesAsStrings();
    void parameters_outOfRange_areRefused_data();
    void parameters_outOfRange_areRefused();
    void hyperParameters_readBackIntoPortalTerms();
    void names_followTheServiceRules_data();
    void names_followTheServiceRules();
    void newJobName_isValidAndFreshEachTime();
    void derivedNames_areValid();
    void body_isWhatTheSdkSends();
    void body_validatesAgainstTheSpec_data();
    void body_validatesAgainstTheSpec();
    void check_explainsAnIncompleteDraft();
    void path_carriesTheClientChosenName();

private:
    std::optional<SpecValidator> m_spec;
};

void TestAzureMlJob::initTestCase()
{
    QString why;
    m_spec =
        SpecValidator::load(QStringLiteral(FT_AZUREML_DATA "/spec-excerpt-2025-10-01-preview.json"), &why);
    QVERIFY2(m_spec, qPrintable(why));
}

void TestAzureMlJob::statuses_areTheSpecEnum()
{
    const js::Json spec = readJson(QStringLiteral("spec-excerpt-2025-10-01-preview.json"));
    QStringList specEnum;
    for (const js::Json &v : spec["definitions"]["JobStatus"]["enum"])
        specEnum << QString::fromStdString(v.get<std::string>());
    QCOMPARE(jobStatuses(), specEnum);
}

void TestAzureMlJob::status_mapsToTheAppState_data()
{
    ft::test::addColumns<QString, JobState>("status", "state");
    const std::pair<const char *, JobState> rows[] = {
        {"NotStarted", JobState::Queued},    {"Starting", JobState::Queued},
        {"Provisioning", JobState::Queued},  {"Preparing", JobState::Queued},
        {"Queued", JobState::Queued},        {"Running", JobState::Running},
        {"Finalizing", JobState::Running},   {"CancelRequested", JobState::Running},
        {"Completed", JobState::Succeeded},  {"Failed", JobState::Failed},
        {"Canceled", JobState::Cancelled},   {"NotResponding", JobState::Unknown},
        {"Paused", JobState::Paused},        {"Unknown", JobState::Unknown},
        {"Created", JobState::Queued},       {"completed", JobState::Succeeded},
        {"SomethingNew", JobState::Unknown}, {"", JobState::Unknown},
    };
    for (const auto &[status, state] : rows)
        QTest::newRow(*status ? status : "empty") << QString::fromLatin1(status) << state;
}

void TestAzureMlJob::status_mapsToTheAppState()
{
    QFETCH(QString, status);
    QFETCH(JobState, state);
    QCOMPARE(azureml::jobStateFromStatus(status), state);
    // Only the three end states stop the dashboard's polling.
    const QSet<QString> terminal{QStringLiteral("Completed"), QStringLiteral("Failed"),
                                 QStringLiteral("Canceled")};
    if (jobStatuses().contains(status))
        QCOMPARE(isTerminal(state), terminal.contains(status));
}

void TestAzureMlJob::defaultParameters_sendNoHyperParameters()
{
    const TaskParameters defaults;
    QVERIFY(defaults.check(rules()).isEmpty());
    QVERIFY(defaults.toHyperParameters(rules()).isEmpty());
    FineTuningJobDraft draft = sdkDraft();
    draft.parameters = {};
    const js::Json body = FineTuningJobRequest::body(draft, rules());
    QVERIFY(!body["properties"]["fineTuningDetails"].contains("hyperParameters"));
}

void TestAzureMlJob::customParameters_useTheTrainerNamesAsStrings()
{
    TaskParameters p;
    p.batchSize = 4;
    p.learningRateMultiplier = 0.1;
    p.epochs = 3;
    p.extra.insert(QStringLiteral("warmup_steps"), QStringLiteral("10"));
    const QMap<QString, QString> wire{{QStringLiteral("per_device_train_batch_size"), QStringLiteral("4")},
                                      {QStringLiteral("learning_rate"), QStringLiteral("0.000002")},
                                      {QStringLiteral("num_train_epochs"), QStringLiteral("3")},
                                      {QStringLiteral("warmup_steps"), QStringLiteral("10")}};
    QCOMPARE(p.toHyperParameters(rules()), wire);
    p.learningRateMultiplier = 1;
    QCOMPARE(p.toHyperParameters(rules()).value(QStringLiteral("learning_rate")), QStringLiteral("0.00002"));
    p.learningRateMultiplier = 2.5;
    QCOMPARE(p.toHyperParameters(rules()).value(QStringLiteral("learning_rate")), QStringLiteral("0.00005"));
}

void TestAzureMlJob::parameters_outOfRange_areRefused_data()
{
    ft::test::addColumns<TaskParameters, QString>("params", "expected");
    TaskParameters p;
    p.batchSize = 0;
    QTest::newRow("batch 0") << p << "Batch size must be 1–32; 0 is not.";
    p = {};
    p.batchSize = 33;
    QTest::newRow("batch 33") << p << "Batch size must be 1–32; 33 is not.";
    p = {};
    p.learningRateMultiplier = 0;
    QTest::newRow("multiplier 0") << p << "Learning rate multiplier must be > 0 and ≤ 10; 0 is not.";
    p = {};
    p.learningRateMultiplier = 10.5;
    QTest::newRow("multiplier 10.5") << p << "Learning rate multiplier must be > 0 and ≤ 10; 10.5 is not.";
    p = {};
    p.epochs = 11;
    QTest::newRow("epochs 11") << p << "Number of epochs must be 1–10; 11 is not.";
    p = {};
    p.epochs = 2;
    p.extra.insert(QStringLiteral("num_train_epochs"), QStringLiteral("3"));
    QTest::newRow("set twice") << p
                               << "num_train_epochs is set twice: as a task parameter and as a custom key.";
}

void TestAzureMlJob::parameters_outOfRange_areRefused()
{
    QFETCH(TaskParameters, params);
    QFETCH(QString, expected);
    QCOMPARE(params.check(rules()), QStringList{expected});
}

void TestAzureMlJob::hyperParameters_readBackIntoPortalTerms()
{
    TaskParameters p;
    p.batchSize = 8;
    p.learningRateMultiplier = 0.2;
    p.epochs = 2;
    p.extra.insert(QStringLiteral("lr_scheduler_type"), QStringLiteral("cosine"));
    QCOMPARE(TaskParameters::fromHyperParameters(p.toHyperParameters(rules()), rules()), p);
    const TaskParameters odd = TaskParameters::fromHyperParameters(
        {{QStringLiteral("num_train_epochs"), QStringLiteral("many")}}, rules());
    QVERIFY(!odd.epochs);
    QCOMPARE(odd.extra.value(QStringLiteral("num_train_epochs")), QStringLiteral("many"));
}

void TestAzureMlJob::names_followTheServiceRules_data()
{
    QTest::addColumn<int>("kind"); // 0 job, 1 endpoint, 2 data asset version, 3 data asset name
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("job ok") << 0 << "Phi-4-mini_ft-1" << QString();
    QTest::newRow("job digit first") << 0 << "1-job" << QString();
    QTest::newRow("job dash first") << 0 << "-job"
                                    << "The job name must start with a letter or a digit.";
    QTest::newRow("job dot")
        << 0 << "job.1"
        << "The job name may contain only letters, digits, '-' and '_'; '.' is not allowed.";
    QTest::newRow("job 255") << 0 << QString(255, QLatin1Char('a')) << QString();
    QTest::newRow("job 256") << 0 << QString(256, QLatin1Char('a'))
                             << "The job name has 256 characters; at most 255 are allowed.";
    QTest::newRow("job empty") << 0 << ""
                               << "The job name is empty.";
    QTest::newRow("endpoint ok") << 1 << "phi4-ft-1" << QString();
    QTest::newRow("endpoint digit first") << 1 << "4phi"
                                          << "The endpoint name must start with a letter.";
    QTest::newRow("endpoint underscore")
        << 1 << "phi_ft"
        << "The endpoint name may contain only letters, digits and '-'; '_' is not allowed.";
    QTest::newRow("endpoint dot")
        << 1 << "phi.ft"
        << "The endpoint name may contain only letters, digits and '-'; '.' is not allowed.";
    QTest::newRow("endpoint 52") << 1 << QString(52, QLatin1Char('a')) << QString();
    QTest::newRow("endpoint 53") << 1 << QString(53, QLatin1Char('a'))
                                 << "The endpoint name has 53 characters; at most 52 are allowed.";
    QTest::newRow("version ok") << 2 << "1" << QString();
    QTest::newRow("version slash")
        << 2 << "1/2"
        << "The data asset version may not contain spaces or '/', '\\', '?', '#', '%'.";
    QTest::newRow("version blank") << 2 << " "
                                   << "The data asset version is empty.";
    QTest::newRow("asset ok") << 3 << "chat_training_small" << QString();
    QTest::newRow("asset space")
        << 3 << "chat training"
        << "The data asset name may contain only letters, digits, '-' and '_'; ' ' is not "
           "allowed.";
}

void TestAzureMlJob::names_followTheServiceRules()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const std::optional<QString> why = kind == 0 ? NameRules::checkJobName(name)
        : kind == 1                              ? NameRules::checkServerlessEndpointName(name)
        : kind == 2                              ? NameRules::checkDataAssetVersion(name)
                                                 : NameRules::checkDataAssetName(name);
    QCOMPARE(why.value_or(QString()), reason);
}

void TestAzureMlJob::newJobName_isValidAndFreshEachTime()
{
    const QString a = NameRules::newJobName(QStringLiteral("Phi-4-mini-instruct ft"));
    const QString b = NameRules::newJobName(QStringLiteral("Phi-4-mini-instruct ft"));
    QVERIFY(a != b);
    QVERIFY2(a.startsWith(QLatin1String("Phi-4-mini-instruct-ft-")), qPrintable(a));
    QVERIFY(!NameRules::checkJobName(a));
    QVERIFY(!NameRules::checkJobName(NameRules::newJobName(QStringLiteral("..."))));
    QVERIFY(!NameRules::checkJobName(NameRules::newJobName(QString(400, QLatin1Char('x')))));
}

void TestAzureMlJob::derivedNames_areValid()
{
    // The Learn sample's (and the derived example's) subscription name for Llama 3.1 8B.
    QCOMPARE(NameRules::marketplaceSubscriptionName(QStringLiteral("Meta-Llama-3.1-8B-Instruct")),
             QStringLiteral("Meta-Llama-3-1-8B-Instruct-sub"));
    const QString endpoint =
        NameRules::serverlessEndpointNameFrom(QStringLiteral("4_Phi-4-mini-instruct.ft_1"));
    QCOMPARE(endpoint, QStringLiteral("Phi-4-mini-instruct-ft-1"));
    QVERIFY(!NameRules::checkServerlessEndpointName(endpoint));
    const QString longName = NameRules::serverlessEndpointNameFrom(QString(30, QLatin1Char('a')) + u'_'
                                                                   + QString(30, QLatin1Char('b')));
    QVERIFY2(!NameRules::checkServerlessEndpointName(longName), qPrintable(longName));
    QVERIFY(!NameRules::checkServerlessEndpointName(
        NameRules::serverlessEndpointNameFrom(QStringLiteral("123"))));
}

void TestAzureMlJob::body_isWhatTheSdkSends()
{
    js::Json expected =
        readJson(QStringLiteral("examples/derived/05-finetuning-job.json"))["request"]["body"];
    // The SDK also sends isArchived: false, the service's default; the builder leaves it out.
    expected["properties"].erase("isArchived");
    const js::Json body = FineTuningJobRequest::body(sdkDraft(), rules());
    // Key order is not part of JSON: compare as unordered values, show both when they differ.
    QVERIFY2(nlohmann::json(body) == nlohmann::json(expected),
             qPrintable(QString::fromUtf8(js::dump(body, 1) + "\n---\n" + js::dump(expected, 1))));
}

void TestAzureMlJob::body_validatesAgainstTheSpec_data()
{
    QTest::addColumn<FineTuningJobDraft>("draft");
    QTest::newRow("sdk example") << sdkDraft();
    FineTuningJobDraft minimal;
    minimal.jobName = NameRules::newJobName(QStringLiteral("llama"));
    minimal.modelAssetId = OpenModelCatalog::builtin().find(QStringLiteral("Llama-2-7b"))->assetId();
    minimal.taskType = QStringLiteral("TextCompletion");
    minimal.trainingDataUri =
        QStringLiteral("azureml://datastores/workspaceblobstore/paths/LocalUpload/0a/t.jsonl");
    minimal.outputModelName = QStringLiteral("llama-2-7b-ft");
    QTest::newRow("defaults only") << minimal;
    FineTuningJobDraft custom = minimal;
    custom.parameters.epochs = 3;
    custom.parameters.extra.insert(QStringLiteral("warmup_ratio"), QStringLiteral("0.1"));
    custom.description = QStringLiteral("café ☕");
    QTest::newRow("custom parameters") << custom;
}

void TestAzureMlJob::body_validatesAgainstTheSpec()
{
    QFETCH(FineTuningJobDraft, draft);
    QCOMPARE(FineTuningJobRequest::check(draft, rules()), QStringList());
    const js::Json body = FineTuningJobRequest::body(draft, rules());
    const QString path = FineTuningJobRequest::path(QStringLiteral("s"), QStringLiteral("g"),
                                                    QStringLiteral("w"), draft.jobName);
    QCOMPARE(m_spec->validateRequest(body, path, QStringLiteral("PUT")), QStringList());
    QCOMPARE(m_spec->validate(body["properties"], QStringLiteral("FineTuningJob"),
                              SpecValidator::Direction::Request),
             QStringList());
    QVERIFY(body["properties"]["jobType"] == "FineTuning");
    QVERIFY(body["properties"]["fineTuningDetails"]["modelProvider"] == "Custom");
    QVERIFY(!body["properties"].contains("computeId"));
    QVERIFY(!body["properties"].contains("resources"));
    QVERIFY(!body["properties"].contains("queueSettings"));
}

void TestAzureMlJob::check_explainsAnIncompleteDraft()
{
    FineTuningJobDraft draft;
    draft.taskType = QStringLiteral("ImageClassification");
    draft.validationDataUri = QStringLiteral("valid.jsonl");
    draft.parameters.batchSize = 64;
    const QStringList errors = FineTuningJobRequest::check(draft, rules());
    QCOMPARE(errors,
             (QStringList{u"The job name is empty."_s, u"Choose the base model."_s,
                          u"The task must be chat completion or text completion."_s,
                          u"Choose the training data."_s,
                          u"The validation data is not a data asset or a datastore path."_s,
                          u"The model name is empty."_s, u"Batch size must be 1–32; 64 is not."_s}));
}

void TestAzureMlJob::path_carriesTheClientChosenName()
{
    QCOMPARE(FineTuningJobRequest::path(QStringLiteral("0000-1"), QStringLiteral("my rg"),
                                        QStringLiteral("proj"), QStringLiteral("ft-1")),
             QStringLiteral(
                 "/subscriptions/0000-1/resourceGroups/my%20rg/providers/Microsoft.MachineLearningServices/"
                 "workspaces/proj/jobs/ft-1?api-version=2025-10-01-preview"));
    QCOMPARE(m_spec->matchPath(FineTuningJobRequest::path(QStringLiteral("s"), QStringLiteral("g"),
                                                          QStringLiteral("w"), QStringLiteral("j"))),
             std::optional<QString>(QStringLiteral(
                 "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/"
                 "Microsoft.MachineLearningServices/workspaces/{workspaceName}/jobs/{id}")));
}

QTEST_GUILESS_MAIN(TestAzureMlJob)
#include "tst_azuremljob.moc"
