// ftctl chat --model M MESSAGE: one chat completion with a model or (on Azure) a deployment.

#include "clientgroups.h"

#include "core/jsonutil.h"

#include <QCommandLineParser>

namespace ft::cli {

namespace {
class ChatCommand final : public ClientCommand
{
public:
    using ClientCommand::ClientCommand;

    void chat(const QStringList &args)
    {
        if (args.isEmpty())
            return usage(QStringLiteral("chat needs a MESSAGE"));
        core::ChatRequest req;
        req.model = m_parser.value(QStringLiteral("model"));
        if (req.model.isEmpty())
            return usage(QStringLiteral("chat needs --model (the deployment name on Azure)"));
        if (m_parser.isSet(QStringLiteral("system")))
            req.messages.append({QStringLiteral("system"), m_parser.value(QStringLiteral("system"))});
        req.messages.append({QStringLiteral("user"), args.join(u' ')});
        bool ok = false;
        if (m_parser.isSet(QStringLiteral("max-tokens"))) {
            req.maxTokens = m_parser.value(QStringLiteral("max-tokens")).toLongLong(&ok);
            if (!ok || *req.maxTokens < 1)
                return usage(QStringLiteral("--max-tokens must be a positive integer"));
        }
        if (m_parser.isSet(QStringLiteral("temperature"))) {
            req.temperature = m_parser.value(QStringLiteral("temperature")).toDouble(&ok);
            if (!ok || *req.temperature < 0 || *req.temperature > 2)
                return usage(QStringLiteral("--temperature must be between 0 and 2"));
        }
        m_client->models().chat(req, this, [this](core::Result<core::ChatCompletion> r) {
            if (!r)
                return fail(r.error());
            if (m_json) {
                printJson(r.value().toJson());
            } else {
                printLine(r.value().content);
                note(QStringLiteral("[%1; %2 prompt + %3 completion tokens]")
                         .arg(r.value().model)
                         .arg(r.value().usage.promptTokens)
                         .arg(r.value().usage.completionTokens));
            }
            finish(0);
        });
    }
};
} // namespace

void addChatCommand(CommandRegistry &registry, const ClientSource &client)
{
    // No verb, and the words of the message need no quotes: all of them are joined.
    addClientGroup<ChatCommand>(registry, QStringLiteral("chat"),
                                QStringLiteral("  chat --model M MESSAGE\n"), client,
                                {{"", -1, "", {}, &ChatCommand::chat}});
}

} // namespace ft::cli
