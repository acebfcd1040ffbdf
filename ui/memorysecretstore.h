#pragma once

#include "secretstore.h"

#include <QHash>

namespace ft::ui {

// Secrets for this session only: when no keychain service runs.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;

    bool isPersistent() const override { return false; }
    QString description() const override;
    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace ft::ui
