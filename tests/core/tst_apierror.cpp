// ApiError reads the error bodies of every service of the contract.

#include "core/apierror.h"
#include "datatable.h"

#include <QTest>

using namespace ft::core;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void toString_namesCodeStatusAndRequest();
};

void TestApiError::shapes_data()
{
    ft::test::addColumns<int, QByteArray, QString, QString, QString>("status", "body", "message", "code",
                                                                     "param");
    QTest::newRow("openai") << 400
                            << QByteArray(
                                   R"({"error":{"message":"Invalid 'seed'","type":"invalid_request_error",
                                "param":"seed","code":null}})")
                            << QStringLiteral("Invalid 'seed'") << QString() << QStringLiteral("seed");
    QTest::newRow("azure classic")
        << 400
        << QByteArray(
               R"({"error":{"code":"invalidPayload","message":"The specified base model does not support fine-tuning.","target":"model","details":[{"code":"x","message":"more"}],
                                       "innererror":{"code":"invalidPayload"}}})")
        << QStringLiteral("The specified base model does not support fine-tuning.")
        << QStringLiteral("invalidPayload") << QStringLiteral("model");
    QTest::newRow("arm") << 404 << QByteArray(R"({"error":{"code":"DeploymentNotFound","message":"Gone."}})")
                         << QStringLiteral("Gone.") << QStringLiteral("DeploymentNotFound") << QString();
    QTest::newRow("azure 401 numeric code")
        << 401 << QByteArray(R"({"error":{"code":401,"message":"Access denied"}})")
        << QStringLiteral("Access denied") << QStringLiteral("401") << QString();
    QTest::newRow("apim gateway") << 429
                                  << QByteArray(R"({"statusCode":429,"message":"Rate limit is exceeded."})")
                                  << QStringLiteral("Rate limit is exceeded.") << QStringLiteral("429")
                                  << QString();
    QTest::newRow("html") << 502 << QByteArray("<html>Bad gateway</html>")
                          << QStringLiteral("HTTP 502 Bad Gateway") << QString() << QString();
    QTest::newRow("plain text") << 500 << QByteArray("upstream exploded")
                                << QStringLiteral("upstream exploded") << QString() << QString();
    QTest::newRow("empty") << 503 << QByteArray() << QStringLiteral("HTTP 503 Service Unavailable")
                           << QString() << QString();
}

void TestApiError::shapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(QString, param);
    const ApiError e = ApiError::fromHttp(status, body, QStringLiteral("req-1"));
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.message, message);
    QCOMPARE(e.code, code);
    QCOMPARE(e.param, param);
    QCOMPARE(e.requestId, QStringLiteral("req-1"));
}

void TestApiError::toString_namesCodeStatusAndRequest()
{
    const ApiError e = ApiError::fromHttp(
        400, R"({"error":{"code":"invalidPayload","message":"Bad suffix"}})", QStringLiteral("abc"));
    QCOMPARE(e.toString(), QStringLiteral("Bad suffix (invalidPayload, HTTP 400) [request id abc]"));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
