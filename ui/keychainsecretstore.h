#pragma once

#include "memorysecretstore.h"
#include "secretstore.h"

namespace ft::ui {

// The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store). When the keychain cannot be reached the secret is kept in session memory and the caller is
// told so; the insecure plain-text fallback of QtKeychain is never used.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    bool isPersistent() const override { return m_available; }
    QString description() const override;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key) override;

private:
    QString m_service;
    bool m_available = true; // until the keychain says otherwise
    MemorySecretStore m_fallback;
};

} // namespace ft::ui
