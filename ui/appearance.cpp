#include "appearance.h"

#include "core/enumnames.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace ft::ui::appearance {

namespace {

// The names a theme is saved under; System is what an unknown or missing name reads as.
constexpr core::EnumName<Theme> kThemeNames[] = {
    {Theme::Dark, "dark"}, {Theme::Light, "light"}, {Theme::System, "system"}};

} // namespace

Theme themeFromName(const QString &name)
{
    return core::valueOf(kThemeNames, name.toLower()).value_or(Theme::System);
}

QString themeName(Theme theme)
{
    return core::nameOf(kThemeNames, theme);
}

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x20, 0x20);
    const QColor base(0x1b, 0x1b, 0x1b);
    const QColor text(0xf0, 0xf0, 0xf0);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x99, 0xa4));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Dark, QColor(0x12, 0x12, 0x12));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x96, 0xdd));
    p.setColor(QPalette::HighlightedText, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb8, 0xf6));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x26, 0x26, 0x26));
    return p;
}

} // namespace

void applyTheme(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return; // the platform's style and palette
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor errorColor()
{
    return isDark() ? QColor(0xff, 0x99, 0xa4) : QColor(0xc4, 0x2b, 0x1c);
}

QColor successColor()
{
    return isDark() ? QColor(0x6c, 0xcb, 0x5f) : QColor(0x0f, 0x7b, 0x0f);
}

QColor secondaryTextColor()
{
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::WindowText);
    const QColor window = p.color(QPalette::Window);
    auto mix = [](int a, int b) { return (a * 62 + b * 38) / 100; };
    return QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
                  mix(text.blue(), window.blue()));
}

QString secondaryTextStyle()
{
    return QStringLiteral("color: %1;").arg(secondaryTextColor().name());
}

QString errorStyle()
{
    return QStringLiteral("color: %1;").arg(errorColor().name());
}

QString successStyle()
{
    return QStringLiteral("color: %1;").arg(successColor().name());
}

QString warningBannerStyle()
{
    return isDark() ? QStringLiteral("background: #433519; color: #ffe7a3; border-radius: 4px;")
                    : QStringLiteral("background: #fff4ce; color: #3b2c00; border-radius: 4px;");
}

QString errorBannerStyle()
{
    return isDark() ? QStringLiteral("background: #442726; color: #ffc9cc; border-radius: 4px;")
                    : QStringLiteral("background: #fde7e9; color: #5c0a0f; border-radius: 4px;");
}

QStringList shippedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("ja_JP"), QStringLiteral("sv_SE")};
}

QString installTranslators(QApplication &app, const QString &language)
{
    // A language chosen again replaces the one before (the app's and Qt's translators both).
    const auto earlier =
        app.findChildren<QTranslator *>(QStringLiteral("ftTranslator"), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : earlier) {
        QApplication::removeTranslator(t);
        delete t;
    }
    if (language == u"en")
        return QStringLiteral("en");
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(&app);
    ours->setObjectName(QStringLiteral("ftTranslator"));
    // Tries finetune-studio_zh_CN, then _zh, for each of the locale's UI languages.
    if (!ours->load(locale, QStringLiteral("finetune-studio"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app); // Qt's own dialogs and buttons
    qt->setObjectName(QStringLiteral("ftTranslator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return ours->language();
}

} // namespace ft::ui::appearance
