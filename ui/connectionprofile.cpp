#include "connectionprofile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace ft::ui {

QString ConnectionProfile::kindLabel() const
{
    if (isLocalEmulator())
        return QCoreApplication::translate("ConnectionProfile", "Local emulator");
    switch (kind) {
    case api::ServiceKind::AzureV1:
        return QCoreApplication::translate("ConnectionProfile", "Azure OpenAI (v1 API)");
    case api::ServiceKind::AzureClassic:
        return QCoreApplication::translate("ConnectionProfile", "Azure OpenAI (classic API %1)")
            .arg(apiVersion.isEmpty() ? QString::fromLatin1(api::Connection::kDefaultClassicApiVersion)
                                      : apiVersion);
    case api::ServiceKind::OpenAI:
        return QCoreApplication::translate("ConnectionProfile", "OpenAI");
    }
    return {};
}

api::Connection ConnectionProfile::connection(const QString &secret, const QString &armToken) const
{
    api::Connection c;
    c.kind = kind;
    c.endpoint = endpoint;
    c.apiVersion = apiVersion;
    c.auth = auth;
    c.secret = secret;
    c.arm.endpoint = armEndpoint;
    c.arm.subscription = armSubscription;
    c.arm.resourceGroup = armResourceGroup;
    c.arm.account = armAccount;
    c.arm.token = armToken;
    return c;
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Give the connection a name.");
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return QCoreApplication::translate(
            "ConnectionProfile", "Enter the endpoint, for example https://my-resource.openai.azure.com.");
    const bool loopback =
        endpoint.host() == u"127.0.0.1" || endpoint.host() == u"localhost" || endpoint.host() == u"::1";
    if (endpoint.scheme() != u"https" && !(endpoint.scheme() == u"http" && loopback))
        return QCoreApplication::translate(
            "ConnectionProfile",
            "The endpoint must use https:// (plain http:// is allowed on this computer only).");
    return {};
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{ }

QList<ConnectionProfile> ProfileStore::load() const
{
    QList<ConnectionProfile> out;
    const int n = m_settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings.value(QStringLiteral("id")).toString();
        p.name = m_settings.value(QStringLiteral("name")).toString();
        api::serviceKindFromName(m_settings.value(QStringLiteral("kind")).toString(), &p.kind);
        p.endpoint = QUrl(m_settings.value(QStringLiteral("endpoint")).toString());
        p.apiVersion = m_settings.value(QStringLiteral("apiVersion")).toString();
        p.auth = m_settings.value(QStringLiteral("auth")).toString() == u"bearer"
            ? api::Connection::Auth::BearerToken
            : api::Connection::Auth::ApiKey;
        p.armEndpoint =
            QUrl(m_settings.value(QStringLiteral("armEndpoint"), p.armEndpoint.toString()).toString());
        p.armSubscription = m_settings.value(QStringLiteral("armSubscription")).toString();
        p.armResourceGroup = m_settings.value(QStringLiteral("armResourceGroup")).toString();
        p.armAccount = m_settings.value(QStringLiteral("armAccount")).toString();
        if (!p.id.isEmpty())
            out << p;
    }
    m_settings.endArray();
    return out;
}

void ProfileStore::save(const QList<ConnectionProfile> &profiles)
{
    m_settings.remove(QStringLiteral("connections"));
    m_settings.beginWriteArray(QStringLiteral("connections"));
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.source != ConnectionProfile::Source::Saved)
            continue;
        m_settings.setArrayIndex(i++);
        m_settings.setValue(QStringLiteral("id"), p.id);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("kind"), api::serviceKindName(p.kind));
        m_settings.setValue(QStringLiteral("endpoint"), p.endpoint.toString());
        m_settings.setValue(QStringLiteral("apiVersion"), p.apiVersion);
        m_settings.setValue(QStringLiteral("auth"),
                            p.auth == api::Connection::Auth::BearerToken ? QStringLiteral("bearer")
                                                                         : QStringLiteral("api-key"));
        m_settings.setValue(QStringLiteral("armEndpoint"), p.armEndpoint.toString());
        m_settings.setValue(QStringLiteral("armSubscription"), p.armSubscription);
        m_settings.setValue(QStringLiteral("armResourceGroup"), p.armResourceGroup);
        m_settings.setValue(QStringLiteral("armAccount"), p.armAccount);
    }
    m_settings.endArray();
    m_settings.sync();
}

QString ProfileStore::currentId() const
{
    return m_settings.value(QStringLiteral("currentConnection")).toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    m_settings.setValue(QStringLiteral("currentConnection"), id);
}

} // namespace ft::ui
