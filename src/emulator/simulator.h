#pragma once

#include "httpexchange.h"
#include "records.h"
#include "simclockworker.h"

#include <QElapsedTimer>
#include <QSet>

#include <optional>

namespace ft::emu {

// Moves jobs through their states (JobLifecycle) on the simulated clock: validating → queued → running
// (one at a time per resource) → succeeded / failed / cancelled, with paused in between on request.
// Writes events, checkpoints and the results file as it goes.
class Simulator final : public SimClockWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    Simulator(Store &store, SimConfig config, const Clock &clock, QObject *parent = nullptr);

    void start();

    // Advances every job by this many simulated seconds.
    void advance(double simSeconds);

    // These change the record given, not the store: the caller saves it, and answers with an error
    // when that fails. jobCreated names the model of a new job and writes its first events.
    void jobCreated(JobRecord &record);
    std::optional<ErrorSpec> pause(JobRecord &record);
    std::optional<ErrorSpec> resume(JobRecord &record);
    std::optional<ErrorSpec> cancel(JobRecord &record);

    QByteArray resultsCsv(const JobRecord &record) const;
    qint64 queuePosition(const JobRecord &record);

    void addEvent(JobRecord &record, const QString &level, const QString &message,
                  const QString &type = QStringLiteral("message"),
                  const nlohmann::ordered_json *data = nullptr);

private:
    void onTick() override;
    void validateFiles(JobRecord &record);
    void startRunning(JobRecord &record);
    void runSteps(JobRecord &record, double simSeconds);
    void completeStep(JobRecord &record);
    void succeed(JobRecord &record);
    void fail(JobRecord &record, const QString &code, const QString &message, const QString &param);
    double stepDuration(const JobRecord &record) const;
    void updateEstimate(JobRecord &record);
    JobRecord *runningJob();
    // Runs a step of the job on a copy and keeps it if it changed nothing or was saved.
    template<typename Step>
    void change(JobRecord &stored, Step step);

    QElapsedTimer m_elapsed; // monotonic: the span between two ticks
    qint64 m_lastTickMs = 0;
    bool m_changed = false; // the step being run changed what is saved
    QSet<QString> m_unsaved; // jobs whose last change could not be saved (told once)
};

} // namespace ft::emu
