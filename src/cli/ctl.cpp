#include "ctl.h"

#include "idarguments.h"
#include "table.h"
#include "terminaltext.h"

#include "core/jsonutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

namespace ft::cli {

namespace js = core::js;

namespace {
struct OptionSpec
{
    const char *name;
    const char *description;
    const char *valueName; // nullptr: a flag
    const char *defaultValue = nullptr;
};

// Every option of every command; a command reads the ones it uses.
const OptionSpec kOptions[] = {
    {"endpoint", "Service endpoint, e.g. https://RESOURCE.openai.azure.com or http://127.0.0.1:PORT.", "URL"},
    {"kind", "Service kind: azure (v1 API), azure-classic (api-version) or openai.", "KIND", "azure"},
    {"api-version", "api-version for azure-classic (default 2025-04-01-preview); optional for azure.", "V"},
    {"api-key-env",
     "Environment variable holding the key (default AZURE_OPENAI_API_KEY, or OPENAI_API_KEY for "
     "openai).",
     "NAME"},
    {"auth", "How the key is sent to Azure: api-key (header) or bearer (an Entra token).", "MODE", "api-key"},
    {"json", "Print the service's JSON instead of a readable summary.", nullptr},
    {"purpose", "File purpose.", "P", "fine-tune"},
    {"no-wait", "Return as soon as the service accepted the request.", nullptr},
    {"chunked", "Upload through the Uploads API whatever the size.", nullptr},
    {"part-size", "Part size in bytes for the Uploads API (at most 64 MiB).", "BYTES"},
    {"model", "Model (base, fine-tuned or checkpoint) or, for chat on Azure, the deployment name.", "M"},
    {"training-file", "Training file id.", "ID"},
    {"validation-file", "Validation file id.", "ID"},
    {"method", "Training method: sft, dpo or rft.", "METHOD", "sft"},
    {"suffix", "Suffix of the fine-tuned model's name.", "S"},
    {"seed", "Seed (0-2147483647) for a reproducible job.", "N"},
    {"n-epochs", "Epochs, or auto.", "N"},
    {"batch-size", "Batch size, or auto.", "N"},
    {"learning-rate-multiplier", "Learning rate multiplier, or auto.", "X"},
    {"beta", "DPO beta, or auto.", "X"},
    {"grader-file", "RFT grader as a JSON file.", "PATH"},
    {"reasoning-effort", "RFT reasoning effort: default, low, medium or high.", "E"},
    {"compute-multiplier", "RFT compute multiplier, or auto.", "X"},
    {"eval-interval", "RFT evaluation interval in steps, or auto.", "N"},
    {"eval-samples", "RFT evaluation samples, or auto.", "N"},
    {"training-type", "Azure training tier: standard, globalStandard or developerTier.", "T"},
    {"metadata", "Job metadata pair key=value (repeatable).", "K=V"},
    {"wandb-project", "Report to this Weights & Biases project.", "P"},
    {"limit", "Page size.", "N"},
    {"timeout", "Seconds to wait before giving up.", "SECONDS"},
    {"interval", "Seconds between polls while waiting.", "SECONDS", "2"},
    {"max-retries", "Retries of a call that failed on the network, a timeout, 408, 409, 429 or 5xx.", "N",
     "4"},
    {"call-timeout",
     "Seconds any one call may take, its retries and however slowly the answer arrives included (0: no "
     "limit).",
     "SECONDS", "600"},
    {"sku", "Deployment type: Standard, GlobalStandard, DeveloperTier or ProvisionedManaged.", "SKU",
     "Standard"},
    {"capacity", "Deployment capacity.", "N", "1"},
    {"tag", "deploy update: a tag key=value (repeatable); the tags given replace the deployment's tags.",
     "K=V"},
    {"arm-endpoint", "Azure Resource Manager endpoint.", "URL", "https://management.azure.com"},
    {"arm-subscription", "Subscription of the account that hosts deployments.", "S"},
    {"arm-resource-group", "Resource group of that account.", "G"},
    {"arm-account", "Azure OpenAI / Foundry account name.", "A"},
    {"arm-token-env", "Environment variable holding the ARM bearer token.", "NAME", "AZURE_ARM_TOKEN"},
    {"validation", "check: the file is a validation file (fewer examples needed).", nullptr},
    {"system", "System message for chat.", "TEXT"},
    {"max-tokens", "Most tokens to generate.", "N"},
    {"temperature", "Sampling temperature.", "X"},
};
} // namespace

Ctl::Ctl(QObject *parent)
    : QObject(parent)
{
    addOptions();
}

Ctl::~Ctl() = default;

void Ctl::addOptions()
{
    m_parser.setApplicationDescription(QStringLiteral(
        "Command-line front end of Fine-Tune Studio.\n\n"
        "  files upload PATH | files list | files show ID | files download ID OUT | files delete ID\n"
        "  jobs create --model M --training-file ID [...] | jobs list | jobs show ID | jobs events ID\n"
        "  jobs checkpoints ID | jobs pause ID | jobs resume ID | jobs cancel ID | jobs wait ID\n"
        "  models list | models show ID | models delete ID\n"
        "  deploy create NAME --model M | deploy list | deploy show NAME | deploy delete NAME\n"
        "  deploy update NAME [--sku S] [--capacity N] [--tag k=v]...\n"
        "  chat --model M MESSAGE\n"
        "  uploads list | uploads cancel UPLOAD_ID   (unfinished chunked uploads, resumed by files upload)\n"
        "  check PATH [--method sft|dpo|rft] [--model M] [--grader-file G] [--training-type T] [--n-epochs "
        "N]\n\n"
        "Exit codes: 0 success, 1 service or job failure, 2 usage error."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("group"),
                                   QStringLiteral("files, jobs, models, deploy or chat"));
    m_parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("what to do"));
    for (const OptionSpec &o : kOptions) {
        QCommandLineOption opt(QString::fromLatin1(o.name), QString::fromLatin1(o.description));
        if (o.valueName)
            opt.setValueName(QString::fromLatin1(o.valueName));
        if (o.defaultValue)
            opt.setDefaultValue(QString::fromLatin1(o.defaultValue));
        m_parser.addOption(opt);
    }
}

int Ctl::start(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        usage(m_parser.errorText());
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(m_parser.helpText()), stdout);
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        std::printf("ftctl %s\n", FT_VERSION);
        return 0;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    const QStringList pos = m_parser.positionalArguments();
    if (pos.size() < 1) {
        usage(QStringLiteral("a command is required (files, jobs, models, deploy or chat)"));
        return 2;
    }
    const QString group = pos[0];
    if (group == u"check") { // local: no service, no key
        if (pos.size() != 2) {
            usage(QStringLiteral("check takes PATH"));
            return 2;
        }
        check(pos[1]);
        return m_exitCode;
    }
    QString error;
    if (!buildConnection(&error)) {
        usage(error);
        return 2;
    }
    const QString verb = group == u"chat" ? QString() : pos.value(1);
    const QStringList rest = pos.mid(group == u"chat" ? 1 : 2);
    dispatch(group, verb, rest);
    return m_finished ? m_exitCode : -1;
}

bool Ctl::buildConnection(QString *error)
{
    api::Connection c;
    const QString kind = m_parser.value(QStringLiteral("kind"));
    if (!api::serviceKindFromName(kind, &c.kind)) {
        *error = QStringLiteral("--kind must be azure, azure-classic or openai, not \"%1\"").arg(kind);
        return false;
    }
    const QString endpoint = m_parser.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty()) {
        *error = QStringLiteral("--endpoint URL is required");
        return false;
    }
    c.endpoint = QUrl(endpoint);
    if (!c.endpoint.isValid() || (c.endpoint.scheme() != u"https" && c.endpoint.scheme() != u"http")) {
        *error = QStringLiteral("--endpoint must be an http or https URL");
        return false;
    }
    c.apiVersion = m_parser.value(QStringLiteral("api-version"));
    const QString auth = m_parser.value(QStringLiteral("auth"));
    if (auth != u"api-key" && auth != u"bearer") {
        *error = QStringLiteral("--auth must be api-key or bearer");
        return false;
    }
    c.auth = auth == u"bearer" ? api::Connection::Auth::BearerToken : api::Connection::Auth::ApiKey;
    QString keyEnv = m_parser.value(QStringLiteral("api-key-env"));
    if (keyEnv.isEmpty())
        keyEnv = c.kind == api::ServiceKind::OpenAI ? QStringLiteral("OPENAI_API_KEY")
                                                    : QStringLiteral("AZURE_OPENAI_API_KEY");
    const auto env = QProcessEnvironment::systemEnvironment();
    c.secret = env.value(keyEnv);
    if (c.secret.isEmpty()) {
        *error = QStringLiteral("the environment variable %1 holds no key (set it, or name another with "
                                "--api-key-env)")
                     .arg(keyEnv);
        return false;
    }
    c.arm.endpoint = QUrl(m_parser.value(QStringLiteral("arm-endpoint")));
    c.arm.subscription = m_parser.value(QStringLiteral("arm-subscription"));
    c.arm.resourceGroup = m_parser.value(QStringLiteral("arm-resource-group"));
    c.arm.account = m_parser.value(QStringLiteral("arm-account"));
    c.arm.token = env.value(m_parser.value(QStringLiteral("arm-token-env")));
    if (const QString problem = armOptionsProblem(m_parser); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (const QUrl &url : {c.endpoint, c.arm.endpoint}) {
        if (const QString problem = api::Connection::insecureProblem(url); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    bool ok = false;
    const int retries = m_parser.value(QStringLiteral("max-retries")).toInt(&ok);
    if (!ok || retries < 0 || retries > 20) {
        *error = QStringLiteral("--max-retries must be a number from 0 to 20");
        return false;
    }
    const double callTimeout = m_parser.value(QStringLiteral("call-timeout")).toDouble(&ok);
    if (!ok || callTimeout < 0 || callTimeout > 86400) {
        *error = QStringLiteral("--call-timeout must be seconds from 0 (no limit) to 86400");
        return false;
    }
    m_client = std::make_unique<api::Client>(c);
    api::RetryPolicy policy = m_client->transport().retryPolicy();
    policy.maxRetries = retries;
    policy.callDeadlineMs = callTimeout > 0 ? std::max(1, int(callTimeout * 1000.0)) : 0;
    m_client->transport().setRetryPolicy(policy);
    return true;
}

void Ctl::dispatch(const QString &group, const QString &verb, const QStringList &args)
{
    auto need = [&](int n, const char *what) {
        if (args.size() != n) {
            usage(QStringLiteral("%1 %2 takes %3").arg(group, verb, QLatin1String(what)));
            return false;
        }
        return true;
    };
    // An id goes into a URL path: what cannot be one segment is refused before anything is sent.
    if (const auto kind = idArgumentKind(group, verb); kind && !args.isEmpty()) {
        if (const auto problem = core::PathSegment::validate(*kind, args[0]);
            problem != core::PathSegment::Problem::None)
            return usage(core::PathSegment::describe(*kind, args[0], problem));
    }
    if (group == u"files") {
        if (verb == u"upload" && need(1, "PATH"))
            return filesUpload(args);
        if (verb == u"list" && need(0, "no argument"))
            return filesList();
        if (verb == u"show" && need(1, "ID"))
            return filesShow(args[0]);
        if (verb == u"download" && need(2, "ID OUT"))
            return filesDownload(args[0], args[1]);
        if (verb == u"delete" && need(1, "ID"))
            return filesDelete(args[0]);
    } else if (group == u"jobs") {
        if (verb == u"create" && need(0, "options only"))
            return jobsCreate();
        if (verb == u"list" && need(0, "no argument"))
            return jobsList();
        if (verb == u"show" && need(1, "ID"))
            return jobsShow(args[0]);
        if (verb == u"events" && need(1, "ID"))
            return jobsEvents(args[0]);
        if (verb == u"checkpoints" && need(1, "ID"))
            return jobsCheckpoints(args[0]);
        if ((verb == u"pause" || verb == u"resume" || verb == u"cancel") && need(1, "ID"))
            return jobsAction(verb, args[0]);
        if (verb == u"wait" && need(1, "ID"))
            return jobsWait(args[0]);
    } else if (group == u"models") {
        if (verb == u"list" && need(0, "no argument"))
            return modelsList();
        if (verb == u"show" && need(1, "ID"))
            return modelsShow(args[0]);
        if (verb == u"delete" && need(1, "ID"))
            return modelsDelete(args[0]);
    } else if (group == u"deploy") {
        if (verb == u"create" && need(1, "NAME"))
            return deployCreate(args[0]);
        if (verb == u"list" && need(0, "no argument"))
            return deployList();
        if (verb == u"show" && need(1, "NAME"))
            return deployShow(args[0]);
        if (verb == u"delete" && need(1, "NAME"))
            return deployDelete(args[0]);
        if (verb == u"update" && need(1, "NAME"))
            return deployUpdate(args[0]);
    } else if (group == u"chat") {
        return chat(args);
    } else if (group == u"uploads") {
        if (verb == u"list" && need(0, "no argument"))
            return uploadsList();
        if (verb == u"cancel" && need(1, "UPLOAD_ID"))
            return uploadsCancel(args[0]);
    }
    if (!m_finished)
        usage(QStringLiteral("unknown command \"%1 %2\"").arg(group, verb).trimmed());
}

void Ctl::printJson(const nlohmann::ordered_json &value)
{
    const QByteArray text = terminalSafeJson(js::dump(value, 2));
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Every line ftctl prints goes through terminalSafe: it quotes what services and files say.
void Ctl::printLine(const QString &text)
{
    std::fputs(terminalSafe(text, true).toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Ctl::note(const QString &text)
{
    std::fputs(terminalSafe(text, true).toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void Ctl::fail(const core::ApiError &error)
{
    note(QStringLiteral("ftctl: %1").arg(terminalSafe(error.toString()))); // one line, whatever was said
    // Refused before sending (an id that cannot be one URL path segment): a usage error.
    finish(error.kind == core::ApiError::Kind::InvalidArgument ? 2 : 1);
}

void Ctl::usage(const QString &message)
{
    note(QStringLiteral("ftctl: %1\nRun ftctl --help for the commands and options.").arg(message));
    finish(2);
}

void Ctl::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

qint64 Ctl::timeoutMs(int fallbackSeconds) const
{
    bool ok = false;
    const double s = m_parser.value(QStringLiteral("timeout")).toDouble(&ok);
    return qint64((ok && s > 0 ? s : fallbackSeconds) * 1000.0);
}

int Ctl::pollIntervalMs() const
{
    bool ok = false;
    const double interval = m_parser.value(QStringLiteral("interval")).toDouble(&ok);
    return int((ok && interval > 0 ? interval : 2.0) * 1000);
}

const core::UploadStateStore &Ctl::uploadStates()
{
    if (!m_uploadStates)
        m_uploadStates = std::make_unique<core::UploadStateStore>(core::UploadStateStore::defaultDirectory());
    return *m_uploadStates;
}

void Ctl::uploadsList()
{
    const QString endpoint = m_client->connection().endpoint.toString();
    js::Json out = js::Json::array();
    for (const core::UploadState &u : uploadStates().all()) {
        if (u.endpoint != endpoint)
            continue;
        if (m_json)
            out.push_back(js::Json{{"upload_id", js::s(u.uploadId)},
                                   {"path", js::s(u.path)},
                                   {"bytes", u.bytes},
                                   {"confirmed_bytes", u.confirmedBytes()},
                                   {"parts", qint64(u.parts.size())},
                                   {"expires_at", u.expiresAt}});
        else
            printLine(QStringLiteral("%1  %2  %3 of %4 bytes in %5 part(s)")
                          .arg(u.uploadId, u.path)
                          .arg(u.confirmedBytes())
                          .arg(u.bytes)
                          .arg(u.parts.size()));
    }
    if (m_json)
        printJson(out);
    finish(0);
}

void Ctl::uploadsCancel(const QString &uploadId)
{
    for (const core::UploadState &u : uploadStates().all())
        if (u.uploadId == uploadId)
            uploadStates().remove(u);
    m_client->uploads().cancel(uploadId, this, [this](core::Result<core::Upload> r) {
        if (!r)
            return fail(r.error());
        if (m_json)
            printJson(r.value().toJson());
        else
            printLine(QStringLiteral("%1  %2").arg(r.value().id, r.value().status));
        finish(0);
    });
}

} // namespace ft::cli
