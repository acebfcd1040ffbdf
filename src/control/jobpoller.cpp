#include "jobpoller.h"

#include "session.h"

#include <algorithm>

namespace ft::control {

JobPoller::JobPoller(Session &session)
    : QObject(&session)
    , m_session(session)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobPoller::poll);
    connect(&m_session, &Session::jobsChanged, this, &JobPoller::schedule);
    connect(&m_session, &Session::failed, this, [this](Session::Resource what) {
        if (what == Session::Resource::Jobs)
            schedule();
    });
}

void JobPoller::start()
{
    m_started = true;
    poll();
}

void JobPoller::stop()
{
    m_started = false;
    m_timer.stop();
}

void JobPoller::setSuspended(bool suspended)
{
    if (m_suspended == suspended)
        return;
    m_suspended = suspended;
    if (suspended)
        m_timer.stop();
    else if (m_started && !m_timer.isActive())
        poll();
}

void JobPoller::setIntervals(int activeMs, int idleMs)
{
    m_activeMs = std::max(100, activeMs);
    m_idleMs = std::max(m_activeMs, idleMs);
    if (m_timer.isActive())
        schedule();
}

void JobPoller::schedule()
{
    if (!m_started || m_suspended)
        return;
    const QList<core::FineTuningJob> &jobs = m_session.jobs();
    const bool active = std::any_of(jobs.begin(), jobs.end(),
                                    [](const core::FineTuningJob &j) { return core::isActive(j.state()); });
    m_timer.start(active && !m_session.isOffline() ? m_activeMs : m_idleMs);
}

void JobPoller::poll()
{
    if (m_started && !m_suspended)
        m_session.refreshJobs();
}

} // namespace ft::control
