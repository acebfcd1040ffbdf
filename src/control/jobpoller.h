#pragma once

#include <QObject>
#include <QTimer>

namespace ft::control {

class Session;

// Polls the session's jobs once it is started: often while a job is active, rarely otherwise (and while
// the service cannot be reached). Each answer, good or bad, schedules the next poll; a suspended poller
// (a minimised window) schedules nothing and polls at once when resumed.
class JobPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobPoller)

public:
    explicit JobPoller(Session &session);

    void start();
    void stop();
    bool isStarted() const { return m_started; }
    void setSuspended(bool suspended);
    bool isSuspended() const { return m_suspended; }
    void setIntervals(int activeMs, int idleMs);
    int activeInterval() const { return m_activeMs; }
    int idleInterval() const { return m_idleMs; }
    // A poll is scheduled.
    bool isPolling() const { return m_timer.isActive(); }
    // How long until the next poll, in ms; -1 when none is scheduled.
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

private:
    void schedule();
    void poll();

    Session &m_session;
    QTimer m_timer;
    int m_activeMs = 2000;
    int m_idleMs = 15000;
    bool m_started = false;
    bool m_suspended = false;
};

} // namespace ft::control
