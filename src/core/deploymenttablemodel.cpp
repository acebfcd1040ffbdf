#include "deploymenttablemodel.h"

#include "catalog.h"
#include "pricetable.h"

#include <QCoreApplication>
#include <QLocale>

namespace ft::core {

namespace {
constexpr const char *kColumnTitles[] = {QT_TRANSLATE_NOOP("DeploymentTableModel", "Name"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "Model"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "Type"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "Capacity"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "State"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "Hourly rate"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "Up for"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "Cost so far"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "Last used"),
                                         QT_TRANSLATE_NOOP("DeploymentTableModel", "Removed on")};
static_assert(std::size(kColumnTitles) == DeploymentTableModel::ColumnCount);
} // namespace

DeploymentTableModel::DeploymentTableModel(QObject *parent)
    : TitledColumns("DeploymentTableModel", kColumnTitles, parent)
{ }

QVariant DeploymentTableModel::data(const QModelIndex &index, int role) const
{
    const Deployment *d = at(index);
    if (!d)
        return {};
    switch (role) {
    case NameRole:
        return d->name;
    case ProvisionedRole:
        return d->isProvisioned();
    case FinalRole:
        return d->isFinal();
    case IdleRole:
        return d->isProvisioned() && cost(*d).idle;
    case Qt::ToolTipRole:
        if (index.column() == HourlyRate || index.column() == CostSoFar) {
            const PriceTable &prices = PriceTable::builtin();
            return QCoreApplication::translate("DeploymentTableModel",
                                               "An estimate from the price table of %1 (%2).")
                .arg(prices.asOf(), prices.source());
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return d->name;
    case Model:
        return d->modelName;
    case Type:
        return d->skuName;
    case Capacity:
        return QString::number(d->skuCapacity.value_or(0));
    case State:
        return d->provisioningState;
    default:
        return costText(*d, index.column());
    }
}

void DeploymentTableModel::setLastUsed(const QString &name, const QDateTime &at)
{
    m_lastUsed.insert(name, at);
    const int row = rowOf(name);
    if (row >= 0)
        emit dataChanged(index(row, HourlyRate), index(row, Removal));
}

void DeploymentTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (rowCount() > 0)
        emit dataChanged(index(0, HourlyRate), index(rowCount() - 1, Removal));
}

DeploymentCost DeploymentTableModel::cost(const Deployment &deployment) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const auto used = m_lastUsed.constFind(deployment.name);
    return DeploymentCost::estimate(deployment, deployment.createdAt().value_or(now),
                                    used == m_lastUsed.cend() ? std::nullopt : std::optional(*used), now,
                                    PriceTable::builtin(), Catalog::builtin());
}

QVariant DeploymentTableModel::costText(const Deployment &deployment, int column) const
{
    // Until it is provisioned nothing is billed, and a failed one never was.
    if (!deployment.isProvisioned() || !deployment.createdAt())
        return QString();
    const DeploymentCost c = cost(deployment);
    const QLocale locale;
    const auto money = [&](double amount) {
        return locale.toCurrencyString(amount, c.currency == u"USD" ? QStringLiteral("$") : c.currency + u' ',
                                       2);
    };
    switch (column) {
    case HourlyRate:
        if (c.billedByThroughput)
            return QCoreApplication::translate("DeploymentTableModel", "by throughput units");
        if (!c.hourlyRate)
            return QCoreApplication::translate("DeploymentTableModel", "unknown");
        return QCoreApplication::translate("DeploymentTableModel", "%1/h").arg(money(*c.hourlyRate));
    case Up: {
        const qint64 hours = qint64(c.hoursUp);
        return hours >= 48
            ? QCoreApplication::translate("DeploymentTableModel", "%1 d %2 h").arg(hours / 24).arg(hours % 24)
            : QCoreApplication::translate("DeploymentTableModel", "%1 h").arg(c.hoursUp, 0, 'f', 1);
    }
    case CostSoFar:
        return c.costSoFar ? money(*c.costSoFar) : QString();
    case LastUsed:
        return c.lastUsed ? locale.toString(c.lastUsed->toLocalTime(), QLocale::ShortFormat)
                          : QCoreApplication::translate("DeploymentTableModel", "not from this app");
    case Removal: {
        const QString date = locale.toString(c.removalAt.toLocalTime().date(), QLocale::ShortFormat);
        if (c.removal == DeploymentCost::Removal::DeveloperLifetime)
            return QCoreApplication::translate("DeploymentTableModel", "%1 (Developer lifetime)").arg(date);
        return c.idle ? QCoreApplication::translate("DeploymentTableModel", "Idle: removed %1").arg(date)
                      : date;
    }
    default:
        return {};
    }
}

} // namespace ft::core
