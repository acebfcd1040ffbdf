#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace ft::ui {

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

QString KeychainSecretStore::description() const
{
    return m_available ? tr("the system keychain") : m_fallback.description();
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            done(true, job->textData());
            return;
        }
        if (job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError)
            m_available = false;
        m_fallback.read(key, done); // written this session while the keychain was away, or not at all
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            m_available = true;
            if (done)
                done(true, {});
            return;
        }
        m_available = false;
        m_fallback.write(key, secret, {});
        if (done)
            done(false,
                 tr("The keychain could not store the secret (%1); it is kept for this session only.")
                     .arg(job->errorString()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key)
{
    m_fallback.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

} // namespace ft::ui
