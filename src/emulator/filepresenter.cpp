#include "filepresenter.h"

#include "clock.h"
#include "simulator.h"
#include "store.h"

#include "core/jsonutil.h"

namespace ft::emu {

FilePresenter::FilePresenter(Store &store, Simulator &simulator, const Clock &clock)
    : m_store(store)
    , m_simulator(simulator)
    , m_clock(clock)
{ }

qint64 FilePresenter::processingDeadline(qint64 bytes) const
{
    const SimConfig &config = m_simulator.config();
    const double simSeconds =
        config.fileProcessingSeconds + config.fileProcessingSecondsPerMb * double(bytes) / 1048576.0;
    return Clock::nowMs() + qint64(m_clock.realMs(simSeconds));
}

QString FilePresenter::status(const FileRecord &record) const
{
    if (record.file.status != u"pending")
        return record.file.status;
    // Azure processes an upload for a few (simulated) seconds before it can be used.
    return Clock::nowMs() >= record.readyAtMs ? QStringLiteral("processed") : QStringLiteral("pending");
}

nlohmann::ordered_json FilePresenter::present(const FileRecord &record)
{
    core::File f = record.file;
    if (!record.resultOfJob.isEmpty()) {
        if (const JobRecord *job = m_store.job(record.resultOfJob))
            f.bytes = m_simulator.resultsCsv(*job).size();
    }
    const QString now = status(record);
    if (now != record.file.status && now == u"processed") {
        FileRecord updated = record;
        updated.file.status = now;
        // Not saved (a full disk): the status is worked out again on the next look, so nothing is lost.
        (void)m_store.saveFile(updated);
    }
    f.status = now;
    return f.toJson();
}

} // namespace ft::emu
