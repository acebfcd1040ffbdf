#pragma once

#include "httpexchange.h"
#include "records.h"
#include "simconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace ft::emu {

class Store;

// Moves jobs through their states on a simulated clock: real time multiplied by the speed factor.
// validating_files → queued → running (one at a time per resource) → succeeded / failed / cancelled,
// with paused in between on request. Writes events, checkpoints and the results file as it goes.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    Simulator(Store &store, SimConfig config, double speed, QObject *parent = nullptr);

    void start();
    double speed() const { return m_speed; }
    const SimConfig &config() const { return m_config; }

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
    // Provisioning state of a deployment now: Accepted → Creating → Succeeded (or Failed); Deleting
    // from its DELETE until the deletion is over.
    QString provisioningState(const DeploymentRecord &record) const;
    // Removes the deployments whose deletion is over (also done on every tick).
    void reapDeletedDeployments();
    // Simulated seconds since a real time (ms since the epoch).
    double simSecondsSince(qint64 realMs) const;

    void addEvent(JobRecord &record, const QString &level, const QString &message,
                  const QString &type = QStringLiteral("message"),
                  const nlohmann::ordered_json *data = nullptr);

private:
    void tick();
    void validateFiles(JobRecord &record);
    bool planJob(JobRecord &record, QString *error, QString *param);
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

    Store &m_store;
    SimConfig m_config;
    double m_speed;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    bool m_changed = false; // the step being run changed what is saved
    QSet<QString> m_unsaved; // jobs whose last change could not be saved (told once)
};

} // namespace ft::emu
