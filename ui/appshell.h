#pragma once

#include "connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ft::ui {

class MainWindow;
class SecretStore;

// Owns the main window. A language chosen under View → Language takes effect at once: the translators
// are replaced and the window is built again in the new language where the old one was, with the same
// connection, keys entered this session, tab and selected job (the session starts over and reads the
// service again).
class AppShell final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppShell)

public:
    AppShell(QList<ConnectionProfile> profiles, SecretStore &secrets, QObject *parent = nullptr);
    ~AppShell() override;

    void setSessionSecret(const QString &key, const QString &secret);
    void setDemoSpeedControl(std::function<void(double)> apply);
    void show(const QString &profileId);
    MainWindow *window() const { return m_window; }
    void switchLanguage(const QString &code);

signals:
    void windowRebuilt(ft::ui::MainWindow *window);

private:
    void build(const QString &profileId);

    QList<ConnectionProfile> m_profiles;
    SecretStore &m_secrets;
    QHash<QString, QString> m_sessionSecrets;
    std::function<void(double)> m_demoSpeed;
    QPointer<MainWindow> m_window;
};

} // namespace ft::ui
