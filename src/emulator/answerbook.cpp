#include "answerbook.h"

#include "core/jsonutil.h"

#include <QFile>
#include <QRegularExpression>

namespace ft::emu {

namespace js = core::js;

namespace {
QString textOf(const js::Json &content)
{
    if (content.is_string())
        return js::toQ(content);
    QString out;
    if (content.is_array()) {
        for (const auto &part : content)
            out += js::str(part, "text") + u' ';
    }
    return out.trimmed();
}

QString lastUserText(const js::Json &messages)
{
    QString out;
    if (!messages.is_array())
        return out;
    for (const auto &m : messages) {
        if (js::str(m, "role") == u"user") {
            if (const auto *c = js::find(m, "content"))
                out = textOf(*c);
        }
    }
    return out;
}

QString firstAssistantText(const js::Json &messages, bool afterLastUser)
{
    if (!messages.is_array())
        return {};
    qsizetype start = 0;
    if (afterLastUser) {
        for (size_t i = 0; i < messages.size(); ++i)
            if (js::str(messages[i], "role") == u"user")
                start = qsizetype(i);
    }
    for (size_t i = size_t(start); i < messages.size(); ++i) {
        const auto &m = messages[i];
        if (js::str(m, "role") == u"assistant" && js::optInt(m, "weight").value_or(1) != 0) {
            if (const auto *c = js::find(m, "content"))
                return textOf(*c);
        }
    }
    return {};
}
} // namespace

QSet<QString> AnswerBook::wordsOf(const QString &text)
{
    static const QRegularExpression splitter(QStringLiteral("[^\\w]+"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> out;
    // Words of one or two letters ("a", "is", "of") match everything; they say nothing of the topic.
    for (const QString &w : text.toLower().split(splitter, Qt::SkipEmptyParts))
        if (w.size() >= 3)
            out.insert(w);
    return out;
}

AnswerBook AnswerBook::fromFile(const QString &path, const QString &method, const QString &answerKey,
                                int maxExamples)
{
    AnswerBook book;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return book;
    while (!f.atEnd() && book.m_entries.size() < maxExamples) {
        const QByteArray line = f.readLine();
        js::Json v;
        if (!js::parse(line, v) || !v.is_object())
            continue;
        QString prompt;
        QString answer;
        if (method == u"dpo") {
            if (const auto *input = js::find(v, "input"))
                if (const auto *msgs = js::find(*input, "messages"))
                    prompt = lastUserText(*msgs);
            if (const auto *pref = js::find(v, "preferred_output"))
                answer = firstAssistantText(*pref, false);
        } else if (const auto *msgs = js::find(v, "messages")) {
            prompt = lastUserText(*msgs);
            if (method == u"reinforcement") {
                if (const auto *a = js::find(v, js::s(answerKey)))
                    answer = a->is_string() ? js::toQ(*a) : QString::fromStdString(a->dump());
            } else {
                answer = firstAssistantText(*msgs, true);
            }
        }
        if (!prompt.isEmpty() && !answer.isEmpty())
            book.m_entries.append({wordsOf(prompt), answer});
    }
    return book;
}

QString AnswerBook::answer(const QString &prompt) const
{
    const QSet<QString> words = wordsOf(prompt);
    double best = 0;
    const Entry *bestEntry = nullptr;
    for (const Entry &e : m_entries) {
        qsizetype common = 0;
        for (const QString &w : words)
            if (e.words.contains(w))
                ++common;
        const qsizetype unionSize = words.size() + e.words.size() - common;
        const double score = unionSize > 0 ? double(common) / double(unionSize) : 0;
        if (score > best) {
            best = score;
            bestEntry = &e;
        }
    }
    // Below this share of common words the closest example is about something else: replaying its answer
    // would be off topic, so there is none.
    constexpr double kMinSimilarity = 0.2;
    return bestEntry && best >= kMinSimilarity ? bestEntry->answer : QString();
}

} // namespace ft::emu
