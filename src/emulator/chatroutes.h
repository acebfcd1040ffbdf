#pragma once

#include "answerbook.h"
#include "routegroup.h"
#include "servicecontext.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ft::core {
struct CatalogModel;
struct ChatRequest;
} // namespace ft::core

namespace ft::emu {

struct ErrorSpec;
struct HttpReply;
struct HttpRequest;
struct JobRecord;

// Chat completions: OpenAI and Azure v1 name the model (on Azure, a deployment) in the body, Azure
// classic names the deployment in the path. A fine-tuned model answers from what it was trained on
// (its AnswerBook), a base model says what it is.
class ChatRoutes final : public RouteGroup
{
public:
    explicit ChatRoutes(const ServiceContext &context);

    void addRoutes(Router &router) override;

private:
    // What answers: the fine-tuned job (and checkpoint) or the base model of the model named.
    struct Responder
    {
        QString model; // as the request named it, through its deployment on Azure
        JobRecord *job = nullptr;
        QString checkpoint;
        const core::CatalogModel *base = nullptr;
    };

    HttpReply complete(const HttpRequest &r, const QString &deploymentInPath);
    std::optional<ErrorSpec> responder(const HttpRequest &r, const core::ChatRequest &req,
                                       const QString &deploymentInPath, Responder &out);
    QString answer(const Responder &who, const QString &prompt);
    static HttpReply completion(const core::ChatRequest &req, const QString &modelName, QString answer);

    ServiceContext m_context;
    QHash<QString, AnswerBook> m_answers; // by job id, read once per job
};

} // namespace ft::emu
