// finetune-emulator: the local stand-in for Azure OpenAI, OpenAI and ARM.

#include "emulator/emulator.h"

#include "core/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <limits>
#include <type_traits>

namespace {
// A secret from its flag (visible in ps, kept for scripts), a file (first line) or an environment variable
// (removed once read, so nothing this process starts inherits it). Two sources at once are an error.
bool readSecret(const QCommandLineParser &parser, const QString &flag, const QString &fileOpt,
                const char *envName, QString *secret)
{
    if (parser.isSet(flag) && parser.isSet(fileOpt)) {
        std::fprintf(stderr, "finetune-emulator: give --%s or --%s, not both\n", qPrintable(flag),
                     qPrintable(fileOpt));
        return false;
    }
    const QByteArray fromEnv = qgetenv(envName);
    qunsetenv(envName);
    if (parser.isSet(flag)) {
        *secret = parser.value(flag);
    } else if (parser.isSet(fileOpt)) {
        QFile f(parser.value(fileOpt));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "finetune-emulator: cannot read --%s: %s\n", qPrintable(fileOpt),
                         qPrintable(f.errorString()));
            return false;
        }
        *secret = QString::fromUtf8(f.readLine(qint64(64) * 1024)).trimmed();
        if (secret->isEmpty()) {
            std::fprintf(stderr, "finetune-emulator: the file of --%s is empty\n", qPrintable(fileOpt));
            return false;
        }
    } else {
        *secret = QString::fromUtf8(fromEnv).trimmed();
    }
    return true;
}

// The flags, as --help lists them: the name, what it does, the name of its value (none for a switch) and
// its default.
QList<QCommandLineOption> flags()
{
    struct Flag
    {
        const char *name;
        const char *description;
        const char *valueName;
        const char *defaultValue;
    };
    static const Flag table[] = {
        {"port", "TCP port; 0 picks a free one.", "N", "0"},
        {"data-dir",
         "Where files, jobs and deployments are kept (default: a temporary directory removed on exit).",
         "DIR", nullptr},
        {"speed", "Simulated seconds per real second (default 1).", "X", "1"},
        {"api-key",
         "The only API key accepted (default: any non-empty key). Visible to other users in ps: prefer "
         "--api-key-file or FINETUNE_EMULATOR_API_KEY.",
         "KEY", nullptr},
        {"api-key-file", "Read the API key from the first line of this file.", "PATH", nullptr},
        {"arm-token",
         "The only ARM bearer token accepted (default: the API key, or any non-empty token). Visible in ps: "
         "prefer --arm-token-file or FINETUNE_EMULATOR_ARM_TOKEN.",
         "TOKEN", nullptr},
        {"arm-token-file", "Read the ARM bearer token from the first line of this file.", "PATH", nullptr},
        {"quiet", "Do not log one line per request.", nullptr, nullptr},
        {"fault-rate",
         "Share of requests (0 to 1) that fail: connection dropped before or after handling, 429 with "
         "Retry-After, 500 or 503, in equal parts (default 0).",
         "F", "0"},
        {"latency", "Delay every answer by this many milliseconds (default 0).", "MS", "0"},
        {"fault-seed", "Seed of the fault injection, for a reproducible run (default: random).", "N", "0"},
        {"fault-only",
         "Inject faults only into requests whose \"METHOD /path\" matches this regular expression.", "REGEX",
         nullptr},
        {"fault-kinds",
         "Comma-separated faults to inject: drop-before, drop-after, 429, 500, 503 (default: all).", "LIST",
         nullptr},
        {"allow-loopback-import",
         "For tests: let POST /files/import fetch http and https URLs on 127.0.0.1, ::1 and localhost. "
         "Without it only https URLs of public internet addresses are fetched.",
         nullptr, nullptr},
        {"import-timeout",
         "Seconds a file import may take, from the name lookup to the last byte (default 300).", "SECONDS",
         "300"},
        {"import-max-bytes",
         "Largest document a file import fetches (default and most: the service's file size limit).", "N",
         nullptr},
        {"max-connections",
         "Open connections kept at most; beyond, the longest-idle one is closed, or the newcomer answered "
         "503 when all are busy (default 200).",
         "N", "200"},
        {"idle-timeout",
         "Seconds a connection may stay idle, or take to send a request's headers (default 120).", "SECONDS",
         "120"},
        {"request-timeout",
         "Seconds a request's body may take to arrive, and its answer to be read (default 600).", "SECONDS",
         "600"},
        {"fail-deployments",
         "Deployments whose name matches this regular expression end their provisioning Failed (their "
         "operation too), to try how a client copes.",
         "REGEX", nullptr},
    };
    auto text = [](const char *s) { return s ? QString::fromUtf8(s) : QString(); };
    QList<QCommandLineOption> all;
    for (const Flag &f : table)
        all.append(
            QCommandLineOption(text(f.name), text(f.description), text(f.valueName), text(f.defaultValue)));
    return all;
}

// A flag's value as a number from `lo` to `hi` (above `lo` when `aboveLo`), read as its type reads
// numbers; otherwise the complaint on stderr.
template<typename T>
bool number(const QCommandLineParser &parser, const QString &flag, T lo, T hi, bool aboveLo,
            const QByteArray &complaint, T *out)
{
    const QString text = parser.value(flag);
    bool ok = false;
    T value{};
    if constexpr (std::is_same_v<T, double>)
        value = text.toDouble(&ok);
    else if constexpr (std::is_same_v<T, uint>)
        value = text.toUInt(&ok);
    else if constexpr (std::is_same_v<T, int>)
        value = text.toInt(&ok);
    else
        value = text.toLongLong(&ok);
    if (!ok || value < lo || (aboveLo && value == lo) || value > hi) {
        std::fprintf(stderr, "finetune-emulator: %s\n", complaint.constData());
        return false;
    }
    *out = value;
    return true;
}

// The numbers of the command line, each within its range; false (having said which is not) otherwise.
bool readNumbers(const QCommandLineParser &parser, ft::emu::Emulator::Options &o)
{
    constexpr double kDay = 86400;
    const double any = std::numeric_limits<double>::infinity();
    uint port = 0;
    double idleTimeout = 0;
    double requestTimeout = 0;
    double importTimeout = 0;
    if (!number<uint>(parser, QStringLiteral("port"), 0, 65535, false,
                      "--port must be a number from 0 to 65535", &port)
        || !number(parser, QStringLiteral("speed"), 0.0, any, true, "--speed must be a positive number",
                   &o.speed)
        || !number(parser, QStringLiteral("fault-rate"), 0.0, 1.0, false,
                   "--fault-rate must be a number from 0 to 1", &o.faultRate)
        || !number(parser, QStringLiteral("latency"), 0, 600000, false,
                   "--latency must be milliseconds from 0 to 600000", &o.latencyMs)
        || !number<uint>(parser, QStringLiteral("fault-seed"), 0, std::numeric_limits<uint>::max(), false,
                         "--fault-seed must be a non-negative number", &o.faultSeed)
        || !number(parser, QStringLiteral("max-connections"), 1, 100000, false,
                   "--max-connections must be a number from 1 to 100000", &o.http.maxConnections)
        || !number(parser, QStringLiteral("idle-timeout"), 0.0, kDay, true,
                   "--idle-timeout must be seconds from 0 to 86400", &idleTimeout)
        || !number(parser, QStringLiteral("request-timeout"), 0.0, kDay, true,
                   "--request-timeout must be seconds from 0 to 86400", &requestTimeout)
        || !number(parser, QStringLiteral("import-timeout"), 0.0, kDay, true,
                   "--import-timeout must be seconds from 0 to 86400", &importTimeout))
        return false;
    const qint64 maxFileBytes = ft::core::Catalog::builtin().maxFileBytes();
    o.import.maxBytes = maxFileBytes;
    if (parser.isSet(QStringLiteral("import-max-bytes"))
        && !number<qint64>(parser, QStringLiteral("import-max-bytes"), 1, maxFileBytes, false,
                           "--import-max-bytes must be from 1 to " + QByteArray::number(maxFileBytes),
                           &o.import.maxBytes))
        return false;
    o.port = quint16(port);
    o.http.idleTimeoutMs = int(idleTimeout * 1000);
    o.http.requestTimeoutMs = int(requestTimeout * 1000);
    o.import.timeoutMs = int(std::max(1.0, importTimeout * 1000.0));
    return true;
}

// Everything of the command line but its numbers; false on a usage error (a secret given twice or not
// readable).
bool readOptions(const QCommandLineParser &parser, ft::emu::Emulator::Options &o)
{
    if (!readNumbers(parser, o)
        || !readSecret(parser, QStringLiteral("api-key"), QStringLiteral("api-key-file"),
                       "FINETUNE_EMULATOR_API_KEY", &o.apiKey)
        || !readSecret(parser, QStringLiteral("arm-token"), QStringLiteral("arm-token-file"),
                       "FINETUNE_EMULATOR_ARM_TOKEN", &o.armToken))
        return false;
    o.import.allowLoopback = parser.isSet(QStringLiteral("allow-loopback-import"));
    o.faultOnly = parser.value(QStringLiteral("fault-only"));
    o.failDeployments = parser.value(QStringLiteral("fail-deployments"));
    if (parser.isSet(QStringLiteral("fault-kinds")))
        o.faultKinds = parser.value(QStringLiteral("fault-kinds")).split(u',', Qt::SkipEmptyParts);
    o.dataDir = parser.value(QStringLiteral("data-dir"));
    o.logRequests = !parser.isSet(QStringLiteral("quiet"));
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("finetune-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fine-Tune Studio's local emulator of the Azure OpenAI (v1 and classic), OpenAI and Azure Resource "
        "Manager "
        "fine-tuning services. Listens on 127.0.0.1 and prints \"listening on URL\" as its first line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(flags());
    parser.process(app);

    ft::emu::Emulator::Options options;
    if (!readOptions(parser, options))
        return 2;
    ft::emu::Emulator emulator(options);
    QString error;
    if (!emulator.start(&error)) {
        std::fprintf(stderr, "finetune-emulator: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u%s\n", unsigned(emulator.port()),
                options.apiKey.isEmpty() ? " (any non-empty API key is accepted)" : "");
    std::printf("data directory: %s; speed x%g\n", qPrintable(emulator.dataDir()), options.speed);
    if (options.faultRate > 0 || options.latencyMs > 0)
        std::printf("faults: rate %g, latency %d ms, seed %u\n", options.faultRate, options.latencyMs,
                    options.faultSeed);
    std::fflush(stdout);

    // A clean exit on SIGTERM / SIGINT, so a temporary data directory is removed.
    for (int sig : {SIGTERM, SIGINT})
        std::signal(sig, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
