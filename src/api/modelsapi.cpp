#include "modelsapi.h"

#include "jsonreply.h"

namespace ft::api {

namespace js = core::js;
using Kind = core::PathSegment::Kind;

PendingCall *ModelsApi::list(QObject *context, Callback<core::Page<core::Model>> done)
{
    return m_t.call<core::Page<core::Model>>(Transport::get(m_t.connection().url(QStringLiteral("/models"))),
                                             context, &pageOf<core::Model>, std::move(done));
}

PendingCall *ModelsApi::get(const QString &id, QObject *context, Callback<core::Model> done)
{
    return m_t.callObject<core::Model>(
        Transport::get(m_t.connection().route(QStringLiteral("/models/%1"), {{Kind::ModelId, id}})), context,
        std::move(done));
}

PendingCall *ModelsApi::remove(const QString &id, QObject *context, Callback<core::Deleted> done)
{
    return m_t.callObject<core::Deleted>(
        deletion(m_t.connection().route(QStringLiteral("/models/%1"), {{Kind::ModelId, id}}), id, "model"),
        context, std::move(done));
}

PendingCall *ModelsApi::chat(const core::ChatRequest &request, QObject *context,
                             Callback<core::ChatCompletion> done)
{
    const Connection &c = m_t.connection();
    core::Result<QUrl> url = QUrl();
    js::Json body = request.toJson();
    if (c.kind == ServiceKind::AzureClassic) {
        url = c.route(QStringLiteral("/deployments/%1/chat/completions"),
                      {{Kind::DeploymentName, request.model}});
        body.erase("model");
    } else {
        url = c.url(QStringLiteral("/chat/completions"));
    }
    Transport::Request r = Transport::jsonRequest("POST", url, js::dump(body));
    r.retry = Transport::Request::Retry::Always; // a repeated question costs tokens, nothing else
    return m_t.callObject<core::ChatCompletion>(std::move(r), context, std::move(done));
}

} // namespace ft::api
