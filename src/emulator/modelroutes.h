#pragma once

#include "httpexchange.h"
#include "routegroup.h"
#include "servicecontext.h"

#include <nlohmann/json_fwd.hpp>

namespace ft::emu {

// Models on the data plane: the catalog's base models and this resource's fine-tuned models, listed,
// looked up (by id or alias) and deleted (a fine-tuned model without a deployment).
class ModelRoutes final : public RouteGroup
{
public:
    explicit ModelRoutes(const ServiceContext &context);

    void addRoutes(Router &router) override;

private:
    nlohmann::ordered_json models(Surface surface);
    HttpReply list(const HttpRequest &r);
    HttpReply get(const HttpRequest &r, const QString &id);
    HttpReply remove(const HttpRequest &r, const QString &id);

    ServiceContext m_context;
};

} // namespace ft::emu
