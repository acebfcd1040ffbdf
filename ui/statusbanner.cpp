#include "statusbanner.h"

#include "appearance.h"

#include <QDateTime>
#include <QLocale>

namespace ft::ui {

StatusBanner::StatusBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("banner"));
    setWordWrap(true);
    setMargin(6);
    hide();
}

void StatusBanner::showOffline(const QString &why, qint64 cachedAt)
{
    const QString when = cachedAt > 0
        ? QLocale().toString(QDateTime::fromSecsSinceEpoch(cachedAt), QLocale::ShortFormat)
        : QString();
    setText(cachedAt > 0
                ? tr("<b>Offline</b> — the service cannot be reached (%1). Showing the jobs cached on %2, "
                     "read-only; the app keeps trying.")
                      .arg(why.toHtmlEscaped(), when)
                : tr("<b>Offline</b> — the service cannot be reached (%1). Nothing is cached for this "
                     "connection yet.")
                      .arg(why.toHtmlEscaped()));
    setStyleSheet(appearance::warningBannerStyle());
    show();
}

void StatusBanner::showError(const QString &text)
{
    setText(text.toHtmlEscaped());
    setStyleSheet(appearance::errorBannerStyle());
    show();
}

} // namespace ft::ui
