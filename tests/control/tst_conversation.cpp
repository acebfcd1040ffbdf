// A conversation against the real emulator (OpenAI surface: a catalog model answers): each message is
// sent with the turns before it and the answer joins them; a model the service does not know is a typed
// error; clearing starts over.

#include "controlfixture.h"
#include "waiting.h"

#include "control/conversation.h"
#include "control/session.h"

#include <QSignalSpy>
#include <QTest>

using namespace ft;
using control::Conversation;
using test::waitUntil;

class TestConversation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void send_addsTheTurnsAndTheAnswer();
    void unknownModel_isATypedError();

private:
    test::ControlFixture m_fx;
    control::Session m_openai;
};

void TestConversation::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(50, {}, &error), qPrintable(error));
    m_openai.setConnection(m_fx.connection(false, api::ServiceKind::OpenAI));
}

void TestConversation::send_addsTheTurnsAndTheAnswer()
{
    Conversation c(m_openai);
    QSignalSpy answered(&c, &Conversation::answered);
    const Conversation::Settings settings{QStringLiteral("You answer briefly."), 0.2, 200};
    c.send(QStringLiteral("gpt-4.1-mini-2025-04-14"), QStringLiteral("What is fine-tuning?"), settings);
    QVERIFY(waitUntil([&] { return answered.count() == 1; }));
    const auto first = answered.first().at(0).value<core::ChatCompletion>();
    QVERIFY(!first.content.isEmpty());
    QVERIFY(first.usage.totalTokens > 0);
    QCOMPARE(c.lastAnswer(), first.content);
    QCOMPARE(c.turns().size(), 2);
    QCOMPARE(c.turns().at(0).role, QStringLiteral("user"));
    QCOMPARE(c.turns().at(1).role, QStringLiteral("assistant"));

    c.send(QStringLiteral("gpt-4.1-mini-2025-04-14"), QStringLiteral("And why?"), settings);
    QVERIFY(waitUntil([&] { return answered.count() == 2; }));
    QCOMPARE(c.turns().size(), 4);
    // The second request carried the whole conversation: its prompt counts more tokens than the first.
    QVERIFY(answered.last().at(0).value<core::ChatCompletion>().usage.promptTokens
            > first.usage.promptTokens);
    c.clear();
    QVERIFY(c.turns().isEmpty());
    QVERIFY(c.lastAnswer().isEmpty());
}

void TestConversation::unknownModel_isATypedError()
{
    Conversation c(m_openai);
    QSignalSpy failed(&c, &Conversation::failed);
    c.send(QStringLiteral("no-such-model"), QStringLiteral("Hello?"), {});
    QVERIFY(waitUntil([&] { return failed.count() == 1; }));
    const auto e = failed.first().at(0).value<core::ApiError>();
    QCOMPARE(e.kind, core::ApiError::Kind::Http);
    QCOMPARE(e.httpStatus, 404);
    QCOMPARE(e.code, QStringLiteral("model_not_found"));
    QVERIFY(c.lastAnswer().isEmpty());
}

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
