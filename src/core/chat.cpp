#include "chat.h"

#include "jsonfields.h"

namespace ft::core {

namespace {
QString contentText(const js::Json &content)
{
    if (content.is_string())
        return js::toQ(content);
    QString out;
    if (content.is_array()) {
        for (const auto &part : content) {
            if (js::str(part, "type") == u"text")
                out += js::str(part, "text");
        }
    }
    return out;
}

// The completion's own fields; its choices and usage are read and written by hand.
constexpr js::Field<ChatCompletion> kCompletionFields[] = {
    {"id", &ChatCompletion::id},
    {"object", &ChatCompletion::object},
    {"created", &ChatCompletion::created},
    {"model", &ChatCompletion::model},
};
} // namespace

ChatRequest ChatRequest::fromJson(const nlohmann::ordered_json &v)
{
    ChatRequest r;
    r.model = js::str(v, "model");
    if (const auto *msgs = js::find(v, "messages"); msgs && msgs->is_array()) {
        for (const auto &m : *msgs) {
            const js::Json *c = js::find(m, "content");
            r.messages.append({js::str(m, "role"), c ? contentText(*c) : QString()});
        }
    }
    r.temperature = js::optNum(v, "temperature");
    r.maxTokens = js::optInt(v, "max_tokens");
    if (!r.maxTokens)
        r.maxTokens = js::optInt(v, "max_completion_tokens");
    return r;
}

nlohmann::ordered_json ChatRequest::toJson() const
{
    js::Json msgs = js::Json::array();
    for (const auto &m : messages)
        msgs.push_back(js::Json{{"role", js::s(m.role)}, {"content", js::s(m.content)}});
    js::Json o{{"model", js::s(model)}, {"messages", msgs}};
    if (temperature)
        o["temperature"] = *temperature;
    if (maxTokens)
        o["max_tokens"] = *maxTokens;
    return o;
}

ChatCompletion ChatCompletion::fromJson(const nlohmann::ordered_json &v)
{
    ChatCompletion c;
    js::readFields(v, c, kCompletionFields);
    if (const auto *choices = js::find(v, "choices"); choices && choices->is_array() && !choices->empty()) {
        const auto &first = choices->front();
        if (const auto *msg = js::find(first, "message")) {
            if (const auto *content = js::find(*msg, "content"))
                c.content = contentText(*content);
        }
        c.finishReason = js::str(first, "finish_reason");
    }
    if (const auto *u = js::find(v, "usage"); u && u->is_object()) {
        c.usage.promptTokens = js::int64(*u, "prompt_tokens");
        c.usage.completionTokens = js::int64(*u, "completion_tokens");
        c.usage.totalTokens = js::int64(*u, "total_tokens");
    }
    c.extra = js::extrasBesides(v, kCompletionFields, {"usage"});
    return c;
}

nlohmann::ordered_json ChatCompletion::toJson() const
{
    js::Json o = js::fieldsJson(*this, kCompletionFields);
    js::mergeExtras(o, extra); // a parsed completion keeps its own choices
    if (!o.contains("choices")) {
        js::Json message{{"role", "assistant"}, {"content", js::s(content)}, {"refusal", nullptr}};
        js::Json choice{{"index", 0},
                        {"message", message},
                        {"logprobs", nullptr},
                        {"finish_reason", js::s(finishReason)}};
        o["choices"] = js::Json::array({choice});
    }
    o["usage"] = js::Json{{"prompt_tokens", usage.promptTokens},
                          {"completion_tokens", usage.completionTokens},
                          {"total_tokens", usage.totalTokens}};
    return o;
}

} // namespace ft::core
