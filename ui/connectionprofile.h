#pragma once

#include "api/connection.h"

#include <QList>
#include <QString>

class QSettings;

namespace ft::ui {

// A named connection as the Connections dialog keeps it. Secrets are not here: they live in the
// SecretStore under secretKey() and armTokenKey().
struct ConnectionProfile
{
    enum class Source { Saved, LocalEmulator, Environment };

    QString id;
    QString name;
    Source source = Source::Saved;
    api::ServiceKind kind = api::ServiceKind::AzureV1;
    QUrl endpoint;
    QString apiVersion;
    api::Connection::Auth auth = api::Connection::Auth::ApiKey;
    QUrl armEndpoint = QUrl(QStringLiteral("https://management.azure.com"));
    QString armSubscription;
    QString armResourceGroup;
    QString armAccount;

    bool isLocalEmulator() const { return source == Source::LocalEmulator; }
    QString secretKey() const { return QStringLiteral("profile/%1/key").arg(id); }
    QString armTokenKey() const { return QStringLiteral("profile/%1/arm-token").arg(id); }
    QString kindLabel() const;
    // The connection with its secrets filled in by the caller.
    api::Connection connection(const QString &secret, const QString &armToken) const;
    // Why it cannot be used as it is, in words; empty when fine.
    QString problem() const;

    static QString newId();
};

// Saved profiles in QSettings (never their secrets).
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);
    QList<ConnectionProfile> load() const;
    void save(const QList<ConnectionProfile> &profiles);
    QString currentId() const;
    void setCurrentId(const QString &id);

private:
    QSettings &m_settings;
};

} // namespace ft::ui
