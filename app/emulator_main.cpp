// finetune-emulator: the local stand-in for Azure OpenAI, OpenAI and ARM.

#include "emulator/emulator.h"

#include "core/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>

namespace {
// A secret from its flag (visible in ps, kept for scripts), a file (first line) or an environment variable
// (removed once read, so nothing this process starts inherits it). Two sources at once are an error.
bool readSecret(const QCommandLineParser &parser, const QCommandLineOption &flag,
                const QCommandLineOption &fileOpt, const char *envName, QString *secret)
{
    const QString flagName = flag.names().constFirst();
    if (parser.isSet(flag) && parser.isSet(fileOpt)) {
        std::fprintf(stderr, "finetune-emulator: give --%s or --%s, not both\n", qPrintable(flagName),
                     qPrintable(fileOpt.names().constFirst()));
        return false;
    }
    const QByteArray fromEnv = qgetenv(envName);
    qunsetenv(envName);
    if (parser.isSet(flag)) {
        *secret = parser.value(flag);
    } else if (parser.isSet(fileOpt)) {
        QFile f(parser.value(fileOpt));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "finetune-emulator: cannot read --%s: %s\n",
                         qPrintable(fileOpt.names().constFirst()), qPrintable(f.errorString()));
            return false;
        }
        *secret = QString::fromUtf8(f.readLine(64 * 1024)).trimmed();
        if (secret->isEmpty()) {
            std::fprintf(stderr, "finetune-emulator: the file of --%s is empty\n",
                         qPrintable(fileOpt.names().constFirst()));
            return false;
        }
    } else {
        *secret = QString::fromUtf8(fromEnv).trimmed();
    }
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
    const QCommandLineOption portOpt(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"),
                                     QStringLiteral("Where files, jobs and deployments are kept (default: a "
                                                    "temporary directory removed on exit)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption speedOpt(QStringLiteral("speed"),
                                      QStringLiteral("Simulated seconds per real second (default 1)."),
                                      QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption keyOpt(
        QStringLiteral("api-key"),
        QStringLiteral("The only API key accepted (default: any non-empty key). Visible to other users in "
                       "ps: prefer --api-key-file or FINETUNE_EMULATOR_API_KEY."),
        QStringLiteral("KEY"));
    const QCommandLineOption keyFileOpt(QStringLiteral("api-key-file"),
                                        QStringLiteral("Read the API key from the first line of this file."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption armOpt(
        QStringLiteral("arm-token"),
        QStringLiteral("The only ARM bearer token accepted (default: the API key, or any non-empty "
                       "token). Visible in ps: prefer --arm-token-file or FINETUNE_EMULATOR_ARM_TOKEN."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption armFileOpt(
        QStringLiteral("arm-token-file"),
        QStringLiteral("Read the ARM bearer token from the first line of this file."),
        QStringLiteral("PATH"));
    const QCommandLineOption loopbackImportOpt(
        QStringLiteral("allow-loopback-import"),
        QStringLiteral("For tests: let POST /files/import fetch http and https URLs on 127.0.0.1, ::1 and "
                       "localhost. Without it only https URLs of public internet addresses are fetched."));
    const QCommandLineOption importTimeoutOpt(
        QStringLiteral("import-timeout"),
        QStringLiteral("Seconds a file import may take, from the name lookup to the last byte (default "
                       "300)."),
        QStringLiteral("SECONDS"), QStringLiteral("300"));
    const QCommandLineOption importMaxOpt(
        QStringLiteral("import-max-bytes"),
        QStringLiteral("Largest document a file import fetches (default and most: the service's file "
                       "size limit)."),
        QStringLiteral("N"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"),
                                      QStringLiteral("Do not log one line per request."));
    const QCommandLineOption faultRateOpt(
        QStringLiteral("fault-rate"),
        QStringLiteral(
            "Share of requests (0 to 1) that fail: connection dropped before or after handling, 429 "
            "with Retry-After, 500 or 503, in equal parts (default 0)."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption latencyOpt(
        QStringLiteral("latency"),
        QStringLiteral("Delay every answer by this many milliseconds (default 0)."), QStringLiteral("MS"),
        QStringLiteral("0"));
    const QCommandLineOption faultSeedOpt(
        QStringLiteral("fault-seed"),
        QStringLiteral("Seed of the fault injection, for a reproducible run (default: random)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultOnlyOpt(
        QStringLiteral("fault-only"),
        QStringLiteral(
            "Inject faults only into requests whose \"METHOD /path\" matches this regular expression."),
        QStringLiteral("REGEX"));
    const QCommandLineOption faultKindsOpt(
        QStringLiteral("fault-kinds"),
        QStringLiteral(
            "Comma-separated faults to inject: drop-before, drop-after, 429, 500, 503 (default: all)."),
        QStringLiteral("LIST"));
    const QCommandLineOption failDeploymentsOpt(
        QStringLiteral("fail-deployments"),
        QStringLiteral("Deployments whose name matches this regular expression end their provisioning "
                       "Failed (their operation too), to try how a client copes."),
        QStringLiteral("REGEX"));
    const QCommandLineOption maxConnectionsOpt(
        QStringLiteral("max-connections"),
        QStringLiteral(
            "Open connections kept at most; beyond, the longest-idle one is closed, or the newcomer "
            "answered 503 when all are busy (default 200)."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption idleTimeoutOpt(
        QStringLiteral("idle-timeout"),
        QStringLiteral(
            "Seconds a connection may stay idle, or take to send a request's headers (default 120)."),
        QStringLiteral("SECONDS"), QStringLiteral("120"));
    const QCommandLineOption requestTimeoutOpt(
        QStringLiteral("request-timeout"),
        QStringLiteral(
            "Seconds a request's body may take to arrive, and its answer to be read (default 600)."),
        QStringLiteral("SECONDS"), QStringLiteral("600"));
    parser.addOptions({portOpt,           dataOpt,
                       speedOpt,          keyOpt,
                       keyFileOpt,        armOpt,
                       armFileOpt,        quietOpt,
                       faultRateOpt,      latencyOpt,
                       faultSeedOpt,      faultOnlyOpt,
                       faultKindsOpt,     loopbackImportOpt,
                       importTimeoutOpt,  importMaxOpt,
                       maxConnectionsOpt, idleTimeoutOpt,
                       requestTimeoutOpt, failDeploymentsOpt});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "finetune-emulator: --port must be a number from 0 to 65535\n");
        return 2;
    }
    const double speed = parser.value(speedOpt).toDouble(&ok);
    if (!ok || speed <= 0) {
        std::fprintf(stderr, "finetune-emulator: --speed must be a positive number\n");
        return 2;
    }

    const double faultRate = parser.value(faultRateOpt).toDouble(&ok);
    if (!ok || faultRate < 0 || faultRate > 1) {
        std::fprintf(stderr, "finetune-emulator: --fault-rate must be a number from 0 to 1\n");
        return 2;
    }
    const int latency = parser.value(latencyOpt).toInt(&ok);
    if (!ok || latency < 0 || latency > 600000) {
        std::fprintf(stderr, "finetune-emulator: --latency must be milliseconds from 0 to 600000\n");
        return 2;
    }
    const uint faultSeed = parser.value(faultSeedOpt).toUInt(&ok);
    if (!ok) {
        std::fprintf(stderr, "finetune-emulator: --fault-seed must be a non-negative number\n");
        return 2;
    }

    const int maxConnections = parser.value(maxConnectionsOpt).toInt(&ok);
    if (!ok || maxConnections < 1 || maxConnections > 100000) {
        std::fprintf(stderr, "finetune-emulator: --max-connections must be a number from 1 to 100000\n");
        return 2;
    }
    const double idleTimeout = parser.value(idleTimeoutOpt).toDouble(&ok);
    if (!ok || idleTimeout <= 0 || idleTimeout > 86400) {
        std::fprintf(stderr, "finetune-emulator: --idle-timeout must be seconds from 0 to 86400\n");
        return 2;
    }
    const double requestTimeout = parser.value(requestTimeoutOpt).toDouble(&ok);
    if (!ok || requestTimeout <= 0 || requestTimeout > 86400) {
        std::fprintf(stderr, "finetune-emulator: --request-timeout must be seconds from 0 to 86400\n");
        return 2;
    }

    const double importTimeout = parser.value(importTimeoutOpt).toDouble(&ok);
    if (!ok || importTimeout <= 0 || importTimeout > 86400) {
        std::fprintf(stderr, "finetune-emulator: --import-timeout must be seconds from 0 to 86400\n");
        return 2;
    }
    const qint64 maxFileBytes = ft::core::Catalog::builtin().maxFileBytes();
    qint64 importMax = maxFileBytes;
    if (parser.isSet(importMaxOpt)) {
        importMax = parser.value(importMaxOpt).toLongLong(&ok);
        if (!ok || importMax < 1 || importMax > maxFileBytes) {
            std::fprintf(stderr, "finetune-emulator: --import-max-bytes must be from 1 to %lld\n",
                         static_cast<long long>(maxFileBytes));
            return 2;
        }
    }

    ft::emu::Emulator::Options options;
    if (!readSecret(parser, keyOpt, keyFileOpt, "FINETUNE_EMULATOR_API_KEY", &options.apiKey)
        || !readSecret(parser, armOpt, armFileOpt, "FINETUNE_EMULATOR_ARM_TOKEN", &options.armToken))
        return 2;
    options.import.allowLoopback = parser.isSet(loopbackImportOpt);
    options.import.timeoutMs = int(std::max(1.0, importTimeout * 1000.0));
    options.import.maxBytes = importMax;
    options.http.maxConnections = maxConnections;
    options.http.idleTimeoutMs = int(idleTimeout * 1000);
    options.http.requestTimeoutMs = int(requestTimeout * 1000);
    options.faultRate = faultRate;
    options.latencyMs = latency;
    options.faultSeed = faultSeed;
    options.faultOnly = parser.value(faultOnlyOpt);
    options.failDeployments = parser.value(failDeploymentsOpt);
    if (parser.isSet(faultKindsOpt))
        options.faultKinds = parser.value(faultKindsOpt).split(u',', Qt::SkipEmptyParts);
    options.port = quint16(port);
    options.dataDir = parser.value(dataOpt);
    options.speed = speed;
    options.logRequests = !parser.isSet(quietOpt);
    ft::emu::Emulator emulator(options);
    QString error;
    if (!emulator.start(&error)) {
        std::fprintf(stderr, "finetune-emulator: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on http://127.0.0.1:%u%s\n", unsigned(emulator.port()),
                options.apiKey.isEmpty() ? " (any non-empty API key is accepted)" : "");
    std::printf("data directory: %s; speed x%g\n", qPrintable(emulator.dataDir()), speed);
    if (faultRate > 0 || latency > 0)
        std::printf("faults: rate %g, latency %d ms, seed %u\n", faultRate, latency, faultSeed);
    std::fflush(stdout);

    // A clean exit on SIGTERM / SIGINT, so a temporary data directory is removed.
    for (int sig : {SIGTERM, SIGINT})
        std::signal(sig, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
