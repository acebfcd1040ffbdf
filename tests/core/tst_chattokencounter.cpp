// The chat counter gives the prompt tokens of a conversation as the OpenAI cookbook counts them.

#include "core/tokenizer/chattokencounter.h"
#include "core/tokenizer/tokenizer.h"
#include "datatable.h"

#include <QTest>

using namespace ft::core;

namespace {
const Tokenizer &tokenizer(const QString &encoding)
{
    const Tokenizer *t = Tokenizer::forEncoding(encoding);
    if (!t)
        qFatal("no tokenizer for %s", qUtf8Printable(encoding));
    return *t;
}
} // namespace

class TestChatTokenCounter : public QObject
{
    Q_OBJECT

private slots:
    void chatCounter_followsTheCookbookForAHandCheckedConversation();
    void chatCounter_givesTheCookbooksPublishedCounts_data();
    void chatCounter_givesTheCookbooksPublishedCounts();
    void chatCounter_nameAddsOneTokenPlusItsText();
    void chatCounter_countsJsonMessagesLikeTheStructs();
    void chatCounter_countsTheTextPartsOfArrayContent();
    void chatCounter_rejectsWhatIsNotAListOfMessages();
};

void TestChatTokenCounter::chatCounter_followsTheCookbookForAHandCheckedConversation()
{
    // Per message 3 + role + content; plus 3 for the reply.
    //   o200k_base: "system" 1, "You are a helpful assistant." 6, "user" 1, "Hello!" 2
    //   => (3 + 1 + 6) + (3 + 1 + 2) + 3 = 19
    const ChatTokenCounter counter(tokenizer(QStringLiteral("o200k_base")));
    const QList<ChatTokenCounter::Message> messages = {
        {QStringLiteral("system"), QStringLiteral("You are a helpful assistant."), {}, std::nullopt},
        {QStringLiteral("user"), QStringLiteral("Hello!"), {}, std::nullopt},
    };
    QCOMPARE(counter.countMessage(messages[0]), 10);
    QCOMPARE(counter.countMessage(messages[1]), 6);
    QCOMPARE(counter.countMessages(messages), 19);
    QCOMPARE(counter.countMessages({}), 3);
}

void TestChatTokenCounter::chatCounter_givesTheCookbooksPublishedCounts_data()
{
    ft::test::addColumns<QString, qint64>("encoding", "prompt");
    // "How to count tokens with tiktoken" (OpenAI cookbook): 129 prompt tokens for gpt-3.5-turbo and gpt-4,
    // 124 for gpt-4o and gpt-4o-mini, as num_tokens_from_messages() and the API's usage both say.
    QTest::newRow("cl100k_base (gpt-4)") << QStringLiteral("cl100k_base") << qint64(129);
    QTest::newRow("o200k_base (gpt-4o)") << QStringLiteral("o200k_base") << qint64(124);
}

void TestChatTokenCounter::chatCounter_givesTheCookbooksPublishedCounts()
{
    QFETCH(QString, encoding);
    QFETCH(qint64, prompt);
    const QByteArray messages = R"([
        {"role": "system", "content": "You are a helpful, pattern-following assistant that translates corporate jargon into plain English."},
        {"role": "system", "name": "example_user", "content": "New synergies will help drive top-line growth."},
        {"role": "system", "name": "example_assistant", "content": "Things working well together will increase revenue."},
        {"role": "system", "name": "example_user", "content": "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage."},
        {"role": "system", "name": "example_assistant", "content": "Let's talk later when we're less busy about how to do better."},
        {"role": "user", "content": "This late pivot means we don't have time to boil the ocean for the client deliverable."}])";
    const ChatTokenCounter counter(tokenizer(encoding));
    QCOMPARE(counter.countJson(messages), std::optional<qint64>(prompt));
}

void TestChatTokenCounter::chatCounter_nameAddsOneTokenPlusItsText()
{
    const ChatTokenCounter counter(tokenizer(QStringLiteral("o200k_base")));
    ChatTokenCounter::Message message{QStringLiteral("user"), QStringLiteral("Hello!"), {}, std::nullopt};
    const qint64 without = counter.countMessage(message);
    message.name = QStringLiteral("example_user"); // "example_user" is 2 tokens in o200k_base
    QCOMPARE(counter.countMessage(message), without + 1 + 2);
    message.name = QString(); // present but empty: still the 1
    QCOMPARE(counter.countMessage(message), without + 1);
}

void TestChatTokenCounter::chatCounter_countsJsonMessagesLikeTheStructs()
{
    for (const QString &encoding : Tokenizer::encodingNames()) {
        const ChatTokenCounter counter(tokenizer(encoding));
        const QList<ChatTokenCounter::Message> messages = {
            {QStringLiteral("system"), QStringLiteral("You are terse."), {}, std::nullopt},
            {QStringLiteral("user"), QStringLiteral("Name three colours."), {}, QStringLiteral("ann")},
            {QStringLiteral("assistant"), QStringLiteral("Red, green, blue."), {}, std::nullopt},
        };
        const QByteArray line = R"({"messages": [{"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Name three colours.", "name": "ann"},
            {"role": "assistant", "content": "Red, green, blue.", "weight": 1}]})";
        QString error;
        const std::optional<qint64> fromJson = counter.countJson(line, &error);
        QVERIFY2(fromJson, qPrintable(error));
        QCOMPARE(*fromJson, counter.countMessages(messages));
        // A bare array of messages counts the same.
        const QByteArray array = R"([{"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Name three colours.", "name": "ann"},
            {"role": "assistant", "content": "Red, green, blue."}])";
        QCOMPARE(counter.countJson(array), fromJson);
    }
}

void TestChatTokenCounter::chatCounter_countsTheTextPartsOfArrayContent()
{
    const Tokenizer &t = tokenizer(QStringLiteral("cl100k_base"));
    const ChatTokenCounter counter(t);
    const QByteArray json = R"([{"role": "user", "content": [
        {"type": "text", "text": "What is in this image?"},
        {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
        {"type": "text", "text": " Be brief."}]}])";
    const qint64 expected = 3 + t.count(QByteArrayView("user"))
        + t.count(QByteArrayView("What is in this image?")) + t.count(QByteArrayView(" Be brief.")) + 3;
    QCOMPARE(counter.countJson(json), std::optional<qint64>(expected));
    const ChatTokenCounter::Message message{
        QStringLiteral("user"),
        QString(),
        {QStringLiteral("What is in this image?"), QStringLiteral(" Be brief.")},
        std::nullopt};
    QCOMPARE(counter.countMessages({message}), expected);
}

void TestChatTokenCounter::chatCounter_rejectsWhatIsNotAListOfMessages()
{
    const ChatTokenCounter counter(tokenizer(QStringLiteral("o200k_base")));
    QString error;
    QCOMPARE(counter.countJson(QByteArrayView("{not json"), &error), std::nullopt);
    QVERIFY(!error.isEmpty());
    QCOMPARE(counter.countJson(QByteArrayView(R"({"prompt": "x"})")), std::nullopt);
    QCOMPARE(counter.countJson(QByteArrayView(R"({"messages": "x"})")), std::nullopt);
    QCOMPARE(counter.countJson(QByteArrayView(R"([1, 2])")), std::nullopt);
    QCOMPARE(counter.countJson(QByteArrayView("[]")), std::optional<qint64>(3));
}

QTEST_GUILESS_MAIN(TestChatTokenCounter)
#include "tst_chattokencounter.moc"
