#include "session.h"

namespace ft::ui {

Session::Session(QObject *parent)
    : control::Session(parent)
{ }

void Session::setConnection(const ConnectionProfile &profile, const QString &secret, const QString &armToken)
{
    m_profile = profile;
    control::Session::setConnection(profile.connection(secret, armToken));
}

QString Session::title() const
{
    if (m_profile.isLocalEmulator())
        return tr("Local emulator");
    return tr("%1 (%2)").arg(m_profile.name, m_profile.kindLabel());
}

} // namespace ft::ui
