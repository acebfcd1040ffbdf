#include "datasourcewidget.h"

#include "finetunewizard.h"
#include "localfilepanel.h"
#include "session.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ft::ui {

using Kind = core::DataSource::Kind;

namespace {
int stackIndex(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Existing:
        return 1;
    case Kind::Local:
        return 2;
    case Kind::Import:
        return 3;
    case Kind::Split:
        return 4;
    }
    return 0;
}

QString namePrefix(DataSourceWidget::Role role)
{
    return role == DataSourceWidget::Role::Training ? QStringLiteral("training")
                                                    : QStringLiteral("validation");
}
} // namespace

DataSourceWidget::DataSourceWidget(Role role, FineTuneWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_wizard(wizard)
    , m_kinds(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_existing(new QComboBox(this))
    , m_local(new LocalFilePanel(role == Role::Validation, wizard, this))
    , m_url(new QLineEdit(this))
    , m_importNote(new QLabel(this))
    , m_splitPercent(new QSpinBox(this))
    , m_splitNote(new QLabel(this))
    , m_noneNote(new QLabel(this))
{
    setAcceptDrops(true);
    setObjectName(namePrefix(role) + QStringLiteral("Source"));
    auto *choices = new QHBoxLayout;
    addKinds(choices);
    choices->addStretch();
    buildPages();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_stack, 1);
}

void DataSourceWidget::addKinds(QLayout *choices)
{
    const QString prefix = namePrefix(m_role);
    auto addKind = [&](Kind kind, const QString &text, const char *name, const QString &about) {
        auto *b = new QRadioButton(text, this);
        b->setToolTip(about);
        b->setProperty("about", about); // the tool tip when the choice is available
        b->setObjectName(prefix + QLatin1String(name));
        m_kinds->addButton(b, int(m_kindButtons.size()));
        m_kindButtons << b;
        m_kindValues << kind;
        choices->addWidget(b);
    };
    if (m_role == Role::Validation)
        addKind(Kind::None, tr("N&one"), "None",
                tr("Train without validation data (not for reinforcement fine-tuning)."));
    addKind(Kind::Existing, tr("File on the &resource"), "Existing",
            tr("A file already uploaded to this resource."));
    addKind(Kind::Local, tr("&Upload a local file"), "Local",
            tr("A JSONL file on this computer: checked here, then uploaded."));
    addKind(Kind::Import, tr("&Import from a URL"), "Import",
            tr("The service fetches the file from a URL (Azure classic API)."));
    if (m_role == Role::Validation)
        addKind(Kind::Split, tr("S&plit off training data"), "Split",
                tr("A share of the training file becomes the validation file."));
}

// The stack's pages, in the order of stackIndex().
void DataSourceWidget::buildPages()
{
    const QString prefix = namePrefix(m_role);
    m_noneNote->setWordWrap(true);
    m_noneNote->setText(
        tr("No validation data: the service reports training loss only. Validation data shows "
           "whether the model generalises or over-fits."));
    m_stack->addWidget(m_noneNote);
    auto *existing = new QWidget(this);
    auto *existingLayout = new QHBoxLayout(existing);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    m_existing->setObjectName(prefix + QStringLiteral("ExistingFiles"));
    m_existing->setAccessibleName(tr("Files on the resource"));
    auto *refresh = new QPushButton(tr("Re&fresh"), existing);
    existingLayout->addWidget(m_existing, 1);
    existingLayout->addWidget(refresh);
    m_stack->addWidget(existing);
    m_stack->addWidget(m_local);
    auto *import = new QWidget(this);
    auto *importLayout = new QFormLayout(import);
    m_url->setObjectName(prefix + QStringLiteral("Url"));
    m_url->setPlaceholderText(tr("https://… (a SAS URL of a blob, or any URL the service can read)"));
    importLayout->addRow(tr("UR&L:"), m_url);
    m_importNote->setWordWrap(true);
    importLayout->addRow(m_importNote);
    m_stack->addWidget(import);
    auto *split = new QWidget(this);
    auto *splitLayout = new QFormLayout(split);
    m_splitPercent->setRange(1, 50);
    m_splitPercent->setSuffix(QStringLiteral(" %"));
    m_splitPercent->setObjectName(QStringLiteral("splitPercent"));
    m_splitPercent->setToolTip(
        tr("This share of the training examples becomes the validation file (chosen with the seed)."));
    splitLayout->addRow(tr("Share held out for &validation:"), m_splitPercent);
    m_splitNote->setWordWrap(true);
    splitLayout->addRow(m_splitNote);
    m_stack->addWidget(split);
    connectControls(refresh);
}

void DataSourceWidget::connectControls(QPushButton *refresh)
{
    connect(m_kinds, &QButtonGroup::idClicked, this, [this](int id) { chooseKind(m_kindValues.value(id)); });
    connect(refresh, &QPushButton::clicked, this, [this] { m_wizard->session().refreshFiles(); });
    connect(&m_wizard->session(), &Session::filesChanged, this, &DataSourceWidget::refreshExisting);
    connect(m_existing, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || source().kind != Kind::Existing)
            return;
        source().fileId = m_existing->itemData(index).toString();
        source().fileName = m_existing->itemText(index);
        emit changed();
    });
    connect(m_local, &LocalFilePanel::changed, this, &DataSourceWidget::changed);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        source().importUrl = QUrl(text.trimmed());
        source().fileName = source().importUrl.fileName();
        emit changed();
    });
    connect(m_splitPercent, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_loading)
            return;
        source().splitPercent = v;
        emit changed();
    });
}

core::DataSource &DataSourceWidget::source() const
{
    return m_role == Role::Training ? m_wizard->draft().training : m_wizard->draft().validation;
}

void DataSourceWidget::load()
{
    m_loading = true;
    core::DataSource &s = source();
    if (m_role == Role::Training && (s.kind == Kind::None || s.kind == Kind::Split))
        s.kind = Kind::Local;
    const int index = int(m_kindValues.indexOf(s.kind));
    if (index >= 0)
        m_kindButtons[index]->setChecked(true);
    m_stack->setCurrentIndex(stackIndex(s.kind));
    m_url->setText(s.importUrl.toString());
    m_splitPercent->setValue(s.splitPercent);
    m_loading = false;
    updateAvailability();
    refreshExisting();
    m_wizard->session().refreshFiles();
    m_local->load();
}

void DataSourceWidget::updateAvailability()
{
    const bool classic = m_wizard->session().profile().kind == api::ServiceKind::AzureClassic;
    m_importNote->setText(
        classic ? tr("The service downloads the file itself; it appears on the resource when done.")
                : tr("Importing from a URL is offered by the Azure OpenAI classic API only. Download "
                     "the file and upload it instead, or connect with the classic API."));
    const bool rft = m_wizard->draft().method == core::MethodType::Reinforcement;
    const bool trainingLocal = m_wizard->draft().training.kind == Kind::Local;
    for (int i = 0; i < m_kindButtons.size(); ++i) {
        const Kind k = m_kindValues[i];
        bool enabled = true;
        QString why;
        if (k == Kind::Import && !classic) {
            enabled = false;
            why = tr("Only the Azure OpenAI classic API imports from a URL.");
        } else if (k == Kind::None && rft) {
            enabled = false;
            why = tr("Reinforcement fine-tuning needs validation data.");
        } else if (k == Kind::Split && !trainingLocal) {
            enabled = false;
            why = tr("Splitting needs the training data as a local file.");
        }
        m_kindButtons[i]->setEnabled(enabled);
        m_kindButtons[i]->setToolTip(why.isEmpty() ? m_kindButtons[i]->property("about").toString() : why);
    }
    m_splitNote->setText(
        tr("The local training file is split with the job's seed, so the same seed gives the same "
           "split; both parts are checked and uploaded on Submit."));
    // A choice that is no longer available (None once the method is RFT) does not stay selected, greyed
    // out, with a text that no longer applies: the page offers a local file to upload instead.
    const int current = int(m_kindValues.indexOf(source().kind));
    const int local = int(m_kindValues.indexOf(Kind::Local));
    if (!m_loading && current >= 0 && !m_kindButtons[current]->isEnabled() && local >= 0) {
        m_kindButtons[local]->setChecked(true);
        chooseKind(Kind::Local);
    }
}

void DataSourceWidget::chooseKind(Kind kind)
{
    if (m_loading)
        return;
    m_local->cancelWork();
    source().kind = kind;
    m_stack->setCurrentIndex(stackIndex(kind));
    if (kind == Kind::Existing) {
        source().fileId = m_existing->currentData().toString();
        source().fileName = m_existing->currentText();
    } else if (kind == Kind::Local) {
        m_local->activate();
    }
    emit changed();
}

void DataSourceWidget::refreshExisting()
{
    m_loading = true;
    const QString keep = source().fileId;
    m_existing->clear();
    const QLocale l;
    for (const core::File &f : m_wizard->session().files()) {
        const QString label =
            tr("%1 — %2, %3, %4")
                .arg(f.filename, l.formattedDataSize(f.bytes.value_or(0)),
                     l.toString(QDateTime::fromSecsSinceEpoch(f.createdAt), QLocale::ShortFormat), f.status);
        m_existing->addItem(label, f.id);
    }
    const int index = m_existing->findData(keep);
    if (index >= 0)
        m_existing->setCurrentIndex(index);
    m_loading = false;
    if (source().kind == Kind::Existing && source().fileId.isEmpty() && m_existing->count() > 0) {
        source().fileId = m_existing->currentData().toString();
        source().fileName = m_existing->currentText();
    }
    emit changed();
}

void DataSourceWidget::setLocalFile(const QString &path)
{
    const int index = int(m_kindValues.indexOf(Kind::Local));
    if (index >= 0)
        m_kindButtons[index]->setChecked(true);
    m_stack->setCurrentIndex(stackIndex(Kind::Local));
    m_local->setFile(path);
}

QString DataSourceWidget::problem() const
{
    const core::DataSource &s = source();
    switch (s.kind) {
    case Kind::None:
        if (m_role == Role::Training)
            return tr("Choose the training data.");
        return m_wizard->draft().method == core::MethodType::Reinforcement
            ? tr("Reinforcement fine-tuning needs validation data.")
            : QString();
    case Kind::Existing:
        return s.fileId.isEmpty() ? tr("Choose a file on the resource.") : QString();
    case Kind::Local:
        return m_local->problem();
    case Kind::Import:
        if (m_wizard->session().profile().kind != api::ServiceKind::AzureClassic)
            return tr("Importing from a URL needs the Azure OpenAI classic API.");
        return s.importUrl.isValid() && !s.importUrl.scheme().isEmpty() ? QString()
                                                                        : tr("Enter the URL of the file.");
    case Kind::Split:
        return m_wizard->draft().training.kind == Kind::Local
            ? QString()
            : tr("Splitting needs the training data as a local file.");
    }
    return {};
}

bool DataSourceWidget::isComplete() const
{
    return problem().isEmpty();
}

void DataSourceWidget::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void DataSourceWidget::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        setLocalFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace ft::ui
