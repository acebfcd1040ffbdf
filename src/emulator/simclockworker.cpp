#include "simclockworker.h"

namespace ft::emu {

SimClockWorker::SimClockWorker(Store &store, SimConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_timer.setInterval(m_config.tickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { onTick(); });
}

SimClockWorker::~SimClockWorker() = default;

void SimClockWorker::startTicking()
{
    m_timer.start();
}

} // namespace ft::emu
