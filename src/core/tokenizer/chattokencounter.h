#pragma once

// Token counts of chat messages as the OpenAI cookbook computes them: for each message 3 tokens plus
// the tokens of every string field's value (role, content, name, ...), 1 more when it has a `name`;
// plus 3 for the priming of the reply (<|start|>assistant<|message|>).

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace ft::core {

class Tokenizer;

class ChatTokenCounter final
{
public:
    struct Message
    {
        QString role;
        QString content; // a plain string content
        QStringList textParts; // when content is an array of parts: the text of its "text" parts
        std::optional<QString> name;
    };

    static constexpr int kTokensPerMessage = 3;
    static constexpr int kTokensPerName = 1;
    static constexpr int kReplyPriming = 3;

    explicit ChatTokenCounter(const Tokenizer &tokenizer);

    // One message: 3 + role + content (or its text parts) + name + 1 when there is a name.
    qint64 countMessage(const Message &message) const;
    // A conversation: its messages plus the reply priming.
    qint64 countMessages(const QList<Message> &messages) const;
    // A conversation as JSON: an array of message objects, or an object with such a "messages" array
    // (one line of a chat fine-tuning JSONL file). Every string field counts, `name` adds 1, content
    // that is an array counts the text of its {"type": "text", "text": ...} parts; fields of other
    // types (weight, tool_calls, ...) do not count. nullopt, and why in *error, for anything else.
    std::optional<qint64> countJson(QByteArrayView json, QString *error = nullptr) const;
    // The same for an already parsed array of messages (without the reply priming when `priming` is
    // false); nullopt when it is not an array of objects.
    std::optional<qint64> countParsed(const nlohmann::ordered_json &messages, bool priming = true) const;
    // The tokens of one string.
    qint64 countString(const std::string &utf8) const;

private:
    const Tokenizer *m_tokenizer;
};

} // namespace ft::core
