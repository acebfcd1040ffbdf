// finetune-studio: the desktop app. Starts the built-in emulator, gathers the connections, opens the
// main window.

#include "appearance.h"
#include "appshell.h"
#include "connectionprofile.h"
#include "keychainsecretstore.h"
#include "mainwindow.h"
#include "viewmenu.h"

#include "emulator/emulatorthread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

using namespace ft;

int main(int argc, char *argv[])
{
    // --help and --version print and leave: they must work without a display (a terminal over ssh, a
    // package check).
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if ((arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FineTuneStudio"));
    QApplication::setApplicationName(QStringLiteral("finetune-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fine-Tune Studio"));
    QApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
    // Ties the windows to the installed desktop file (Wayland docks, task bars) and gives them the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.finetunestudio.FineTuneStudio"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.finetunestudio.FineTuneStudio"),
                         QIcon(QStringLiteral(":/icons/io.github.finetunestudio.FineTuneStudio.svg"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main",
                                "Create, watch, deploy and clean up fine-tuned models on Azure OpenAI and "
                                "OpenAI — or on the built-in "
                                "emulator."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption speed(
        QStringLiteral("emulator-speed"),
        QApplication::translate("main",
                                "Clock speed of the built-in emulator (default: View → Demo speed, else 5)."),
        QStringLiteral("X"), QStringLiteral("5"));
    const QCommandLineOption noEmulator(
        QStringLiteral("no-emulator"),
        QApplication::translate("main", "Do not start the built-in emulator."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "Language of the user interface: zh_CN, ja_JP, sv_SE or en (default: the "
                                "setting in View → Language, else the system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QApplication::translate(
            "main", "Colour theme: system, light or dark (default: the setting in View → Theme)."),
        QStringLiteral("THEME"));
    parser.addOptions({speed, noEmulator, language, theme});
    parser.process(app);

    {
        namespace look = ui::appearance;
        QSettings settings;
        look::installTranslators(app,
                                 parser.isSet(language)
                                     ? parser.value(language)
                                     : settings.value(QLatin1String(look::kLanguageKey)).toString());
        look::applyTheme(look::themeFromName(
            parser.isSet(theme) ? parser.value(theme)
                                : settings.value(QLatin1String(look::kThemeKey)).toString()));
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QList<ui::ConnectionProfile> profiles;
    QHash<QString, QString> sessionSecrets;

    std::unique_ptr<emu::EmulatorThread> emulator;
    if (!parser.isSet(noEmulator)) {
        emu::Emulator::Options o;
        o.dataDir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/emulator");
        // The command line wins; else the speed chosen last under View → Demo speed.
        o.speed = parser.isSet(speed) ? std::max(0.01, parser.value(speed).toDouble())
                                      : ui::ViewMenu::savedDemoSpeed();
        emulator = std::make_unique<emu::EmulatorThread>(o);
        QString error;
        if (!emulator->start(&error)) {
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Fine-Tune Studio"),
                QApplication::translate("main", "The built-in emulator could not start: %1").arg(error));
            emulator.reset();
        }
    }
    if (emulator) {
        ui::ConnectionProfile local;
        local.id = QStringLiteral("local-emulator");
        local.name = QApplication::translate("main", "Local emulator");
        local.source = ui::ConnectionProfile::Source::LocalEmulator;
        local.kind = api::ServiceKind::AzureV1;
        local.endpoint = emulator->baseUrl();
        local.armEndpoint = emulator->baseUrl();
        local.armSubscription = QStringLiteral("00000000-0000-0000-0000-000000000000");
        local.armResourceGroup = QStringLiteral("local");
        local.armAccount = QStringLiteral("emulator");
        profiles << local;
        // The emulator accepts any non-empty key: these are not secrets.
        sessionSecrets.insert(local.secretKey(), QStringLiteral("local-emulator"));
        sessionSecrets.insert(local.armTokenKey(), QStringLiteral("local-emulator"));
    }
    // Connections the SDKs would find in the environment, with their secrets kept in memory only.
    if (env.contains(QStringLiteral("AZURE_OPENAI_ENDPOINT"))
        && env.contains(QStringLiteral("AZURE_OPENAI_API_KEY"))) {
        ui::ConnectionProfile azure;
        azure.id = QStringLiteral("env-azure");
        azure.name = QApplication::translate("main", "Azure OpenAI (environment)");
        azure.source = ui::ConnectionProfile::Source::Environment;
        azure.endpoint = QUrl(env.value(QStringLiteral("AZURE_OPENAI_ENDPOINT")));
        azure.apiVersion = env.value(QStringLiteral("OPENAI_API_VERSION"));
        if (!azure.apiVersion.isEmpty() && azure.apiVersion != u"v1" && azure.apiVersion != u"preview")
            azure.kind = api::ServiceKind::AzureClassic;
        profiles << azure;
        sessionSecrets.insert(azure.secretKey(), env.value(QStringLiteral("AZURE_OPENAI_API_KEY")));
    }
    if (env.contains(QStringLiteral("OPENAI_API_KEY"))) {
        ui::ConnectionProfile openai;
        openai.id = QStringLiteral("env-openai");
        openai.name = QApplication::translate("main", "OpenAI (environment)");
        openai.source = ui::ConnectionProfile::Source::Environment;
        openai.kind = api::ServiceKind::OpenAI;
        openai.endpoint =
            QUrl(env.value(QStringLiteral("OPENAI_BASE_URL"), QStringLiteral("https://api.openai.com/v1")));
        profiles << openai;
        sessionSecrets.insert(openai.secretKey(), env.value(QStringLiteral("OPENAI_API_KEY")));
    }
    QSettings settings;
    ui::ProfileStore store(settings);
    profiles += store.load();

    ui::KeychainSecretStore secrets(QStringLiteral("Fine-Tune Studio"));
    ui::AppShell shell(profiles, secrets);
    for (auto it = sessionSecrets.begin(); it != sessionSecrets.end(); ++it)
        shell.setSessionSecret(it.key(), it.value());
    if (emulator)
        shell.setDemoSpeedControl([&emulator](double s) { emulator->setSpeed(s); });
    shell.show(store.currentId().isEmpty() ? QStringLiteral("local-emulator") : store.currentId());
    return app.exec();
}
