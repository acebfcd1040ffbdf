#include "modelroutes.h"

#include "handlerkit.h"
#include "modelindex.h"
#include "router.h"
#include "simulator.h"
#include "store.h"

#include "core/catalog.h"
#include "core/jsonutil.h"

#include <QDate>

#include <algorithm>

namespace ft::emu {

namespace js = core::js;

namespace {
qint64 releaseTime(const core::CatalogModel &m)
{
    QDate d = QDate::fromString(m.version, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid() && m.version.size() == 4) // "0125" → 2024-01-25
        d = QDate(2024, m.version.left(2).toInt(), m.version.right(2).toInt());
    return d.isValid() ? d.startOfDay(Qt::UTC).toSecsSinceEpoch() : 1700000000;
}

js::Json azureModelFields(qint64 created)
{
    const qint64 year = 365LL * 24 * 3600;
    return js::Json{{"status", "succeeded"},
                    {"created_at", created},
                    {"capabilities",
                     {{"fine_tune", true},
                      {"inference", true},
                      {"completion", false},
                      {"chat_completion", true},
                      {"embeddings", false}}},
                    {"lifecycle_status", "generally-available"},
                    {"deprecation", {{"fine_tune", created + year}, {"inference", created + 2 * year}}}};
}
} // namespace

ModelRoutes::ModelRoutes(const ServiceContext &context)
    : m_context(context)
{ }

void ModelRoutes::addRoutes(Router &router)
{
    const Surfaces all = Surfaces::dataPlane();
    router.on(all, {"GET"}, "models", [this](const HttpRequest &r, const RouteArgs &) { return list(r); });
    router.on(all, {"GET"}, "models/{id}",
              [this](const HttpRequest &r, const RouteArgs &a) { return get(r, a["id"]); });
    router.on(all, {"DELETE"}, "models/{id}",
              [this](const HttpRequest &r, const RouteArgs &a) { return remove(r, a["id"]); });
}

nlohmann::ordered_json ModelRoutes::models(Surface surface)
{
    js::Json data = js::Json::array();
    for (const auto &m : core::Catalog::builtin().models()) {
        const qint64 created = releaseTime(m);
        js::Json o{{"id", js::s(surface == Surface::OpenAI ? m.openaiId : m.id)},
                   {"object", "model"},
                   {"created", created},
                   {"owned_by", "system"}};
        if (isAzure(surface))
            o.update(azureModelFields(created));
        data.push_back(o);
    }
    QList<JobRecord *> jobs = m_context.store.jobs();
    std::reverse(jobs.begin(), jobs.end());
    for (const JobRecord *rec : jobs) {
        if (rec->job.state() != core::JobState::Succeeded || rec->modelDeleted)
            continue;
        const qint64 created = rec->job.finishedAt.value_or(rec->job.createdAt);
        js::Json o{{"id", js::s(rec->job.fineTunedModel)},
                   {"object", "model"},
                   {"created", created},
                   {"owned_by", js::s(m_context.simulator.config().organization)}};
        if (isAzure(surface)) {
            o.update(azureModelFields(created));
            o["model"] = js::s(rec->job.model);
            o["fine_tune"] = js::s(rec->job.id);
        }
        data.push_back(o);
    }
    return data;
}

HttpReply ModelRoutes::list(const HttpRequest &r)
{
    return HttpReply::json(200, js::Json{{"object", "list"}, {"data", models(r.surface)}});
}

HttpReply ModelRoutes::get(const HttpRequest &r, const QString &id)
{
    const js::Json all = models(r.surface);
    for (const auto &m : all) {
        if (js::str(m, "id") == id)
            return HttpReply::json(200, m);
    }
    if (const core::CatalogModel *m = core::Catalog::builtin().find(id); m && m->aliases.contains(id)) {
        for (const auto &x : all) {
            if (js::str(x, "id") == m->id || js::str(x, "id") == m->openaiId)
                return HttpReply::json(200, x);
        }
    }
    ErrorSpec e = notFound(r.surface, QStringLiteral("model"), id);
    if (r.surface == Surface::OpenAI) {
        e.code = QStringLiteral("model_not_found");
        e.param = QStringLiteral("model");
        e.message = QStringLiteral("The model '%1' does not exist").arg(id);
    }
    return errorFor(r, e);
}

HttpReply ModelRoutes::remove(const HttpRequest &r, const QString &id)
{
    JobRecord *rec = nullptr;
    for (JobRecord *j : m_context.store.jobs()) {
        if (j->job.state() == core::JobState::Succeeded && j->job.fineTunedModel == id && !j->modelDeleted)
            rec = j;
    }
    if (!rec) {
        if (core::Catalog::builtin().find(id) && core::Catalog::baseOfFineTuned(id).isEmpty()) {
            ErrorSpec e;
            e.status = 403;
            e.code = QStringLiteral("insufficient_permissions");
            e.classicCode = QStringLiteral("forbidden");
            e.message = QStringLiteral("You do not have permission to delete the base model %1.").arg(id);
            return errorFor(r, e);
        }
        return get(r, id); // the not-found answer
    }
    if (m_context.models.isDeployed(id))
        return errorFor(
            r,
            invalidState(QStringLiteral("The model %1 cannot be deleted because it has a deployment. "
                                        "Delete the deployment first.")
                             .arg(id)));
    JobRecord changed = *rec;
    changed.modelDeleted = true;
    if (auto failed = m_context.store.saveJob(changed))
        return notSaved(r, *failed);
    return HttpReply::json(200, js::Json{{"id", js::s(id)}, {"object", "model"}, {"deleted", true}});
}

} // namespace ft::emu
