#include "importfetcher.h"

#include "core/catalog.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ft::emu {

namespace {
bool inAny(const QHostAddress &a, std::initializer_list<const char *> subnets)
{
    for (const char *s : subnets) {
        if (a.isInSubnet(QHostAddress::parseSubnet(QLatin1String(s))))
            return true;
    }
    return false;
}

// An IPv4 address carried inside an IPv6 one (mapped, NAT64, 6to4), which reaches that IPv4 address.
std::optional<QHostAddress> embeddedIPv4(const QHostAddress &a)
{
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    if (mapped)
        return QHostAddress(v4);
    if (a.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    const Q_IPV6ADDR b = a.toIPv6Address();
    auto at = [&b](int i) {
        return (quint32(b[i]) << 24) | (quint32(b[i + 1]) << 16) | (quint32(b[i + 2]) << 8) | b[i + 3];
    };
    if (inAny(a, {"64:ff9b::/96", "64:ff9b:1::/48"}))
        return QHostAddress(at(12));
    if (inAny(a, {"2002::/16"}))
        return QHostAddress(at(2));
    return std::nullopt;
}

bool isLoopback(const QHostAddress &address)
{
    const QHostAddress a = embeddedIPv4(address).value_or(address);
    return inAny(a, {"127.0.0.0/8", "::1/128"});
}

// Addresses that are not on the public internet: unspecified, "this network", private, shared (CGNAT),
// link-local, unique-local, site-local, multicast, broadcast, reserved, documentation and benchmarking.
bool isInternal(const QHostAddress &a)
{
    return inAny(a, {"0.0.0.0/8",      "10.0.0.0/8",   "100.64.0.0/10",  "169.254.0.0/16", "172.16.0.0/12",
                     "192.0.0.0/24",   "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",  "198.51.100.0/24",
                     "203.0.113.0/24", "224.0.0.0/4",  "240.0.0.0/4",    "::/96",          "100::/64",
                     "2001:db8::/32",  "fc00::/7",     "fe80::/10",      "fec0::/10",      "ff00::/8"});
}

bool isLoopbackName(const QString &host)
{
    QString h = host.toLower();
    while (h.endsWith(u'.'))
        h.chop(1); // "localhost." is the same name
    return h == u"localhost" || h.endsWith(QStringLiteral(".localhost")) || h == u"localhost.localdomain";
}
} // namespace

bool ImportFetcher::addressAllowed(const QHostAddress &address, const ImportPolicy &policy)
{
    if (address.isNull())
        return false;
    QHostAddress a = address;
    a.setScopeId({});
    if (const auto v4 = embeddedIPv4(a))
        a = *v4;
    if (isLoopback(a))
        return policy.allowLoopback;
    return !isInternal(a);
}

std::optional<QString> ImportFetcher::refusal(const QUrl &url, const ImportPolicy &policy)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty())
        return QStringLiteral("The content_url is not a valid URL.");
    const QString onlyHttps = policy.allowLoopback
        ? QStringLiteral("The content_url must be an https URL (or, for tests, an http URL on loopback).")
        : QStringLiteral("The content_url must be an https URL: an Azure Blob SAS URL or a public web "
                         "location.");
    if (scheme != u"https" && !(scheme == u"http" && policy.allowLoopback))
        return onlyHttps;
    const QString host = url.host();
    if (host.isEmpty())
        return QStringLiteral("The content_url has no host.");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("The content_url must not carry a user name or password.");
    const QHostAddress literal(host);
    const bool loopback = literal.isNull() ? isLoopbackName(host) : isLoopback(literal);
    if (scheme == u"http" && !loopback)
        return onlyHttps;
    if (loopback && !policy.allowLoopback)
        return QStringLiteral("The content_url must not point at this machine.");
    if (!literal.isNull() && !addressAllowed(literal, policy))
        return QStringLiteral("The content_url must point at a public internet address.");
    return std::nullopt;
}

ImportFetcher::ImportFetcher(QUrl url, ImportPolicy policy, QNetworkAccessManager *network, Done done,
                             QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_policy(policy)
    , m_network(network)
    , m_done(std::move(done))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the download did not finish within %1 seconds.")
                 .arg(m_policy.timeoutMs / 1000.0));
    });
}

ImportFetcher::~ImportFetcher()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

qint64 ImportFetcher::limit() const
{
    const qint64 serviceLimit = core::Catalog::builtin().maxFileBytes();
    return m_policy.maxBytes > 0 ? std::min(m_policy.maxBytes, serviceLimit) : serviceLimit;
}

void ImportFetcher::start()
{
    m_deadline.start(std::max(1, m_policy.timeoutMs));
    if (auto why = refusal(m_url, m_policy))
        return fail(*why);
    const QHostAddress literal(m_url.host());
    if (!literal.isNull())
        return request(literal);
    m_lookupId = QHostInfo::lookupHost(m_url.host(), this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        onLookedUp(info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
}

void ImportFetcher::onLookedUp(const QList<QHostAddress> &addresses, const QString &lookupError)
{
    if (addresses.isEmpty())
        return fail(QStringLiteral("the host %1 could not be resolved%2")
                        .arg(m_url.host(), lookupError.isEmpty() ? QString() : u": " + lookupError));
    // Every address must pass: one internal address among public ones could be picked on a retry.
    for (const QHostAddress &a : addresses) {
        if (!addressAllowed(a, m_policy))
            return fail(QStringLiteral("the host %1 resolves to an address that is not on the public "
                                       "internet.")
                            .arg(m_url.host()));
    }
    const auto v4 = std::find_if(addresses.begin(), addresses.end(), [](const QHostAddress &a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol;
    });
    request(v4 != addresses.end() ? *v4 : addresses.first());
}

void ImportFetcher::request(const QHostAddress &address)
{
    QUrl target = m_url;
    target.setHost(address.toString());
    QNetworkRequest nr(target);
    QString host = m_url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    if (m_url.port() >= 0)
        host += u':' + QString::number(m_url.port());
    nr.setRawHeader("Host", host.toUtf8());
    nr.setPeerVerifyName(m_url.host());
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // HTTP/2 would send the address, not the name, as :authority (Qt drops a Host header there).
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    nr.setRawHeader("User-Agent", "finetune-emulator/" FT_VERSION);
    // Straight to the checked address: a proxy would resolve the name again, on its own.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_reply = m_network->get(nr);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ImportFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ImportFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ImportFetcher::onFinished);
}

void ImportFetcher::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return fail(QStringLiteral("the server answered with a redirect (HTTP %1), which is not followed.")
                        .arg(status));
    if (status != 0 && (status < 200 || status >= 300))
        return fail(QStringLiteral("the server answered HTTP %1.").arg(status));
    bool ok = false;
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && declared > limit())
        fail(QStringLiteral("the document is %1 bytes; the limit is %2 bytes.").arg(declared).arg(limit()));
}

void ImportFetcher::onReadyRead()
{
    if (!m_reply || m_reported)
        return;
    m_data += m_reply->read(limit() + 1 - m_data.size());
    if (m_data.size() > limit())
        fail(QStringLiteral("the document is larger than the limit of %1 bytes.").arg(limit()));
}

void ImportFetcher::onFinished()
{
    if (!m_reply || m_reported)
        return;
    onReadyRead();
    if (m_reported)
        return;
    onMetaData();
    if (m_reported)
        return;
    if (m_reply->error() != QNetworkReply::NoError)
        return fail(m_reply->errorString());
    report(m_data, {});
}

void ImportFetcher::fail(const QString &why)
{
    report({}, QStringLiteral("fileImportFailed: ") + why);
}

void ImportFetcher::report(const QByteArray &data, const QString &failure)
{
    if (m_reported)
        return;
    m_reported = true;
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    const Done done = std::move(m_done);
    deleteLater();
    if (done)
        done(data, failure);
}

} // namespace ft::emu
