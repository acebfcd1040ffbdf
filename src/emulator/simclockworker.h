#pragma once

#include "simconfig.h"

#include <QObject>
#include <QTimer>

namespace ft::emu {

class Clock;
class Store;

// What changes the store on the simulated clock, looking again on a timer (every tickMs of the config) so
// that time passes even when nobody asks.
class SimClockWorker : public QObject
{
    Q_DISABLE_COPY_MOVE(SimClockWorker)

public:
    ~SimClockWorker() override;

    const SimConfig &config() const { return m_config; }

protected:
    SimClockWorker(Store &store, SimConfig config, const Clock &clock, QObject *parent);

    // From now on, onTick() every tickMs.
    void startTicking();
    virtual void onTick() = 0;

    Store &m_store;
    SimConfig m_config;
    const Clock &m_clock;

private:
    QTimer m_timer;
};

} // namespace ft::emu
