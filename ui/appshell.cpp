#include "appshell.h"

#include "appearance.h"
#include "mainwindow.h"
#include "session.h"

#include "dashboard/jobsview.h"

#include "core/jobtablemodel.h"

#include <QApplication>
#include <QTabWidget>

namespace ft::ui {

AppShell::AppShell(QList<ConnectionProfile> profiles, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
{ }

AppShell::~AppShell()
{
    delete m_window;
}

void AppShell::setSessionSecret(const QString &key, const QString &secret)
{
    m_sessionSecrets.insert(key, secret);
    if (m_window)
        m_window->setSessionSecret(key, secret);
}

void AppShell::setDemoSpeedControl(std::function<void(double)> apply)
{
    m_demoSpeed = std::move(apply);
    if (m_window && m_demoSpeed)
        m_window->setDemoSpeedControl(m_demoSpeed);
}

void AppShell::build(const QString &profileId)
{
    m_window = new MainWindow(m_profiles, m_secrets);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    for (auto it = m_sessionSecrets.begin(); it != m_sessionSecrets.end(); ++it)
        m_window->setSessionSecret(it.key(), it.value());
    if (m_demoSpeed)
        m_window->setDemoSpeedControl(m_demoSpeed);
    connect(m_window, &MainWindow::languageChosen, this, &AppShell::switchLanguage);
    m_window->useProfile(profileId);
}

void AppShell::show(const QString &profileId)
{
    if (!m_window)
        build(profileId);
    m_window->show();
}

void AppShell::switchLanguage(const QString &code)
{
    appearance::installTranslators(*qApp, code);
    MainWindow *old = m_window;
    if (!old)
        return;
    // What the user was looking at comes along; what the old window learnt this session too.
    m_profiles = old->profiles();
    m_sessionSecrets.insert(old->sessionSecrets());
    const QString profileId = old->session().profile().id;
    const QString jobId = old->jobsView()->currentJobId();
    const int tab = old->tabs()->currentIndex();
    const QRect geometry = old->geometry();
    const Qt::WindowStates states = old->windowState();
    build(profileId);
    m_window->setGeometry(geometry);
    m_window->setWindowState(states);
    m_window->tabs()->setCurrentIndex(tab);
    if (!jobId.isEmpty()) {
        // Selected again once the new session has listed it.
        MainWindow *fresh = m_window;
        auto selectOnce = std::make_shared<QMetaObject::Connection>();
        *selectOnce = connect(&fresh->jobsModel(), &QAbstractItemModel::rowsInserted, fresh,
                              [fresh, jobId, selectOnce] {
                                  if (fresh->jobsModel().rowOf(jobId) < 0)
                                      return;
                                  QObject::disconnect(*selectOnce);
                                  fresh->jobsView()->select(jobId);
                              });
    }
    if (old->isVisible())
        m_window->show();
    old->hide();
    old->deleteLater(); // the menu action that asked for this is still on the stack
    emit windowRebuilt(m_window);
}

} // namespace ft::ui
