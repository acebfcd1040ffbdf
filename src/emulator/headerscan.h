#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

struct MHD_Connection;

namespace ft::emu {

// What the first look at a request's headers finds, and what in it a real front end refuses before
// the request goes anywhere: too many or too large headers, more than one Content-Length,
// Transfer-Encoding together with Content-Length or other than chunked, not exactly one Host, and a
// Host that is not this server's loopback name (a page that rebound its DNS to us).
class HeaderScan final
{
public:
    struct Refusal
    {
        int status = 400;
        QString message;
    };

    // The header fields of a connection's current request.
    static HeaderScan of(MHD_Connection *connection);
    // One header field as it arrives.
    void add(QByteArrayView name, QByteArrayView value);

    std::optional<Refusal> refusal(int maxHeaders, int maxHeaderBytes, quint16 port) const;
    // 127.0.0.1, localhost, [::1] and names under .localhost (RFC 6761: always loopback), with this
    // server's port or none.
    static bool hostAllowed(QByteArrayView host, quint16 port);

    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case

private:
    int m_count = 0;
    qint64 m_bytes = 0;
    int m_contentLengths = 0;
    int m_transferEncodings = 0;
    int m_hosts = 0;
    QByteArray m_transferEncoding;
    QByteArray m_host;
};

} // namespace ft::emu
