#include "memorysecretstore.h"

namespace ft::ui {

QString MemorySecretStore::description() const
{
    return tr("this session only (no keychain service is running)");
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    done(it != m_secrets.constEnd(), it != m_secrets.constEnd() ? *it : QString());
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    m_secrets.insert(key, secret);
    if (done)
        done(false, tr("No keychain service is running: the secret is kept for this session only."));
}

void MemorySecretStore::remove(const QString &key)
{
    m_secrets.remove(key);
}

} // namespace ft::ui
