#pragma once

#include "records.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

namespace ft::emu {

class Clock;
class Simulator;
class Store;

// A file as the service shows it, on every surface: an Azure upload is "pending" for a few simulated
// seconds before it is "processed", and a job's results.csv is as large as what the job has written.
class FilePresenter final
{
public:
    FilePresenter(Store &store, Simulator &simulator, const Clock &clock);

    QString status(const FileRecord &record) const;
    // The file's JSON; a status that has become "processed" is saved as well.
    nlohmann::ordered_json present(const FileRecord &record);
    // The real time (ms since the epoch) a file of this size is processed.
    qint64 processingDeadline(qint64 bytes) const;

private:
    Store &m_store;
    Simulator &m_simulator;
    const Clock &m_clock;
};

} // namespace ft::emu
