#include "jobroutes.h"

#include "clock.h"
#include "handlerkit.h"
#include "joblifecycle.h"
#include "modelindex.h"
#include "paging.h"
#include "router.h"
#include "simulator.h"
#include "store.h"

#include "core/checkpointcopy.h"
#include "core/jsonutil.h"

#include <algorithm>

namespace ft::emu {

namespace js = core::js;

namespace {
ErrorSpec noSuchJob(const HttpRequest &r, const QString &id)
{
    return notFound(r.surface, QStringLiteral("fine-tuning job"), id);
}

// A page of one of a job's lists (kept oldest first, shown newest first), each item as `present` shows
// it, as a list object; `withIds` adds the ids of its first and last items.
template<typename T, typename Present>
HttpReply newestFirstPage(const HttpRequest &r, const JobRecord *job, const QString &id,
                          QList<T> JobRecord::*list, std::pair<int, int> defaultAndMaxLimit, Present present,
                          bool withIds = false)
{
    if (!job)
        return errorFor(r, noSuchJob(r, id));
    int limit = 0;
    QString after;
    if (auto e = readPage(r, defaultAndMaxLimit.first, defaultAndMaxLimit.second, limit, after))
        return errorFor(r, *e);
    const QList<T> &oldestFirst = job->*list;
    const QList<T> newestFirst(oldestFirst.crbegin(), oldestFirst.crend());
    const auto page = slicePage(newestFirst, after, limit, [](const T &item) { return item.id; });
    js::Json data = js::Json::array();
    for (const auto &item : page.items)
        data.push_back(present(item));
    js::Json body{{"object", "list"}, {"data", data}, {"has_more", page.hasMore}};
    if (withIds) {
        body["first_id"] = page.items.isEmpty() ? js::Json(nullptr) : js::Json(js::s(page.items.first().id));
        body["last_id"] = page.items.isEmpty() ? js::Json(nullptr) : js::Json(js::s(page.items.last().id));
    }
    return HttpReply::json(200, body);
}
} // namespace

JobRoutes::JobRoutes(const ServiceContext &context)
    : m_context(context)
    , m_present(context.simulator)
    , m_creation(context.store, context.files, context.models)
{ }

void JobRoutes::addRoutes(Router &router)
{
    const Surfaces all = Surfaces::dataPlane();
    router.on(all, {"POST"}, "fine_tuning/jobs",
              [this](const HttpRequest &r, const RouteArgs &) { return create(r); });
    router.on(all, {"GET"}, "fine_tuning/jobs",
              [this](const HttpRequest &r, const RouteArgs &) { return list(r); });
    router.on(all, {"GET"}, "fine_tuning/jobs/{id}",
              [this](const HttpRequest &r, const RouteArgs &a) { return get(r, a["id"]); });
    router.on({Surface::AzureClassic}, {"DELETE"}, "fine_tuning/jobs/{id}",
              [this](const HttpRequest &r, const RouteArgs &a) { return remove(r, a["id"]); });
    for (const char *action : {"cancel", "pause", "resume"}) {
        const QString name = QString::fromLatin1(action);
        router.on(all, {"POST"}, QByteArray("fine_tuning/jobs/{id}/").append(action).constData(),
                  [this, name](const HttpRequest &r, const RouteArgs &a) { return act(r, a["id"], name); });
    }
    router.on(all, {"GET"}, "fine_tuning/jobs/{id}/events",
              [this](const HttpRequest &r, const RouteArgs &a) { return events(r, a["id"]); });
    router.on(all, {"GET"}, "fine_tuning/jobs/{id}/checkpoints",
              [this](const HttpRequest &r, const RouteArgs &a) { return checkpoints(r, a["id"]); });
    router.on({Surface::AzureV1}, {"GET", "POST"}, "fine_tuning/jobs/{id}/checkpoints/{checkpoint}/copy",
              [this](const HttpRequest &r, const RouteArgs &a) {
                  return checkpointCopy(r, a["id"], a["checkpoint"]);
              });
    router.on({Surface::OpenAI, Surface::AzureV1}, {"POST"}, "fine_tuning/alpha/graders/validate",
              [this](const HttpRequest &r, const RouteArgs &) { return validateGrader(r); });
}

HttpReply JobRoutes::create(const HttpRequest &r)
{
    js::Json body;
    if (auto e = readJsonObject(r, body))
        return errorFor(r, *e);
    JobRecord rec;
    if (auto e = m_creation.create(r, body, rec))
        return errorFor(r, *e);
    m_context.simulator.jobCreated(rec);
    if (auto failed = m_context.store.saveJob(rec))
        return notSaved(r, *failed);
    const JobRecord *stored = m_context.store.job(rec.job.id);
    HttpReply reply =
        HttpReply::json(r.surface == Surface::AzureClassic ? 201 : 200, m_present.job(*stored, r.surface));
    if (r.surface == Surface::AzureClassic)
        setLocation(reply, r, QStringLiteral("/fine_tuning/jobs/") + rec.job.id);
    return reply;
}

// metadata[k]=v filters; metadata=null lists jobs without metadata.
QList<JobRecord *> JobRoutes::matchingMetadata(const HttpRequest &r)
{
    QMap<QString, QString> wanted;
    bool wantNoMetadata = false;
    for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith(QStringLiteral("metadata[")) && key.endsWith(u']'))
            wanted.insert(key.mid(9, key.size() - 10), value);
        else if (key == u"metadata" && value == u"null")
            wantNoMetadata = true;
    }
    QList<JobRecord *> all;
    for (JobRecord *rec : m_context.store.jobs()) {
        const auto &md = rec->job.metadata;
        if (wantNoMetadata && md && !md->isEmpty())
            continue;
        bool match = true;
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            if (!md || md->value(it.key()) != it.value() || !md->contains(it.key()))
                match = false;
        }
        if (match)
            all.append(rec);
    }
    return all;
}

HttpReply JobRoutes::list(const HttpRequest &r)
{
    int limit = 0;
    QString after;
    if (auto e = readPage(r, 20, 100, limit, after))
        return errorFor(r, *e);
    const auto page =
        slicePage(matchingMetadata(r), after, limit, [](const JobRecord *j) { return j->job.id; });
    js::Json data = js::Json::array();
    for (const JobRecord *rec : page.items)
        data.push_back(m_present.job(*rec, r.surface));
    return HttpReply::json(200, js::Json{{"object", "list"}, {"data", data}, {"has_more", page.hasMore}});
}

HttpReply JobRoutes::get(const HttpRequest &r, const QString &id)
{
    const JobRecord *rec = m_context.store.job(id);
    if (!rec)
        return errorFor(r, noSuchJob(r, id));
    return HttpReply::json(200, m_present.job(*rec, r.surface));
}

HttpReply JobRoutes::remove(const HttpRequest &r, const QString &id)
{
    JobRecord *rec = m_context.store.job(id);
    if (!rec)
        return errorFor(r, noSuchJob(r, id));
    if (!rec->job.fineTunedModel.isEmpty() && !rec->modelDeleted
        && m_context.models.isDeployed(rec->job.fineTunedModel))
        return errorFor(r,
                        invalidState(QStringLiteral("The fine-tuned model %1 has a deployment; delete the "
                                                    "deployment before deleting the job.")
                                         .arg(rec->job.fineTunedModel)));
    if (core::isActive(rec->job.state()))
        return errorFor(r,
                        invalidState(QStringLiteral("Job %1 is %2; cancel it before deleting it.")
                                         .arg(id, JobLifecycle::status(rec->job.state(), r.surface))));
    if (auto failed = m_context.store.removeJob(id))
        return notSaved(r, *failed);
    return HttpReply::empty(204);
}

HttpReply JobRoutes::act(const HttpRequest &r, const QString &id, const QString &action)
{
    const JobRecord *rec = m_context.store.job(id);
    if (!rec)
        return errorFor(r, noSuchJob(r, id));
    JobRecord changed = *rec;
    Simulator &sim = m_context.simulator;
    const std::optional<ErrorSpec> refused = action == u"cancel" ? sim.cancel(changed)
        : action == u"pause"                                     ? sim.pause(changed)
                                                                 : sim.resume(changed);
    if (refused)
        return errorFor(r, *refused);
    if (auto failed = m_context.store.saveJob(changed))
        return notSaved(r, *failed);
    return HttpReply::json(200, m_present.job(*m_context.store.job(id), r.surface));
}

HttpReply JobRoutes::events(const HttpRequest &r, const QString &id)
{
    return newestFirstPage(r, m_context.store.job(id), id, &JobRecord::events, {20, 10000},
                           [&r](const core::JobEvent &e) { return JobPresenter::event(e, r.surface); });
}

HttpReply JobRoutes::checkpoints(const HttpRequest &r, const QString &id)
{
    return newestFirstPage(
        r, m_context.store.job(id), id, &JobRecord::checkpoints, {10, 100},
        [](const core::Checkpoint &c) { return c.toJson(); }, r.surface != Surface::AzureClassic);
}

HttpReply JobRoutes::checkpointCopy(const HttpRequest &r, const QString &jobId, const QString &checkpointId)
{
    if (r.header("aoai-copy-ft-checkpoints") != "preview")
        return errorFor(r,
                        invalid(QStringLiteral("The header aoai-copy-ft-checkpoints: preview is required "
                                               "for this preview operation."),
                                QStringLiteral("aoai-copy-ft-checkpoints")));
    const JobRecord *rec = m_context.store.job(jobId);
    if (!rec)
        return errorFor(r, noSuchJob(r, jobId));
    const auto ckpt =
        std::find_if(rec->checkpoints.cbegin(), rec->checkpoints.cend(),
                     [&checkpointId](const core::Checkpoint &c) { return c.id == checkpointId; });
    if (ckpt == rec->checkpoints.cend())
        return errorFor(r, notFound(r.surface, QStringLiteral("checkpoint"), checkpointId));
    const QString checkpointedModel = ckpt->fineTunedModelCheckpoint;
    if (r.method == "POST") {
        js::Json body;
        if (auto e = readJsonObject(r, body))
            return errorFor(r, *e);
        const QString destination = js::str(body, "destinationResourceId");
        const QString region = js::str(body, "region");
        if (!destination.startsWith(QStringLiteral("/subscriptions/")) || region.isEmpty())
            return errorFor(r,
                            invalid(QStringLiteral("destinationResourceId (an ARM resource id) and region "
                                                   "are required."),
                                    QStringLiteral("destinationResourceId")));
        JobRecord changed = *rec;
        changed.copies.append({checkpointId, destination, region, Clock::nowMs()});
        if (auto failed = m_context.store.saveJob(changed))
            return notSaved(r, *failed);
    }
    core::CheckpointCopy copy;
    copy.checkpointedModelName = checkpointedModel;
    copy.fineTuningJobId = jobId;
    for (const CheckpointCopyRecord &c : rec->copies) {
        if (c.checkpointId != checkpointId)
            continue;
        const double elapsed = m_context.clock.simSecondsSince(c.startedAtMs);
        copy.copiedAccountDetails.append(
            {c.destinationResourceId, c.region,
             elapsed >= 5.0 ? QStringLiteral("Completed") : QStringLiteral("InProgress")});
    }
    if (copy.copiedAccountDetails.isEmpty())
        return errorFor(r, notFound(r.surface, QStringLiteral("checkpoint copy"), checkpointId));
    return HttpReply::json(200, copy.toJson());
}

HttpReply JobRoutes::validateGrader(const HttpRequest &r)
{
    js::Json body;
    if (auto e = readJsonObject(r, body))
        return errorFor(r, *e);
    const js::Json *g = js::find(body, "grader");
    if (!g || !g->is_object())
        return errorFor(
            r, invalid(QStringLiteral("Missing required parameter: 'grader'."), QStringLiteral("grader")));
    const core::Grader grader = core::Grader::fromJson(*g);
    const QStringList problems = grader.problems();
    if (!problems.isEmpty())
        return errorFor(r, invalid(problems.join(u' '), QStringLiteral("grader")));
    return HttpReply::json(200, js::Json{{"grader", grader.toJson()}});
}

} // namespace ft::emu
