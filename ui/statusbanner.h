#pragma once

#include <QLabel>

namespace ft::ui {

// The strip above the tabs that says what the user must know: the service cannot be reached (and what
// is shown instead), the key was refused or is missing, or something failed.
class StatusBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBanner)

public:
    explicit StatusBanner(QWidget *parent = nullptr);

    // `cachedAt`: when the jobs shown were saved (seconds since the epoch), 0 when nothing is.
    void showOffline(const QString &why, qint64 cachedAt);
    void showError(const QString &text);
    // The service refused the connection's key or token, or none is stored: a sign-in problem, said in
    // the user's language with a link to enter the key; `serviceText` (the service's own words, if any)
    // is shown only when the user opens "Details".
    void showSignIn(const QString &summary, const QString &serviceText);
    bool isShowingSignIn() const { return m_signIn; }

signals:
    void signInRequested();

private:
    void renderSignIn();

    bool m_signIn = false;
    bool m_detailsShown = false;
    QString m_summary;
    QString m_serviceText;
};

} // namespace ft::ui
