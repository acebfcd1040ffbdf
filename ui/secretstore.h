#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ft::ui {

// Where keys and tokens live: the OS keychain, or this session's memory. Never a file.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(bool found, const QString &secret)>;
    using WriteCallback = std::function<void(bool persisted, const QString &problem)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // Whether secrets outlive the session.
    virtual bool isPersistent() const = 0;
    virtual QString description() const = 0;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key) = 0;
};

} // namespace ft::ui
