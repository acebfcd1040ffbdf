#pragma once

#include "connectionprofile.h"
#include "wizard/finetunewizard.h"

#include <QString>
#include <QWidget>

#include <memory>

class QAbstractButton;

namespace ft::emu {
class EmulatorThread;
}

namespace ft::ui {
class Session;
class MemorySecretStore;
} // namespace ft::ui

namespace ft::test {

// Drives the wizard through its widgets, as a user would, against a real emulator on its own thread.
class WizardDriver
{
public:
    explicit WizardDriver(api::ServiceKind kind = api::ServiceKind::AzureV1, bool withArm = true);
    ~WizardDriver();

    ui::Session &session() { return *m_session; }
    ui::FineTuneWizard *wizard() { return m_wizard; }
    QUrl endpoint() const;
    ui::FineTuneWizard *open(); // a fresh wizard, shown

    template<typename T>
    T *find(const QString &name) const
    {
        return m_wizard ? m_wizard->findChild<T *>(name) : nullptr;
    }
    bool click(const QString &buttonName);
    bool next(); // clicks Next once it is enabled; true when the page changed
    bool canGoNext() const;
    int pageId() const;
    bool typeInto(const QString &lineEditName, const QString &text, bool pressEnter = false);
    bool selectModel(const QString &id);
    bool setLocalFile(const QString &sourcePrefix, const QString &path); // "training" / "validation"
    bool waitForNext(int timeoutMs = 60000) const;
    QString screenshot(const QString &name, QSize size);

private:
    std::unique_ptr<emu::EmulatorThread> m_emulator;
    std::unique_ptr<ui::MemorySecretStore> m_secrets;
    std::unique_ptr<ui::Session> m_session;
    ui::FineTuneWizard *m_wizard = nullptr;
};

} // namespace ft::test
