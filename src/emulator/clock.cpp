#include "clock.h"

#include <QDateTime>

namespace ft::emu {

// A speed of zero or less would stop the simulation and divide by zero in every estimate.
Clock::Clock(double speed)
    : m_speed(speed > 0 ? speed : 1.0)
{ }

void Clock::setSpeed(double speed)
{
    if (speed > 0)
        m_speed.store(speed, std::memory_order_relaxed);
}

qint64 Clock::nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

qint64 Clock::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

double Clock::simSeconds(qint64 realMs) const
{
    return double(realMs) / 1000.0 * speed();
}

double Clock::simSecondsSince(qint64 realMs) const
{
    return simSeconds(nowMs() - realMs);
}

double Clock::realSeconds(double simSeconds) const
{
    return simSeconds / speed();
}

double Clock::realMs(double simSeconds) const
{
    return simSeconds * 1000.0 / speed();
}

} // namespace ft::emu
