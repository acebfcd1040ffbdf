#pragma once

#include <QtGlobal>

#include <atomic>

namespace ft::emu {

// The emulator's one clock. What clients read (created_at, finished_at, ...) is real time; how long
// the simulation takes (validating, training steps, file processing, provisioning) runs on simulated
// time: real time multiplied by the speed given with --speed.
class Clock final
{
public:
    explicit Clock(double speed = 1.0);

    static qint64 nowSeconds(); // real time, seconds since the epoch
    static qint64 nowMs(); // real time, ms since the epoch

    double speed() const { return m_speed.load(std::memory_order_relaxed); }
    // A new speed from now on (the app's "Demo speed"); read by the emulator's thread, set by another.
    void setSpeed(double speed);
    // Simulated seconds in a span of real milliseconds.
    double simSeconds(qint64 realMs) const;
    // Simulated seconds since a real time (ms since the epoch).
    double simSecondsSince(qint64 realMs) const;
    // Real seconds (and milliseconds) that a span of simulated seconds takes.
    double realSeconds(double simSeconds) const;
    double realMs(double simSeconds) const;

private:
    std::atomic<double> m_speed;
};

} // namespace ft::emu
