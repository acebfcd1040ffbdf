#pragma once

#include "jobcreation.h"
#include "jobpresenter.h"
#include "routegroup.h"
#include "servicecontext.h"

namespace ft::emu {

class RouteArgs;

// Fine-tuning jobs on the data plane: create (with the service's checks), list (paged, filtered by
// metadata), get, delete (classic), cancel / pause / resume, events, checkpoints, the checkpoint copy
// of Azure v1, and the grader check.
class JobRoutes final : public RouteGroup
{
public:
    explicit JobRoutes(const ServiceContext &context);

    void addRoutes(Router &router) override;

private:
    HttpReply create(const HttpRequest &r);
    HttpReply list(const HttpRequest &r);
    HttpReply get(const HttpRequest &r, const QString &id);
    HttpReply remove(const HttpRequest &r, const QString &id);
    HttpReply act(const HttpRequest &r, const QString &id, const QString &action);
    HttpReply events(const HttpRequest &r, const QString &id);
    HttpReply checkpoints(const HttpRequest &r, const QString &id);
    HttpReply checkpointCopy(const HttpRequest &r, const QString &jobId, const QString &checkpointId);
    HttpReply validateGrader(const HttpRequest &r);
    QList<JobRecord *> matchingMetadata(const HttpRequest &r);

    ServiceContext m_context;
    JobPresenter m_present;
    JobCreation m_creation;
};

} // namespace ft::emu
