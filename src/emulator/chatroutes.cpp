#include "chatroutes.h"

#include "clock.h"
#include "handlerkit.h"
#include "modelindex.h"
#include "router.h"
#include "store.h"

#include "core/catalog.h"
#include "core/chat.h"
#include "core/jsonutil.h"

#include <algorithm>

namespace ft::emu {

namespace js = core::js;

namespace {
qint64 estimateTokens(const QString &text)
{
    // Until the tokenizer is in core: about four characters per token.
    return std::max<qint64>(1, (text.size() + 3) / 4);
}

ErrorSpec noDeployment()
{
    ErrorSpec e;
    e.status = 404;
    e.code = QStringLiteral("DeploymentNotFound");
    e.classicCode = e.code;
    e.message = QStringLiteral("The API deployment for this resource does not exist. If you created the "
                               "deployment within the last 5 minutes, please wait a moment and try again.");
    return e;
}
} // namespace

ChatRoutes::ChatRoutes(const ServiceContext &context)
    : m_context(context)
{ }

void ChatRoutes::addRoutes(Router &router)
{
    router.on({Surface::OpenAI, Surface::AzureV1}, {"POST"}, "chat/completions",
              [this](const HttpRequest &r, const RouteArgs &) { return complete(r, {}); });
    router.on({Surface::AzureClassic}, {"POST"}, "deployments/{deployment}/chat/completions",
              [this](const HttpRequest &r, const RouteArgs &a) { return complete(r, a["deployment"]); });
}

HttpReply ChatRoutes::complete(const HttpRequest &r, const QString &deploymentInPath)
{
    js::Json body;
    if (auto e = readJsonObject(r, body))
        return errorFor(r, *e);
    const core::ChatRequest req = core::ChatRequest::fromJson(body);
    if (req.messages.isEmpty())
        return errorFor(
            r, invalid(QStringLiteral("'messages' must be a non-empty array."), QStringLiteral("messages")));
    Responder who;
    if (auto e = responder(r, req, deploymentInPath, who))
        return errorFor(r, *e);
    QString prompt;
    for (const auto &m : req.messages)
        if (m.role == u"user")
            prompt = m.content;
    QString modelName = who.model;
    if (who.job)
        modelName = who.checkpoint.isEmpty() ? who.job->job.fineTunedModel : who.checkpoint;
    return completion(req, modelName, answer(who, prompt));
}

std::optional<ErrorSpec> ChatRoutes::responder(const HttpRequest &r, const core::ChatRequest &req,
                                               const QString &deploymentInPath, Responder &out)
{
    if (isAzure(r.surface)) {
        const QString deployment = deploymentInPath.isEmpty() ? req.model : deploymentInPath;
        const DeploymentRecord *d = m_context.models.deploymentForInference(deployment);
        if (!d)
            return noDeployment();
        out.model = d->deployment.modelName;
    } else {
        out.model = req.model;
    }
    if (out.model.isEmpty())
        return invalid(QStringLiteral("Missing required parameter: 'model'."), QStringLiteral("model"));
    out.job = m_context.models.jobOfModel(out.model, &out.checkpoint);
    out.base = core::Catalog::builtin().find(out.model);
    if (!out.job && (!out.base || !core::Catalog::baseOfFineTuned(out.model).isEmpty())) {
        ErrorSpec e = notFound(r.surface, QStringLiteral("model"), out.model);
        e.code = QStringLiteral("model_not_found");
        e.message =
            QStringLiteral("The model '%1' does not exist or you do not have access to it.").arg(out.model);
        return e;
    }
    return std::nullopt;
}

QString ChatRoutes::answer(const Responder &who, const QString &prompt)
{
    if (!who.job)
        return QStringLiteral(
                   "This is %1 answering through the Fine-Tune Studio emulator. You asked: \"%2\". A "
                   "real base model would give a general answer here.")
            .arg(who.base->id, prompt.left(200));
    const core::FineTuningJob &job = who.job->job;
    if (!m_answers.contains(job.id)) {
        QString answerKey;
        if (job.method && job.method->grader) {
            const QString reference = job.method->grader->reference;
            const qsizetype at = reference.indexOf(QStringLiteral("item."));
            if (at >= 0)
                answerKey = reference.mid(at + 5).section(u'}', 0, 0).trimmed();
        }
        m_answers.insert(job.id,
                         AnswerBook::fromFile(m_context.store.blobPath(job.trainingFile),
                                              core::methodTypeName(job.methodType()), answerKey));
    }
    const QString found = m_answers.value(job.id).answer(prompt);
    return found.isEmpty() ? QStringLiteral(
               "(Simulated by the Fine-Tune Studio emulator.) None of this model's training examples is "
               "close to that question, so there is no learned answer to replay; a real fine-tuned "
               "model would still answer it.")
                           : found;
}

HttpReply ChatRoutes::completion(const core::ChatRequest &req, const QString &modelName, QString answer)
{
    core::ChatCompletion out;
    out.id = QStringLiteral("chatcmpl-") + QString::number(Clock::nowMs(), 36);
    out.created = Clock::nowSeconds();
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
