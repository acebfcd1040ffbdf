#pragma once

#include "core/apierror.h"
#include "core/chat.h"

#include <QList>
#include <QObject>

namespace ft::control {

class Session;

// One conversation with a deployment (on OpenAI: a model): the turns so far, each new message sent
// with all of them, the answer added when it comes.
class Conversation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Conversation)

public:
    struct Settings
    {
        QString systemMessage; // empty: none
        double temperature = 0.7;
        int maxTokens = 800;
    };

    explicit Conversation(Session &session, QObject *parent = nullptr);

    // Adds the user's message and asks `target`; answered() or failed() follows.
    void send(const QString &target, const QString &text, const Settings &settings);
    void clear();
    const QList<core::ChatMessage> &turns() const { return m_turns; }
    QString lastAnswer() const { return m_lastAnswer; }

signals:
    void answered(const ft::core::ChatCompletion &completion);
    void failed(const ft::core::ApiError &error);

private:
    Session &m_session;
    QList<core::ChatMessage> m_turns;
    QString m_lastAnswer;
};

} // namespace ft::control
