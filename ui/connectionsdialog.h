#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ft::ui {

class SecretStore;

// Connections: add, edit and remove profiles (Azure OpenAI v1, Azure OpenAI classic, OpenAI; the local
// emulator and environment connections are shown read-only), with an optional ARM target, and a test
// that lists the models. Keys and tokens go to the SecretStore, never to the settings file.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsDialog)

public:
    ConnectionsDialog(QList<ConnectionProfile> profiles, SecretStore &secrets, const QString &currentId,
                      QWidget *parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    QString chosenId() const { return m_chosen; }
    // Secrets typed in this dialog, by SecretStore key (for the session when no keychain runs).
    QHash<QString, QString> enteredSecrets() const { return m_entered; }

private:
    void setUpFields();
    void showState(); // the profile's problem, and where its secrets are kept when not in a keychain
    void buildForm();
    QLayout *buildColumns();
    void addProfile();
    void removeProfile();
    void useProfile();
    void select(int row);
    void storeForm();
    void testConnection();
    void fetchArmToken();
    void refreshList();
    ConnectionProfile *current();

    QList<ConnectionProfile> m_profiles;
    SecretStore &m_secrets;
    QString m_chosen;
    QHash<QString, QString> m_entered;
    QString m_keyWarning; // the secret store could not keep a secret beyond this session
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_endpoint;
    QLineEdit *m_apiVersion;
    QComboBox *m_auth;
    QLineEdit *m_key;
    QLineEdit *m_armSubscription;
    QLineEdit *m_armResourceGroup;
    QLineEdit *m_armAccount;
    QLineEdit *m_armToken;
    QPushButton *m_azCli;
    QLabel *m_state;
    QPushButton *m_remove;
    QWidget *m_form;
    int m_row = -1;
    bool m_loading = false;
};

} // namespace ft::ui
