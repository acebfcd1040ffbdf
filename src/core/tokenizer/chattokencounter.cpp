#include "chattokencounter.h"

#include "core/jsonutil.h"
#include "tokenizer.h"

namespace ft::core {

namespace {

qint64 countUtf8(const Tokenizer &tokenizer, const std::string &text)
{
    return tokenizer.count(QByteArrayView(text.data(), qsizetype(text.size())));
}

} // namespace

ChatTokenCounter::ChatTokenCounter(const Tokenizer &tokenizer)
    : m_tokenizer(&tokenizer)
{ }

qint64 ChatTokenCounter::countMessage(const Message &message) const
{
    qint64 n =
        kTokensPerMessage + m_tokenizer->countText(message.role) + m_tokenizer->countText(message.content);
    for (const QString &part : message.textParts)
        n += m_tokenizer->countText(part);
    if (message.name)
        n += kTokensPerName + m_tokenizer->countText(*message.name);
    return n;
}

qint64 ChatTokenCounter::countMessages(const QList<Message> &messages) const
{
    qint64 n = kReplyPriming;
    for (const Message &message : messages)
        n += countMessage(message);
    return n;
}

std::optional<qint64> ChatTokenCounter::countJson(QByteArrayView json, QString *error) const
{
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    js::Json doc;
    QString parseError;
    if (!js::parse(json, doc, &parseError))
        return fail(parseError);
    const js::Json *messages = &doc;
    if (doc.is_object()) {
        messages = js::find(doc, "messages");
        if (!messages)
            return fail(QStringLiteral("no \"messages\""));
    }
    const auto n = countParsed(*messages);
    if (!n)
        return fail(messages->is_array() ? QStringLiteral("a message is not an object")
                                         : QStringLiteral("\"messages\" is not an array"));
    return n;
}

qint64 ChatTokenCounter::countString(const std::string &utf8) const
{
    return countUtf8(*m_tokenizer, utf8);
}

std::optional<qint64> ChatTokenCounter::countParsed(const nlohmann::ordered_json &messages,
                                                    bool priming) const
{
    if (!messages.is_array())
        return std::nullopt;
    qint64 n = priming ? kReplyPriming : 0;
    for (const js::Json &message : messages) {
        if (!message.is_object())
            return std::nullopt;
        n += kTokensPerMessage;
        for (auto it = message.begin(); it != message.end(); ++it) {
            const js::Json &value = it.value();
            if (value.is_string()) {
                n += countUtf8(*m_tokenizer, value.get_ref<const std::string &>());
                if (it.key() == "name")
                    n += kTokensPerName;
            } else if (it.key() == "content" && value.is_array()) {
                for (const js::Json &part : value) {
                    const js::Json *text = js::find(part, "text");
                    const js::Json *type = js::find(part, "type");
                    if (text && text->is_string() && (!type || *type == "text"))
                        n += countUtf8(*m_tokenizer, text->get_ref<const std::string &>());
                }
            }
        }
    }
    return n;
}

} // namespace ft::core
