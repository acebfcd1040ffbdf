#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QApplication;
class QSettings;

namespace ft::ui {

// How the app looks and which language it speaks: chosen in settings (View menu) or on the command
// line, else the system's. Applied once at start-up, before the first window.
namespace appearance {

enum class Theme { System, Light, Dark };

// "system", "light", "dark" ↔ Theme; unknown names are System.
Theme themeFromName(const QString &name);
QString themeName(Theme theme);

// Fusion with a light or dark palette; System keeps the platform's palette (which follows the desktop's
// light or dark setting where the platform theme reports it).
void applyTheme(Theme theme);
// Whether the palette in use is dark (a dark window background).
bool isDark();

// Colours for text and banners that stay readable on the palette in use.
QColor errorColor();
QColor successColor();
QColor secondaryTextColor(); // notes and reasons: between the text and the window colour
QString secondaryTextStyle();
QString errorStyle(); // a style sheet: "color: …;"
QString successStyle();
QString warningBannerStyle();
QString errorBannerStyle();

// The languages shipped with the app (besides English): "zh_CN", "ja_JP", "sv_SE". The names a user
// sees come from QLocale (each language's own name), not from the code.
QStringList shippedLanguages();
// Installs the app's and Qt's translators for `language` ("" = the system locale; "en" = none). Returns
// the language actually used ("en" when none matched).
QString installTranslators(QApplication &app, const QString &language);

// Settings keys.
inline constexpr const char *kLanguageKey = "appearance/language";
inline constexpr const char *kThemeKey = "appearance/theme";

} // namespace appearance
} // namespace ft::ui
