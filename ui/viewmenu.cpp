#include "viewmenu.h"

#include "appearance.h"

#include <QActionGroup>
#include <QLocale>
#include <QSettings>

namespace ft::ui {

ViewMenu::ViewMenu(QWidget *parent)
    : QMenu(tr("&View"), parent)
{
    addLanguages();
    addThemes();
    addDemoSpeeds();
}

namespace {
const QString kDemoSpeedKey = QStringLiteral("emulator/speed");
// Simulated seconds per real second: real time for a faithful feel, faster for a demo. The default is
// what the built-in emulator has always run at.
constexpr double kDemoSpeeds[] = {1, 5, 20, 100};
constexpr double kDefaultDemoSpeed = 5;
} // namespace

double ViewMenu::savedDemoSpeed()
{
    const double saved = QSettings().value(kDemoSpeedKey, kDefaultDemoSpeed).toDouble();
    return saved > 0 ? saved : kDefaultDemoSpeed;
}

void ViewMenu::addDemoSpeeds()
{
    m_demoSpeed = addMenu(tr("&Demo speed"));
    m_demoSpeed->setObjectName(QStringLiteral("demoSpeedMenu"));
    m_demoSpeed->setToolTip(tr("How fast the built-in emulator's jobs and deployments run."));
    m_demoSpeed->setToolTipsVisible(true);
    auto *group = new QActionGroup(this);
    const double chosen = savedDemoSpeed();
    for (const double speed : kDemoSpeeds) {
        QAction *a = m_demoSpeed->addAction(speed == 1 ? tr("Real time") : tr("%1× real time").arg(speed));
        a->setCheckable(true);
        a->setChecked(qFuzzyCompare(speed, chosen));
        a->setObjectName(QStringLiteral("demoSpeed_%1").arg(speed));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, speed] {
            QSettings().setValue(kDemoSpeedKey, speed);
            if (m_applySpeed)
                m_applySpeed(speed);
        });
    }
    setDemoSpeedAvailable(false);
}

void ViewMenu::setDemoSpeedControl(std::function<void(double)> apply)
{
    m_applySpeed = std::move(apply);
}

void ViewMenu::setDemoSpeedAvailable(bool available)
{
    m_demoSpeed->setEnabled(available && m_applySpeed);
    m_demoSpeed->menuAction()->setToolTip(
        available ? m_demoSpeed->toolTip() : tr("Only the built-in emulator runs at a chosen speed."));
}

void ViewMenu::addLanguages()
{
    QMenu *languages = addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    const QString chosen = QSettings().value(QLatin1String(appearance::kLanguageKey)).toString();
    auto *group = new QActionGroup(this);
    auto add = [&](const QString &code, const QString &label) {
        QAction *a = languages->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            QSettings().setValue(QLatin1String(appearance::kLanguageKey), code);
            emit languageChosen(code);
        });
    };
    add({}, tr("System language"));
    add(QStringLiteral("en"), QLocale::languageToString(QLocale::English));
    for (const QString &code : appearance::shippedLanguages()) {
        const QLocale locale(code);
        add(code, QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName()));
    }
}

void ViewMenu::addThemes()
{
    QMenu *themes = addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    const auto chosen =
        appearance::themeFromName(QSettings().value(QLatin1String(appearance::kThemeKey)).toString());
    for (const auto &[theme, label] : {std::pair{appearance::Theme::System, tr("&System")},
                                       std::pair{appearance::Theme::Light, tr("&Light")},
                                       std::pair{appearance::Theme::Dark, tr("&Dark")}}) {
        QAction *a = themes->addAction(label);
        a->setCheckable(true);
        a->setChecked(theme == chosen);
        a->setObjectName(QStringLiteral("theme_") + appearance::themeName(theme));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, chosenTheme = theme] {
            QSettings().setValue(QLatin1String(appearance::kThemeKey), appearance::themeName(chosenTheme));
            if (chosenTheme == appearance::Theme::System)
                emit notice(tr("The system theme is used when Fine-Tune Studio starts again."));
            else
                appearance::applyTheme(chosenTheme);
        });
    }
}

} // namespace ft::ui
