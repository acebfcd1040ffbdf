#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ft::core {

class Catalog;
class PriceTable;
struct Deployment;

// What a fine-tuned deployment costs while it stands, and when the service will remove it: hosting is
// billed by the hour whether the deployment is called or not, and one without a call for the idle
// period is deleted (a Developer one after its fixed lifetime). An estimate from the dated price table.
struct DeploymentCost
{
    enum class Removal { Idle, DeveloperLifetime };

    std::optional<double> hourlyRate; // none: billed by throughput units, or no price known
    bool billedByThroughput = false;
    QString currency;
    QString priceAsOf;
    double hoursUp = 0;
    std::optional<double> costSoFar;
    std::optional<QDateTime> lastUsed; // none: not known (no call seen)
    bool idle = false; // no call for the catalog's idle-flag period (or never, since then)
    QDateTime removalAt; // when the service will delete it if nothing changes
    Removal removal = Removal::Idle;

    // `createdAt`: when it was deployed; `lastUsed`: the last call to it this app knows of.
    static DeploymentCost estimate(const Deployment &deployment, const QDateTime &createdAt,
                                   const std::optional<QDateTime> &lastUsed, const QDateTime &now,
                                   const PriceTable &prices, const Catalog &catalog);
};

} // namespace ft::core
