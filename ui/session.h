#pragma once

#include "connectionprofile.h"

#include "control/session.h"

namespace ft::ui {

using ModelChoice = control::ModelChoice;

// The session of the connection the app uses (see control::Session) together with the profile it was
// made from: its name and kind for titles, its id for the offline copy.
class Session final : public control::Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject *parent = nullptr);

    void setConnection(const ConnectionProfile &profile, const QString &secret, const QString &armToken);
    const ConnectionProfile &profile() const { return m_profile; }
    // A title for windows and the status bar: "Local emulator", "my-resource (Azure OpenAI v1)".
    QString title() const;

private:
    ConnectionProfile m_profile;
};

} // namespace ft::ui
