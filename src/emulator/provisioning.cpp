#include "provisioning.h"

#include "clock.h"
#include "store.h"

namespace ft::emu {

Provisioning::Provisioning(Store &store, SimConfig config, const Clock &clock, QObject *parent)
    : SimClockWorker(store, std::move(config), clock, parent)
{ }

void Provisioning::start()
{
    startTicking();
}

void Provisioning::onTick()
{
    reapDeleted();
}

QString Provisioning::state(const DeploymentRecord &record) const
{
    if (record.deletingSinceMs > 0)
        return QStringLiteral("Deleting");
    const double elapsed = m_clock.simSecondsSince(record.createdAtMs);
    if (elapsed < m_config.acceptedSeconds)
        return QStringLiteral("Accepted");
    if (elapsed < m_config.acceptedSeconds + m_config.creatingSeconds)
        return QStringLiteral("Creating");
    return record.failed ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
}

void Provisioning::reapDeleted()
{
    QStringList gone;
    for (const DeploymentRecord *d : m_store.deployments()) {
        if (d->deletingSinceMs > 0 && m_clock.simSecondsSince(d->deletingSinceMs) >= m_config.deletingSeconds)
            gone << d->key();
    }
    for (const QString &key : std::as_const(gone)) {
        // Not removed (a full disk): still "Deleting", tried again at the next look.
        if (auto e = m_store.removeDeployment(key))
            qWarning("emulator: %s", qPrintable(e->message()));
    }
}

} // namespace ft::emu
