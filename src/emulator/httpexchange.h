#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <nlohmann/json_fwd.hpp>

namespace ft::emu {

// The service surfaces the emulator answers on, each with its own paths, status codes and error shape.
enum class Surface { OpenAI, AzureV1, AzureClassic, Arm };

bool isAzure(Surface s);

// A request as the handlers see it: the path split into segments after the surface prefix.
struct HttpRequest
{
    QByteArray method;
    QString path; // full path as sent, still percent-encoded, e.g. /openai/v1/files/file-1
    QStringList segments; // after the prefix, e.g. {"files", "file-1"}
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body; // the whole body, unless it was large enough to be kept on disk
    // A large body (above the front's in-memory threshold) waits in this file instead of `body`;
    // the front removes it when the exchange ends.
    QString bodyFile;
    qint64 bodySize = 0;
    Surface surface = Surface::OpenAI;
    QString baseUrl; // scheme://host:port plus the surface prefix, for Location headers

    QByteArray header(const QByteArray &lowerName) const;
    QString queryValue(const QString &key) const;
};

struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";
    QByteArray body;
    QString bodyFile; // when set, the answer's body is this file, streamed (a download)
    QByteArray logNote; // appended to the request's log line (e.g. an injected fault)

    static HttpReply json(int status, const nlohmann::ordered_json &body);
    static HttpReply empty(int status);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

// Error bodies in the shape of each surface: OpenAI/v1 {message,type,param,code}, Azure classic
// {code,message,target,details,innererror}, ARM {code,message,target,details}.
struct ErrorSpec
{
    int status = 400;
    QString code; // OpenAI code / Azure code (classic falls back to a code of its enum)
    QString message;
    QString param;
    QString type = QStringLiteral("invalid_request_error");
    QString classicCode; // Azure classic ErrorCode enum value, when it differs from `code`
};

HttpReply errorReply(Surface surface, const ErrorSpec &spec);

// Text a client sent, fit for a log line: bytes outside printable ASCII (and the backslash) as \xNN, so
// it can neither forge a line nor hide one from a terminal.
QString logSafe(QByteArrayView text);

// Common errors, worded as the services word them.
ErrorSpec notFound(Surface surface, const QString &what, const QString &id);
ErrorSpec invalid(const QString &message, const QString &param = {}, const QString &code = {});
ErrorSpec invalidState(const QString &message);
// The service could not keep what it was given (a full disk): a 5xx, never a 2xx for unsaved data.
ErrorSpec storageError();

} // namespace ft::emu
