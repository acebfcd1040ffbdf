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
            emit notice(tr("The language changes when Fine-Tune Studio starts again."));
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
        connect(a, &QAction::triggered, this, [this, theme] {
            QSettings().setValue(QLatin1String(appearance::kThemeKey), appearance::themeName(theme));
            if (theme == appearance::Theme::System)
                emit notice(tr("The system theme is used when Fine-Tune Studio starts again."));
            else
                appearance::applyTheme(theme);
        });
    }
}

} // namespace ft::ui
