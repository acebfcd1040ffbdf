#pragma once

#include "httpexchange.h"
#include "router.h"
#include "servicecontext.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace ft::emu {

class RouteGroup;

// Every route of the contract, on every surface. What all requests go through is here, in this order:
// the path split into decoded segments, the surface (by host and path prefix), authentication, the
// refusal of unsafe segments, and the api-version. The router then hands the request to the route
// group that registered its method and path; a family of services is added as a RouteGroup of its own.
class Service final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Service)

public:
    Service(Store &store, Simulator &simulator, Provisioning &provisioning, const Clock &clock,
            ServiceOptions options, QObject *parent = nullptr);
    ~Service() override;

    // Takes a request whose path and headers are set; fills in surface and segments.
    HttpReply handle(HttpRequest &request);
    // An injected failure (429 with Retry-After, 500 or 503) in the error shape of the request's surface.
    static HttpReply faultReply(const HttpRequest &request, int status);
    // The surfaces of the contract, by the first segments of the path: /openai/v1, /openai, /v1 and
    // ARM's /subscriptions.
    static void addSurfaces(Router &router);

private:
    std::optional<HttpReply> authenticate(const HttpRequest &request) const;
    std::optional<HttpReply> checkApiVersion(const HttpRequest &request) const;

    ServiceOptions m_options;
    QNetworkAccessManager *m_network = nullptr; // for /files/import
    std::unique_ptr<ArmOperations> m_operations;
    std::unique_ptr<FilePresenter> m_files;
    std::unique_ptr<ModelIndex> m_models;
    std::vector<std::unique_ptr<RouteGroup>> m_groups;
    Router m_router;
};

} // namespace ft::emu
