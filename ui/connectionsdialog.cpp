#include "connectionsdialog.h"

#include "secretstore.h"

#include "api/client.h"
#include "core/catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ft::ui {

ConnectionsDialog::ConnectionsDialog(QList<ConnectionProfile> profiles, SecretStore &secrets,
                                     const QString &currentId, QWidget *parent)
    : QDialog(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_chosen(currentId)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_apiVersion(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_armSubscription(new QLineEdit(this))
    , m_armResourceGroup(new QLineEdit(this))
    , m_armAccount(new QLineEdit(this))
    , m_armToken(new QLineEdit(this))
    , m_azCli(new QPushButton(tr("Get from Azure &CLI"), this))
    , m_state(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_form(new QWidget(this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));
    resize(860, 560);
    setUpFields();
    buildForm();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildColumns(), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Keeps the changes and closes the dialog."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        storeForm();
        accept();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::select);
    for (QLineEdit *e :
         {m_name, m_endpoint, m_apiVersion, m_armSubscription, m_armResourceGroup, m_armAccount})
        connect(e, &QLineEdit::textEdited, this, &ConnectionsDialog::storeForm);
    for (QLineEdit *e : {m_key, m_armToken})
        connect(e, &QLineEdit::editingFinished, this, &ConnectionsDialog::storeForm);
    for (QComboBox *c : {m_kind, m_auth})
        connect(c, &QComboBox::activated, this, &ConnectionsDialog::storeForm);
    connect(m_azCli, &QPushButton::clicked, this, &ConnectionsDialog::fetchArmToken);
    refreshList();
    int row = 0;
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles[i].id == currentId)
            row = i;
    m_list->setCurrentRow(row);
}

void ConnectionsDialog::setUpFields()
{
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setToolTip(
        tr("Your connections; the built-in emulator and those from the environment are read-only."));
    m_list->setAccessibleDescription(m_list->toolTip()); // item views describe themselves by this
    m_list->setAccessibleName(tr("Connections"));
    m_kind->addItem(tr("Azure OpenAI (v1 API)"), QStringLiteral("azure"));
    m_kind->addItem(tr("Azure OpenAI (classic API with api-version)"), QStringLiteral("azure-classic"));
    m_kind->addItem(tr("OpenAI"), QStringLiteral("openai"));
    m_auth->addItem(tr("API key"), QStringLiteral("api-key"));
    m_auth->addItem(tr("Microsoft Entra token (Bearer)"), QStringLiteral("bearer"));
    for (QLineEdit *secret : {m_key, m_armToken}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setPlaceholderText(tr("kept in the system keychain, never in a file"));
    }
    m_endpoint->setPlaceholderText(QStringLiteral("https://my-resource.openai.azure.com"));
    m_apiVersion->setPlaceholderText(QString::fromLatin1(api::Connection::kDefaultClassicApiVersion));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setToolTip(tr("A name of your choice, shown in the title bar."));
    m_kind->setObjectName(QStringLiteral("connectionKind"));
    m_kind->setToolTip(tr("Which service and API the endpoint speaks."));
    m_endpoint->setObjectName(QStringLiteral("connectionEndpoint"));
    m_key->setObjectName(QStringLiteral("connectionKey"));
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_apiVersion->setObjectName(QStringLiteral("connectionApiVersion"));
    m_auth->setObjectName(QStringLiteral("connectionAuth"));
    m_auth->setToolTip(tr("An API key, or a Microsoft Entra bearer token."));
    m_armSubscription->setObjectName(QStringLiteral("armSubscription"));
    m_armSubscription->setToolTip(tr("The subscription ID of the account, for deployments."));
    m_armResourceGroup->setObjectName(QStringLiteral("armResourceGroup"));
    m_armResourceGroup->setToolTip(tr("The resource group of the account, for deployments."));
    m_armAccount->setObjectName(QStringLiteral("armAccount"));
    m_armAccount->setToolTip(tr("The Azure OpenAI (Cognitive Services) account name, for deployments."));
    m_armToken->setObjectName(QStringLiteral("armToken"));
    m_azCli->setObjectName(QStringLiteral("armTokenFromAzureCli"));
    m_remove->setObjectName(QStringLiteral("removeConnection"));
    m_remove->setToolTip(tr("Removes the selected connection and its stored secrets."));
    m_state->setWordWrap(true);
    m_azCli->setEnabled(!QStandardPaths::findExecutable(QStringLiteral("az")).isEmpty());
    m_azCli->setToolTip(m_azCli->isEnabled() ? tr("Runs az account get-access-token")
                                             : tr("The Azure CLI (az) is not installed."));
}

void ConnectionsDialog::buildForm()
{
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Service:"), m_kind);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("API &version:"), m_apiVersion);
    form->addRow(tr("Authenticat&ion:"), m_auth);
    form->addRow(tr("&Key or token:"), m_key);
    auto *arm = new QGroupBox(tr("Deployments (Azure Resource Manager, optional)"), m_form);
    auto *armForm = new QFormLayout(arm);
    armForm->addRow(tr("Su&bscription:"), m_armSubscription);
    armForm->addRow(tr("Resource &group:"), m_armResourceGroup);
    armForm->addRow(tr("Acc&ount:"), m_armAccount);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_armToken, 1);
    tokenRow->addWidget(m_azCli);
    auto *tokenLabel = new QLabel(tr("AR&M token:"), arm);
    tokenLabel->setBuddy(m_armToken); // a row holding a layout gets no buddy by itself
    armForm->addRow(tokenLabel, tokenRow);
    form->addRow(arm);
}

QLayout *ConnectionsDialog::buildColumns()
{
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addConnection"));
    add->setToolTip(tr("Adds a new connection profile."));
    auto *test = new QPushButton(tr("&Test connection"), this);
    test->setObjectName(QStringLiteral("testConnection"));
    test->setToolTip(tr("Lists the models of the service to check the endpoint and the key."));
    auto *use = new QPushButton(tr("&Use this connection"), this);
    use->setObjectName(QStringLiteral("useConnection"));
    use->setToolTip(tr("Switches the app to the selected connection."));
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addWidget(m_state);
    right->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(test);
    actions->addStretch();
    actions->addWidget(use);
    right->addLayout(actions);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    connect(add, &QPushButton::clicked, this, &ConnectionsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(use, &QPushButton::clicked, this, &ConnectionsDialog::useProfile);
    return columns;
}

void ConnectionsDialog::addProfile()
{
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = tr("New connection");
    m_profiles << p;
    refreshList();
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionsDialog::removeProfile()
{
    ConnectionProfile *p = current();
    if (!p || p->source != ConnectionProfile::Source::Saved)
        return;
    m_secrets.remove(p->secretKey());
    m_secrets.remove(p->armTokenKey());
    m_profiles.removeAt(m_row);
    m_row = -1;
    refreshList();
    m_list->setCurrentRow(0);
}

void ConnectionsDialog::useProfile()
{
    storeForm();
    if (ConnectionProfile *p = current()) {
        if (!p->problem().isEmpty()) {
            m_state->setText(p->problem());
            return;
        }
        m_chosen = p->id;
        accept();
    }
}

ConnectionProfile *ConnectionsDialog::current()
{
    return m_row >= 0 && m_row < m_profiles.size() ? &m_profiles[m_row] : nullptr;
}

void ConnectionsDialog::refreshList()
{
    m_loading = true;
    m_list->clear();
    for (const ConnectionProfile &p : m_profiles)
        m_list->addItem(QStringLiteral("%1 — %2").arg(p.name, p.kindLabel()));
    m_loading = false;
}

void ConnectionsDialog::select(int row)
{
    if (m_loading)
        return;
    m_row = row;
    const ConnectionProfile *p = current();
    m_form->setEnabled(p && p->source == ConnectionProfile::Source::Saved);
    m_remove->setEnabled(p && p->source == ConnectionProfile::Source::Saved);
    m_state->clear();
    if (!p)
        return;
    m_loading = true;
    m_name->setText(p->name);
    m_kind->setCurrentIndex(m_kind->findData(api::serviceKindName(p->kind)));
    m_endpoint->setText(p->endpoint.toString());
    m_apiVersion->setText(p->apiVersion);
    m_auth->setCurrentIndex(p->auth == api::Connection::Auth::BearerToken ? 1 : 0);
    m_armSubscription->setText(p->armSubscription);
    m_armResourceGroup->setText(p->armResourceGroup);
    m_armAccount->setText(p->armAccount);
    m_key->clear();
    m_armToken->clear();
    m_loading = false;
    if (p->source != ConnectionProfile::Source::Saved)
        m_state->setText(p->isLocalEmulator()
                             ? tr("The built-in emulator: it runs on this computer, needs no key and "
                                  "keeps its data in the app's data folder.")
                             : tr("Read from the environment (AZURE_OPENAI_ENDPOINT / "
                                  "AZURE_OPENAI_API_KEY or OPENAI_API_KEY)."));
    else
        m_secrets.read(
            p->secretKey(),
            [this, guard = QPointer(this), id = p->id, key = p->secretKey()](bool found, const QString &) {
                if (!guard) // the keychain answered after the dialog was closed
                    return;
                if (const ConnectionProfile *q = current(); q && q->id == id)
                    m_key->setPlaceholderText(found || m_entered.contains(key)
                                                  ? tr("stored — type to replace")
                                                  : tr("kept in the system keychain, never in a file"));
            });
}

void ConnectionsDialog::storeForm()
{
    ConnectionProfile *p = current();
    if (m_loading || !p || p->source != ConnectionProfile::Source::Saved)
        return;
    p->name = m_name->text().trimmed();
    api::serviceKindFromName(m_kind->currentData().toString(), &p->kind);
    p->endpoint = QUrl(m_endpoint->text().trimmed());
    p->apiVersion = m_apiVersion->text().trimmed();
    p->auth =
        m_auth->currentIndex() == 1 ? api::Connection::Auth::BearerToken : api::Connection::Auth::ApiKey;
    p->armSubscription = m_armSubscription->text().trimmed();
    p->armResourceGroup = m_armResourceGroup->text().trimmed();
    p->armAccount = m_armAccount->text().trimmed();
    m_apiVersion->setEnabled(p->kind == api::ServiceKind::AzureClassic);
    for (const auto &[field, key] :
         {std::pair{m_key, p->secretKey()}, std::pair{m_armToken, p->armTokenKey()}}) {
        if (field->text().isEmpty())
            continue;
        m_entered.insert(key, field->text());
        field->clear();
        field->setPlaceholderText(tr("stored — type to replace"));
        // Without a keychain the secret lives in this session's memory only: the field keeps saying so,
        // and so does the state line, so nobody is surprised by an empty key after a restart.
        m_secrets.write(key, m_entered.value(key),
                        [this, guard = QPointer(this), edit = field](bool persisted, const QString &problem) {
                            if (!guard || persisted)
                                return;
                            m_keyWarning = problem;
                            edit->setPlaceholderText(tr("kept for this session only — type to replace"));
                            showState();
                        });
    }
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(QStringLiteral("%1 — %2").arg(p->name, p->kindLabel()));
    showState();
}

void ConnectionsDialog::testConnection()
{
    storeForm();
    ConnectionProfile *p = current();
    if (!p)
        return;
    if (const QString problem = p->problem(); !problem.isEmpty()) {
        m_state->setText(problem);
        return;
    }
    m_state->setText(tr("Testing…"));
    const ConnectionProfile profile = *p;
    auto run = [this, profile](const QString &secret) {
        auto *client = new api::Client(profile.connection(secret, {}), this);
        client->models().list(client, [this, client](core::Result<core::Page<core::Model>> page) {
            client->deleteLater();
            if (!page) {
                m_state->setText(tr("The connection failed: %1").arg(page.error().toString()));
                return;
            }
            int tunable = 0;
            for (const core::Model &m : page.value().data)
                if (core::Catalog::builtin().find(m.id) && core::Catalog::baseOfFineTuned(m.id).isEmpty())
                    ++tunable;
            m_state->setText(tr("Connected: the service lists %n model(s), %1 of them fine-tunable here.",
                                nullptr, int(page.value().data.size()))
                                 .arg(tunable));
        });
    };
    const QString typed = m_entered.value(profile.secretKey());
    if (!typed.isEmpty())
        run(typed);
    else
        m_secrets.read(profile.secretKey(),
                       [this, guard = QPointer(this), run](bool found, const QString &secret) {
                           if (!guard)
                               return;
                           if (!found)
                               m_state->setText(tr("Enter the key or token first."));
                           else
                               run(secret);
                       });
}

void ConnectionsDialog::fetchArmToken()
{
    auto *az = new QProcess(this);
    m_state->setText(tr("Asking the Azure CLI for a token…"));
    connect(az, &QProcess::finished, this, [this, az](int code) {
        az->deleteLater();
        const QString token = QString::fromUtf8(az->readAllStandardOutput()).trimmed();
        if (code != 0 || token.isEmpty()) {
            m_state->setText(tr("The Azure CLI gave no token: %1. Run az login first.")
                                 .arg(QString::fromUtf8(az->readAllStandardError()).trimmed().left(200)));
            return;
        }
        m_armToken->setText(token);
        storeForm();
        m_state->setText(tr("Got an ARM token from the Azure CLI."));
    });
    az->start(QStringLiteral("az"),
              {QStringLiteral("account"), QStringLiteral("get-access-token"), QStringLiteral("--query"),
               QStringLiteral("accessToken"), QStringLiteral("-o"), QStringLiteral("tsv")});
}

void ConnectionsDialog::showState()
{
    const ConnectionProfile *p = current();
    QStringList parts;
    if (p && !p->problem().isEmpty())
        parts << p->problem();
    if (!m_keyWarning.isEmpty())
        parts << m_keyWarning;
    m_state->setText(parts.join(u' '));
}

} // namespace ft::ui
