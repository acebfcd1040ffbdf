#pragma once

#include <QLabel>

namespace ft::ui {

// The strip above the tabs that says what the user must know: the service cannot be reached (and what
// is shown instead), or something failed.
class StatusBanner final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBanner)

public:
    explicit StatusBanner(QWidget *parent = nullptr);

    // `cachedAt`: when the jobs shown were saved (seconds since the epoch), 0 when nothing is.
    void showOffline(const QString &why, qint64 cachedAt);
    void showError(const QString &text);
};

} // namespace ft::ui
