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
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"signin") {
            emit signInRequested();
        } else if (link == u"details") {
            m_detailsShown = !m_detailsShown;
            renderSignIn();
        }
    });
}

void StatusBanner::showSignIn(const QString &summary, const QString &serviceText)
{
    m_signIn = true;
    m_detailsShown = false;
    m_summary = summary;
    m_serviceText = serviceText;
    renderSignIn();
    setStyleSheet(appearance::errorBannerStyle());
    show();
}

void StatusBanner::renderSignIn()
{
    QString html = tr("<b>Sign-in</b> — %1").arg(m_summary.toHtmlEscaped());
    html += QStringLiteral(" <a href=\"signin\">%1</a>").arg(tr("Enter the key…"));
    if (!m_serviceText.isEmpty()) {
        html += QStringLiteral(" · <a href=\"details\">%1</a>")
                    .arg(m_detailsShown ? tr("Hide details") : tr("Details"));
        if (m_detailsShown)
            html += QStringLiteral("<br>") + tr("The service said: %1").arg(m_serviceText.toHtmlEscaped());
    }
    setText(html);
}

void StatusBanner::showOffline(const QString &why, qint64 cachedAt)
{
    m_signIn = false;
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
    m_signIn = false;
    setText(text.toHtmlEscaped());
    setStyleSheet(appearance::errorBannerStyle());
    show();
}

} // namespace ft::ui
