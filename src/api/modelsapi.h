#pragma once

#include "transport.h"

#include "core/chat.h"
#include "core/fileobject.h"
#include "core/model.h"
#include "core/page.h"

namespace ft::api {

// /models and /chat/completions.
class ModelsApi
{
public:
    explicit ModelsApi(Transport &transport)
        : m_t(transport)
    { }

    PendingCall *list(QObject *context, Callback<core::Page<core::Model>> done);
    PendingCall *get(const QString &id, QObject *context, Callback<core::Model> done);
    PendingCall *remove(const QString &id, QObject *context, Callback<core::Deleted> done);
    // On Azure `request.model` names a deployment; on OpenAI, a model.
    PendingCall *chat(const core::ChatRequest &request, QObject *context,
                      Callback<core::ChatCompletion> done);

private:
    Transport &m_t;
};

} // namespace ft::api
