#pragma once

#include "emulator.h"

#include <QThread>
#include <QUrl>

namespace ft::emu {

// The emulator running on a thread of its own inside another program (the GUI's built-in service),
// so uploads and simulation never wait on the caller's event loop.
class EmulatorThread final
{
public:
    explicit EmulatorThread(Emulator::Options options);
    ~EmulatorThread();
    EmulatorThread(const EmulatorThread &) = delete;
    EmulatorThread &operator=(const EmulatorThread &) = delete;

    bool start(QString *error = nullptr);
    QUrl baseUrl() const { return m_url; }
    QString dataDir() const { return m_dataDir; }
    // The running emulator's clock speed (the app's "Demo speed"); the clock is safe to set from here.
    void setSpeed(double speed);
    double speed() const;

private:
    Emulator::Options m_options;
    QThread m_thread;
    Emulator *m_emulator = nullptr;
    QUrl m_url;
    QString m_dataDir;
};

} // namespace ft::emu
