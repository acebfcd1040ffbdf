// Models (the catalog plus this resource's fine-tuned models) and chat completions.

#include "service.h"
#include "simulator.h"
#include "store.h"

#include "core/catalog.h"
#include "core/chat.h"
#include "core/jsonutil.h"

#include <QDate>
#include <QDateTime>

namespace ft::emu {

namespace js = core::js;

namespace {
qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

qint64 releaseTime(const core::CatalogModel &m)
{
    QDate d = QDate::fromString(m.version, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid() && m.version.size() == 4) // "0125" → 2024-01-25
        d = QDate(2024, m.version.left(2).toInt(), m.version.right(2).toInt());
    return d.isValid() ? d.startOfDay(Qt::UTC).toSecsSinceEpoch() : 1700000000;
}

qint64 estimateTokens(const QString &text)
{
    // Until the tokenizer is in core: about four characters per token.
    return std::max<qint64>(1, (text.size() + 3) / 4);
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

JobRecord *Service::jobOfModel(const QString &model, QString *checkpointOf)
{
    for (JobRecord *rec : m_store.jobs()) {
        if (rec->modelDeleted)
            continue;
        if (rec->job.status == u"succeeded" && rec->job.fineTunedModel == model)
            return rec;
        for (const auto &c : rec->checkpoints) {
            if (c.id == model || c.fineTunedModelCheckpoint == model) {
                if (checkpointOf)
                    *checkpointOf = c.fineTunedModelCheckpoint;
                return rec;
            }
        }
    }
    return nullptr;
}

bool Service::isDeployed(const QString &model)
{
    for (const DeploymentRecord *d : m_store.deployments()) {
        const QString name = d->deployment.modelName;
        if (name == model || name.startsWith(model + QStringLiteral(":ckpt-step-")))
            return true;
        const JobRecord *rec = jobOfModel(name);
        if (rec && rec->job.fineTunedModel == model)
            return true;
    }
    return false;
}

HttpReply Service::listModels(const HttpRequest &r)
{
    const core::Catalog &catalog = core::Catalog::builtin();
    js::Json data = js::Json::array();
    for (const auto &m : catalog.models()) {
        const qint64 created = releaseTime(m);
        js::Json o{{"id", js::s(r.surface == Surface::OpenAI ? m.openaiId : m.id)},
                   {"object", "model"},
                   {"created", created},
                   {"owned_by", "system"}};
        if (isAzure(r.surface))
            o.update(azureModelFields(created));
        data.push_back(o);
    }
    QList<JobRecord *> jobs = m_store.jobs();
    std::reverse(jobs.begin(), jobs.end());
    for (const JobRecord *rec : jobs) {
        if (rec->job.status != u"succeeded" || rec->modelDeleted)
            continue;
        const qint64 created = rec->job.finishedAt.value_or(rec->job.createdAt);
        js::Json o{{"id", js::s(rec->job.fineTunedModel)},
                   {"object", "model"},
                   {"created", created},
                   {"owned_by", js::s(m_sim.config().organization)}};
        if (isAzure(r.surface)) {
            o.update(azureModelFields(created));
            o["model"] = js::s(rec->job.model);
            o["fine_tune"] = js::s(rec->job.id);
        }
        data.push_back(o);
    }
    return HttpReply::json(200, js::Json{{"object", "list"}, {"data", data}});
}

HttpReply Service::getModel(const HttpRequest &r, const QString &id)
{
    const HttpReply all = listModels(r);
    js::Json list;
    js::parse(all.body, list);
    for (const auto &m : list["data"]) {
        if (js::str(m, "id") == id)
            return HttpReply::json(200, m);
    }
    if (const core::CatalogModel *m = core::Catalog::builtin().find(id); m && m->aliases.contains(id)) {
        for (const auto &x : list["data"]) {
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
    return error(r, e);
}

HttpReply Service::deleteModel(const HttpRequest &r, const QString &id)
{
    JobRecord *rec = nullptr;
    for (JobRecord *j : m_store.jobs()) {
        if (j->job.status == u"succeeded" && j->job.fineTunedModel == id && !j->modelDeleted)
            rec = j;
    }
    if (!rec) {
        if (core::Catalog::builtin().find(id) && core::Catalog::baseOfFineTuned(id).isEmpty()) {
            ErrorSpec e;
            e.status = 403;
            e.code = QStringLiteral("insufficient_permissions");
            e.classicCode = QStringLiteral("forbidden");
            e.message = QStringLiteral("You do not have permission to delete the base model %1.").arg(id);
            return error(r, e);
        }
        return getModel(r, id); // the not-found answer
    }
    if (isDeployed(id))
        return error(
            r,
            invalidState(QStringLiteral("The model %1 cannot be deleted because it has a deployment. "
                                        "Delete the deployment first.")
                             .arg(id)));
    JobRecord changed = *rec;
    changed.modelDeleted = true;
    if (auto failed = m_store.saveJob(changed))
        return notSaved(r, *failed);
    return HttpReply::json(200, js::Json{{"id", js::s(id)}, {"object", "model"}, {"deleted", true}});
}

const DeploymentRecord *Service::deploymentForInference(const QString &name)
{
    for (const DeploymentRecord *d : m_store.deployments()) {
        if (d->deployment.name.compare(name, Qt::CaseInsensitive) == 0)
            return m_sim.provisioningState(*d) == u"Succeeded" ? d : nullptr;
    }
    return nullptr;
}

HttpReply Service::chatCompletions(const HttpRequest &r, const QString &deploymentInPath)
{
    js::Json body;
    if (auto e = parseJsonBody(r, body))
        return error(r, *e);
    const core::ChatRequest req = core::ChatRequest::fromJson(body);
    if (req.messages.isEmpty())
        return error(
            r, invalid(QStringLiteral("'messages' must be a non-empty array."), QStringLiteral("messages")));

    QString model;
    if (isAzure(r.surface)) {
        const QString deployment = deploymentInPath.isEmpty() ? req.model : deploymentInPath;
        const DeploymentRecord *d = deploymentForInference(deployment);
        if (!d) {
            ErrorSpec e;
            e.status = 404;
            e.code = QStringLiteral("DeploymentNotFound");
            e.classicCode = e.code;
            e.message =
                QStringLiteral("The API deployment for this resource does not exist. If you created the "
                               "deployment within the last 5 minutes, please wait a moment and try again.");
            return error(r, e);
        }
        model = d->deployment.modelName;
    } else {
        model = req.model;
    }
    if (model.isEmpty())
        return error(
            r, invalid(QStringLiteral("Missing required parameter: 'model'."), QStringLiteral("model")));

    QString checkpoint;
    JobRecord *rec = jobOfModel(model, &checkpoint);
    const core::CatalogModel *base = core::Catalog::builtin().find(model);
    if (!rec && (!base || !core::Catalog::baseOfFineTuned(model).isEmpty())) {
        ErrorSpec e = notFound(r.surface, QStringLiteral("model"), model);
        e.code = QStringLiteral("model_not_found");
        e.message =
            QStringLiteral("The model '%1' does not exist or you do not have access to it.").arg(model);
        return error(r, e);
    }
    QString prompt;
    for (const auto &m : req.messages)
        if (m.role == u"user")
            prompt = m.content;

    QString answer;
    QString modelName = model;
    if (rec) {
        modelName = checkpoint.isEmpty() ? rec->job.fineTunedModel : checkpoint;
        if (!m_answers.contains(rec->job.id)) {
            QString answerKey;
            if (rec->job.method && rec->job.method->grader) {
                const QString reference = rec->job.method->grader->reference;
                const qsizetype at = reference.indexOf(QStringLiteral("item."));
                if (at >= 0)
                    answerKey = reference.mid(at + 5).section(u'}', 0, 0).trimmed();
            }
            m_answers.insert(rec->job.id,
                             AnswerBook::fromFile(m_store.blobPath(rec->job.trainingFile),
                                                  core::methodTypeName(rec->job.methodType()), answerKey));
        }
        answer = m_answers.value(rec->job.id).answer(prompt);
        if (answer.isEmpty())
            answer = QStringLiteral("I can only answer questions like the ones I was trained on.");
    } else {
        answer = QStringLiteral(
                     "This is %1 answering through the Fine-Tune Studio emulator. You asked: \"%2\". A real "
                     "base model would give a general answer here.")
                     .arg(base->id, prompt.left(200));
    }

    core::ChatCompletion out;
    out.id = QStringLiteral("chatcmpl-") + QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    out.created = now();
    out.model = modelName;
    out.finishReason = QStringLiteral("stop");
    if (req.maxTokens && *req.maxTokens > 0 && estimateTokens(answer) > *req.maxTokens) {
        answer = answer.left(int(*req.maxTokens * 4));
        out.finishReason = QStringLiteral("length");
    }
    out.content = answer;
    qint64 promptTokens = 3;
    for (const auto &m : req.messages)
        promptTokens += 3 + estimateTokens(m.content);
    out.usage.promptTokens = promptTokens;
    out.usage.completionTokens = estimateTokens(answer);
    out.usage.totalTokens = out.usage.promptTokens + out.usage.completionTokens;
    js::Json o = out.toJson();
    o["system_fingerprint"] = "fp_emulator";
    return HttpReply::json(200, o);
}

} // namespace ft::emu
