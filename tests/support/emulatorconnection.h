#pragma once

#include "api/connection.h"

#include <QString>
#include <QUrl>

namespace ft::test {

// An ARM target by its names; emulatorConnection points its endpoint at the emulator.
api::ArmTarget armTarget(const QString &subscription, const QString &resourceGroup, const QString &account,
                         const QString &token = {});

// A connection to an emulator at `url`, its data plane and ARM at that one address.
api::Connection emulatorConnection(const QUrl &url, api::ServiceKind kind, const QString &key,
                                   api::ArmTarget arm = {});

} // namespace ft::test
