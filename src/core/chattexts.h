#pragma once

// The texts of chat messages as the OpenAI cookbook counts them, without counting them: for each
// message 3 tokens plus every string field's value, 1 more for a `name`, the text parts of array
// content; 3 for the reply priming. Callers tokenize the texts (once, wherever they like).

#include "jsonutil.h"

#include <optional>
#include <string_view>

namespace ft::core {

// `sink(text, counted, trained)` receives each text: `counted` when the cookbook counts it, `trained`
// when `isTrained(message)` and it is what the model learns to write (content, tool-call names and
// arguments). Returns the constant tokens, or nothing when `messages` is not an array of objects.
template<typename IsTrained, typename Sink>
std::optional<qint64> collectChatTexts(const js::Json &messages, bool priming, IsTrained isTrained, Sink sink)
{
    if (!messages.is_array())
        return std::nullopt;
    qint64 constant = priming ? 3 : 0;
    for (const js::Json &message : messages) {
        if (!message.is_object())
            return std::nullopt;
        constant += 3;
        const bool trained = isTrained(message);
        for (auto it = message.begin(); it != message.end(); ++it) {
            const js::Json &value = it.value();
            if (value.is_string()) {
                if (it.key() == "name")
                    constant += 1;
                sink(std::string_view(value.get_ref<const std::string &>()), true,
                     trained && it.key() == "content");
            } else if (it.key() == "content" && value.is_array()) {
                for (const js::Json &part : value) {
                    const js::Json *text = js::find(part, "text");
                    const js::Json *type = js::find(part, "type");
                    if (text && text->is_string() && (!type || *type == "text"))
                        sink(std::string_view(text->get_ref<const std::string &>()), true, trained);
                }
            } else if (trained && it.key() == "tool_calls" && value.is_array()) {
                for (const js::Json &call : value) {
                    const js::Json *fn = js::find(call, "function");
                    for (const char *key : {"name", "arguments"}) {
                        const js::Json *v = fn ? js::find(*fn, key) : nullptr;
                        if (v && v->is_string())
                            sink(std::string_view(v->get_ref<const std::string &>()), false, true);
                    }
                }
            }
        }
    }
    return constant;
}

} // namespace ft::core
