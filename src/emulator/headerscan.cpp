#include "headerscan.h"

#include "httpexchange.h"

#include <microhttpd.h>

namespace ft::emu {

namespace {
MHD_Result scanHeader(void *cls, MHD_ValueKind, const char *key, size_t keySize, const char *value,
                      size_t valueSize)
{
    static_cast<HeaderScan *>(cls)->add(QByteArrayView(key, qsizetype(keySize)),
                                        value ? QByteArrayView(value, qsizetype(valueSize))
                                              : QByteArrayView());
    return MHD_YES;
}

bool validLoopbackName(const QByteArray &name)
{
    if (name == "127.0.0.1" || name == "localhost" || name == "[::1]")
        return true;
    if (!name.endsWith(".localhost") || name.size() > 253)
        return false;
    for (const char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            return false;
    }
    return !name.contains("..") && !name.startsWith('.');
}
} // namespace

HeaderScan HeaderScan::of(MHD_Connection *connection)
{
    HeaderScan scan;
    MHD_get_connection_values_n(connection, MHD_HEADER_KIND, &scanHeader, &scan);
    return scan;
}

void HeaderScan::add(QByteArrayView key, QByteArrayView value)
{
    ++m_count;
    m_bytes += qint64(key.size() + value.size() + 4);
    const QByteArray name = key.toByteArray().toLower();
    const QByteArray text = value.toByteArray();
    if (name == "content-length") {
        ++m_contentLengths;
    } else if (name == "transfer-encoding") {
        ++m_transferEncodings;
        m_transferEncoding = text.trimmed().toLower();
    } else if (name == "host") {
        ++m_hosts;
        m_host = text.trimmed();
    }
    if (headers.size() <= 1000)
        headers.append({name, text});
}

std::optional<HeaderScan::Refusal> HeaderScan::refusal(int maxHeaders, int maxHeaderBytes, quint16 port) const
{
    if (m_count > maxHeaders || m_bytes > maxHeaderBytes)
        return Refusal{
            431,
            QStringLiteral("The request has %1 header fields of %2 bytes; the limits are %3 and %4.")
                .arg(m_count)
                .arg(m_bytes)
                .arg(maxHeaders)
                .arg(maxHeaderBytes)};
    if (m_contentLengths > 1)
        return Refusal{400, QStringLiteral("The request has more than one Content-Length.")};
    if (m_transferEncodings > 0 && m_contentLengths > 0)
        return Refusal{400, QStringLiteral("The request has both Transfer-Encoding and Content-Length.")};
    if (m_transferEncodings > 1 || (m_transferEncodings == 1 && m_transferEncoding != "chunked"))
        return Refusal{501, QStringLiteral("Only the chunked transfer coding is supported.")};
    if (m_hosts != 1)
        return Refusal{400, QStringLiteral("The request must have exactly one Host header.")};
    if (!hostAllowed(m_host, port))
        return Refusal{421,
                       QStringLiteral("This server answers only to its own loopback address (Host %1).")
                           .arg(logSafe(m_host))};
    return std::nullopt;
}

bool HeaderScan::hostAllowed(QByteArrayView host, quint16 port)
{
    // A name from anywhere else means a page that rebound its DNS to us.
    QByteArray name = host.toByteArray().toLower();
    QByteArray portText;
    bool hasPort = false;
    if (name.startsWith('[')) {
        const qsizetype close = name.indexOf(']');
        if (close < 0)
            return false;
        const QByteArray rest = name.mid(close + 1);
        name = name.left(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return false;
            hasPort = true;
            portText = rest.mid(1);
        }
    } else if (const qsizetype colon = name.lastIndexOf(':'); colon >= 0) {
        hasPort = true;
        portText = name.mid(colon + 1);
        name = name.left(colon);
    }
    if (hasPort) {
        bool ok = false;
        if (portText.toUInt(&ok) != port || !ok)
            return false;
    }
    return validLoopbackName(name);
}

} // namespace ft::emu
