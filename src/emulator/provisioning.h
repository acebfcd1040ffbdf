#pragma once

#include "simclockworker.h"

#include <QString>

namespace ft::emu {

struct DeploymentRecord;

// Deployments on the simulated clock: Accepted → Creating → Succeeded (or Failed) from their PUT, and
// Deleting from their DELETE until the deletion is over, when they are removed — on every look and on
// a timer, so a deletion ends even when nobody asks.
class Provisioning final : public SimClockWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Provisioning)

public:
    Provisioning(Store &store, SimConfig config, const Clock &clock, QObject *parent = nullptr);

    void start();
    // The provisioning state of a deployment now.
    QString state(const DeploymentRecord &record) const;
    // Removes the deployments whose deletion is over.
    void reapDeleted();

private:
    void onTick() override;
};

} // namespace ft::emu
