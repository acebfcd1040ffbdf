#pragma once
// The built-in emulator on its own thread, accepting only `apiKey`, for the GUI suites about keys and
// sign-in; the app's paths in test mode and empty, so nothing of an earlier run (a cache, an upload
// index) is found.
#include "emulator/emulatorthread.h"

#include <QDir>
#include <QStandardPaths>

#include <memory>

namespace ft::test {

inline std::unique_ptr<emu::EmulatorThread> startKeyedEmulator(const QString &dataDir, const QString &apiKey)
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    emu::Emulator::Options o;
    o.dataDir = dataDir;
    o.apiKey = apiKey;
    auto emulator = std::make_unique<emu::EmulatorThread>(o);
    if (!emulator->start())
        return nullptr;
    return emulator;
}

} // namespace ft::test
