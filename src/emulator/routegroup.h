#pragma once

namespace ft::emu {

class Router;

// One area of the service (files, jobs, models, ARM deployments, ...): it registers its handlers with
// the router once, and the router alone decides which handler a request reaches.
class RouteGroup
{
public:
    RouteGroup() = default;
    virtual ~RouteGroup() = default;
    RouteGroup(const RouteGroup &) = delete;
    RouteGroup &operator=(const RouteGroup &) = delete;

    virtual void addRoutes(Router &router) = 0;
};

} // namespace ft::emu
