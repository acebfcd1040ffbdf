#include "emulatorconnection.h"

namespace ft::test {

api::ArmTarget armTarget(const QString &subscription, const QString &resourceGroup, const QString &account,
                         const QString &token)
{
    api::ArmTarget arm;
    arm.subscription = subscription;
    arm.resourceGroup = resourceGroup;
    arm.account = account;
    arm.token = token;
    return arm;
}

api::Connection emulatorConnection(const QUrl &url, api::ServiceKind kind, const QString &key,
                                   api::ArmTarget arm)
{
    api::Connection c;
    c.kind = kind;
    c.endpoint = url;
    c.secret = key;
    arm.endpoint = url;
    c.arm = arm;
    return c;
}

} // namespace ft::test
