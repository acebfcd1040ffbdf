#pragma once

#include "httpexchange.h"
#include "records.h"
#include "routegroup.h"

#include "core/writeerror.h"

#include <QHash>
#include <QString>

#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::emu {

class Clock;
class RouteArgs;
class Store;

// Long-running ARM operations as the official Azure SDKs follow them. An answer that starts one
// carries `Azure-AsyncOperation` (an operation-status resource that answers {id, name, status,
// startTime, endTime, error} with InProgress until Succeeded | Failed | Canceled) and, for DELETE and
// PATCH, `Location` (an operation-result URL that answers 202 until the end, then the outcome), with
// `Retry-After`. Any resource type of any provider can use it: it registers a Handler that reads, from
// the resource itself, whether an operation on it has ended. Records are kept in the store, so an
// operation survives a restart of the emulator.
class ArmOperations final : public RouteGroup
{
public:
    struct Outcome
    {
        QString status; // Succeeded, Failed or Canceled
        QString errorCode;
        QString errorMessage;
    };

    struct Handler
    {
        // How the operation ended, read from the resource; nothing while it still runs.
        std::function<std::optional<Outcome>(const ArmOperationRecord &)> probe;
        // The resource as its GET shows it now, for the result of a create, update or patch.
        std::function<std::optional<nlohmann::ordered_json>(const ArmOperationRecord &)> resource;
        // Simulated seconds the operation may still take, for Retry-After.
        std::function<double(const ArmOperationRecord &)> remainingSeconds;
    };

    ArmOperations(Store &store, const Clock &clock);

    void setHandler(const QString &resourceType, const Handler &handler);

    // Starts an operation: `what` names the subscription, provider, location, resource and action;
    // the id (unguessable), times and status are filled in, and the record is saved.
    // The operation, saved; nullptr when it could not be saved (`failed` says why).
    const ArmOperationRecord *start(ArmOperationRecord what,
                                    std::optional<core::WriteError> *failed = nullptr);
    // The most recent operation of `action` on a resource that has not ended yet.
    const ArmOperationRecord *running(const QString &resourceKey, const QString &action);

    // Adds Azure-AsyncOperation (and Location, for DELETE and PATCH), Retry-After and
    // x-ms-async-operation-timeout to the answer that started `op`.
    void addHeaders(HttpReply &reply, const HttpRequest &request, const ArmOperationRecord &op,
                    bool withLocation);

    // GET subscriptions/{sub}/providers/{provider}/locations/{location}/operationStatuses/{id} and
    // .../operationResults/{id}, for every provider.
    void addRoutes(Router &router) override;

private:
    HttpReply answer(const HttpRequest &request, const RouteArgs &args, bool statuses);
    ArmOperationRecord *settle(const QString &id); // the record, ended if its resource says so
    int retryAfterSeconds(const ArmOperationRecord &op) const;
    QString url(const HttpRequest &request, const ArmOperationRecord &op, const char *kind) const;
    HttpReply statusReply(const HttpRequest &request, const ArmOperationRecord &op);
    HttpReply resultReply(const HttpRequest &request, const ArmOperationRecord &op);

    Store &m_store;
    const Clock &m_clock;
    QHash<QString, Handler> m_handlers; // by resource type
};

} // namespace ft::emu
