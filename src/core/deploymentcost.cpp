#include "deploymentcost.h"

#include "catalog.h"
#include "deployment.h"
#include "pricetable.h"

#include <algorithm>

namespace ft::core {

DeploymentCost DeploymentCost::estimate(const Deployment &deployment, const QDateTime &createdAt,
                                        const std::optional<QDateTime> &lastUsed, const QDateTime &now,
                                        const PriceTable &prices, const Catalog &catalog)
{
    DeploymentCost c;
    c.currency = prices.currency();
    c.priceAsOf = prices.asOf();
    c.hoursUp = createdAt.isValid() ? std::max<qint64>(0, createdAt.msecsTo(now)) / 3600000.0 : 0;
    if (const std::optional<HostingPrice> price = prices.hosting(deployment.skuName)) {
        c.hourlyRate = price->perHour;
        c.billedByThroughput = !price->perHour;
    }
    if (c.hourlyRate)
        c.costSoFar = *c.hourlyRate * c.hoursUp;
    // A call never seen counts from the deployment: the service's clock starts there too.
    if (lastUsed && lastUsed->isValid())
        c.lastUsed = *lastUsed;
    const QDateTime quietSince = c.lastUsed ? std::max(*c.lastUsed, createdAt) : createdAt;
    c.idle = quietSince.isValid() && quietSince.secsTo(now) >= qint64(catalog.idleFlagHours()) * 3600;
    if (deployment.skuName.compare(QStringLiteral("DeveloperTier"), Qt::CaseInsensitive) == 0) {
        c.removal = Removal::DeveloperLifetime;
        c.removalAt = createdAt.addSecs(qint64(catalog.developerLifetimeHours()) * 3600);
    } else {
        c.removal = Removal::Idle;
        c.removalAt = quietSince.addDays(catalog.idleRemovalDays());
    }
    return c;
}

} // namespace ft::core
