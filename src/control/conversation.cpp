#include "conversation.h"

#include "session.h"

namespace ft::control {

Conversation::Conversation(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

void Conversation::send(const QString &target, const QString &text, const Settings &settings)
{
    m_turns.append({QStringLiteral("user"), text});
    if (!m_session.hasConnection())
        return emit failed(core::ApiError::local(tr("There is no connection.")));
    core::ChatRequest req;
    req.model = target;
    if (!settings.systemMessage.trimmed().isEmpty())
        req.messages.append({QStringLiteral("system"), settings.systemMessage.trimmed()});
    req.messages += m_turns;
    req.temperature = settings.temperature;
    req.maxTokens = settings.maxTokens;
    m_session.client().models().chat(req, this, [this](core::Result<core::ChatCompletion> r) {
        if (!r)
            return emit failed(r.error());
        m_lastAnswer = r.value().content;
        m_turns.append({QStringLiteral("assistant"), r.value().content});
        emit answered(r.value());
    });
}

void Conversation::clear()
{
    m_turns.clear();
    m_lastAnswer.clear();
}

} // namespace ft::control
