// finetune-emulator: the local stand-in for Azure OpenAI, OpenAI and ARM.

#include "emulator/emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>

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
    const QCommandLineOption keyOpt(QStringLiteral("api-key"),
                                    QStringLiteral("The only API key accepted (default: any non-empty key)."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption armOpt(
        QStringLiteral("arm-token"),
        QStringLiteral("The only ARM bearer token accepted (default: the API key, or "
                       "any non-empty token)."),
        QStringLiteral("TOKEN"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"),
                                      QStringLiteral("Do not log one line per request."));
    parser.addOptions({portOpt, dataOpt, speedOpt, keyOpt, armOpt, quietOpt});
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

    ft::emu::Emulator::Options options;
    options.port = quint16(port);
    options.dataDir = parser.value(dataOpt);
    options.speed = speed;
    options.apiKey = parser.value(keyOpt);
    options.armToken = parser.value(armOpt);
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
    std::fflush(stdout);

    // A clean exit on SIGTERM / SIGINT, so a temporary data directory is removed.
    for (int sig : {SIGTERM, SIGINT})
        std::signal(sig, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
