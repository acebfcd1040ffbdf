#include "datasourcewidget.h"

#include "appearance.h"

#include "checkreportwidget.h"
#include "finetunewizard.h"
#include "session.h"

#include "api/chunkeduploader.h"
#include "core/catalog.h"
#include "core/datasetanalyzer.h"
#include "core/datasetchecktask.h"
#include "core/jsonutil.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
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
} // namespace

DataSourceWidget::DataSourceWidget(Role role, FineTuneWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_wizard(wizard)
    , m_kinds(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_existing(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_report(new CheckReportWidget(this))
    , m_url(new QLineEdit(this))
    , m_importNote(new QLabel(this))
    , m_splitPercent(new QSpinBox(this))
    , m_splitNote(new QLabel(this))
    , m_noneNote(new QLabel(this))
{
    setAcceptDrops(true);
    const QString prefix = role == Role::Training ? QStringLiteral("training") : QStringLiteral("validation");
    setObjectName(prefix + QStringLiteral("Source"));

    auto *choices = new QHBoxLayout;
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
    if (role == Role::Validation)
        addKind(Kind::None, tr("N&one"), "None",
                tr("Train without validation data (not for reinforcement fine-tuning)."));
    addKind(Kind::Existing, tr("File on the &resource"), "Existing",
            tr("A file already uploaded to this resource."));
    addKind(Kind::Local, tr("&Upload a local file"), "Local",
            tr("A JSONL file on this computer: checked here, then uploaded."));
    addKind(Kind::Import, tr("&Import from a URL"), "Import",
            tr("The service fetches the file from a URL (Azure classic API)."));
    if (role == Role::Validation)
        addKind(Kind::Split, tr("S&plit off training data"), "Split",
                tr("A share of the training file becomes the validation file."));
    choices->addStretch();

    // 0: none
    m_noneNote->setWordWrap(true);
    m_noneNote->setText(
        tr("No validation data: the service reports training loss only. Validation data shows "
           "whether the model generalises or over-fits."));
    m_stack->addWidget(m_noneNote);
    // 1: existing
    auto *existing = new QWidget(this);
    auto *existingLayout = new QHBoxLayout(existing);
    existingLayout->setContentsMargins(0, 0, 0, 0);
    m_existing->setObjectName(prefix + QStringLiteral("ExistingFiles"));
    m_existing->setAccessibleName(tr("Files on the resource"));
    auto *refresh = new QPushButton(tr("Re&fresh"), existing);
    existingLayout->addWidget(m_existing, 1);
    existingLayout->addWidget(refresh);
    m_stack->addWidget(existing);
    // 2: local
    auto *local = new QWidget(this);
    auto *localLayout = new QVBoxLayout(local);
    localLayout->setContentsMargins(0, 0, 0, 0);
    auto *pathRow = new QHBoxLayout;
    m_path->setObjectName(prefix + QStringLiteral("LocalPath"));
    m_path->setPlaceholderText(tr("A .jsonl file — or drop one on this page"));
    m_path->setAccessibleName(tr("Local file"));
    m_browse->setObjectName(prefix + QStringLiteral("Browse"));
    m_browse->setToolTip(tr("Chooses a JSONL file on this computer."));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *progressRow = new QHBoxLayout;
    m_progress->setObjectName(prefix + QStringLiteral("Progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setObjectName(prefix + QStringLiteral("Cancel"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_status->setObjectName(prefix + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    localLayout->addLayout(pathRow);
    localLayout->addLayout(progressRow);
    localLayout->addWidget(m_status);
    localLayout->addWidget(m_report, 1);
    m_stack->addWidget(local);
    // 3: import
    auto *import = new QWidget(this);
    auto *importLayout = new QFormLayout(import);
    m_url->setObjectName(prefix + QStringLiteral("Url"));
    m_url->setPlaceholderText(tr("https://… (a SAS URL of a blob, or any URL the service can read)"));
    importLayout->addRow(tr("UR&L:"), m_url);
    m_importNote->setWordWrap(true);
    importLayout->addRow(m_importNote);
    m_stack->addWidget(import);
    // 4: split
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_stack, 1);

    m_progress->hide();
    m_cancel->hide();

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
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a JSONL file"),
                                                          QFileInfo(m_path->text()).absolutePath(),
                                                          tr("JSON Lines (*.jsonl);;All files (*)"));
        if (!path.isEmpty())
            setLocalFile(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != source().localPath)
            setLocalFile(m_path->text());
    });
    connect(m_cancel, &QPushButton::clicked, this, &DataSourceWidget::cancelWork);
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
    connect(m_report, &CheckReportWidget::bomCopyRequested, this, [this] {
        const QFileInfo info(source().localPath);
        const QString target = QFileDialog::getSaveFileName(
            this, tr("Save a copy with a byte-order mark"),
            info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral("-bom.jsonl"),
            tr("JSON Lines (*.jsonl)"));
        if (target.isEmpty())
            return;
        QString error;
        if (core::DatasetAnalyzer::writeCopyWithBom(source().localPath, target, &error))
            setLocalFile(target);
        else
            setStatus(tr("The copy could not be written: %1").arg(error), true);
    });
}

DataSourceWidget::~DataSourceWidget() = default;

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
    m_path->setText(s.localPath);
    m_url->setText(s.importUrl.toString());
    m_splitPercent->setValue(s.splitPercent);
    m_loading = false;
    updateAvailability();
    refreshExisting();
    m_wizard->session().refreshFiles();
    if (s.kind == Kind::Local && !s.localPath.isEmpty() && !m_analysis && !m_check)
        startCheck();
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
}

void DataSourceWidget::chooseKind(Kind kind)
{
    if (m_loading)
        return;
    cancelWork();
    source().kind = kind;
    m_stack->setCurrentIndex(stackIndex(kind));
    if (kind == Kind::Existing) {
        source().fileId = m_existing->currentData().toString();
        source().fileName = m_existing->currentText();
    } else if (kind == Kind::Local) {
        source().fileId.clear();
        if (!source().localPath.isEmpty())
            startCheck();
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
    cancelWork();
    const int index = int(m_kindValues.indexOf(Kind::Local));
    if (index >= 0)
        m_kindButtons[index]->setChecked(true);
    source().kind = Kind::Local;
    source().localPath = path;
    source().fileName = QFileInfo(path).fileName();
    source().fileId.clear();
    m_stack->setCurrentIndex(stackIndex(Kind::Local));
    m_path->setText(path);
    startCheck();
    emit changed();
}

void DataSourceWidget::startCheck()
{
    m_analysis.reset();
    m_report->clear();
    const QString path = source().localPath;
    if (!QFileInfo(path).isFile()) {
        setStatus(tr("%1 is not a file that can be read.").arg(path), true);
        return;
    }
    const core::FineTuneDraft &d = m_wizard->draft();
    core::DatasetAnalyzer::Options o;
    o.method = d.method;
    o.model = d.model;
    o.trainingType = m_wizard->session().isAzure() ? d.trainingType : QStringLiteral("openai");
    o.isValidationFile = m_role == Role::Validation;
    if (d.customHyperparameters)
        o.nEpochs = d.hyperparameters.nEpochs;
    core::js::Json g;
    if (d.method == core::MethodType::Reinforcement && core::js::parse(d.graderJson.toUtf8(), g)
        && g.is_object())
        o.grader = core::Grader::fromJson(g);
    m_check = new core::DatasetCheckTask(path, o, this);
    connect(m_check, &core::DatasetCheckTask::progress, m_progress, &QProgressBar::setValue);
    connect(m_check, &core::DatasetCheckTask::finished, this, &DataSourceWidget::checkFinished);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Checking %p%"));
    m_progress->show();
    m_cancel->show();
    setStatus(tr("Checking %1 on this computer…").arg(QFileInfo(path).fileName()));
    m_check->start();
    emit changed();
}

void DataSourceWidget::checkFinished()
{
    core::DatasetCheckTask *task = m_check;
    m_check = nullptr;
    task->deleteLater();
    m_progress->hide();
    m_cancel->hide();
    if (task->wasCancelled()) {
        setStatus(tr("The check was cancelled."));
        emit changed();
        return;
    }
    if (!task->result()) {
        setStatus(tr("The file could not be read: %1").arg(task->error()), true);
        emit changed();
        return;
    }
    m_analysis = task->result();
    if (m_role == Role::Training)
        m_wizard->setTrainingAnalysis(m_analysis);
    m_report->showAnalysis(*m_analysis);
    if (m_analysis->report.hasErrors()) {
        setStatus(tr("Fix the errors below, then choose the file again."), true);
    } else if (m_role == Role::Validation && m_wizard->draft().training.kind == Kind::Local
               && QFileInfo(m_wizard->draft().training.localPath) == QFileInfo(source().localPath)) {
        setStatus(
            tr("The validation file is the training file: pick another one, or split the training data."),
            true);
    } else {
        startUpload();
    }
    emit changed();
}

void DataSourceWidget::startUpload()
{
    Session &session = m_wizard->session();
    const QString path = source().localPath;
    const QFileInfo info(path);
    setStatus(tr("Uploading %1 (%2)…").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Uploading %p%"));
    m_progress->show();
    m_cancel->show();
    auto onProgress = [this](qint64 sent, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(sent * 1000 / total));
    };
    auto done = [this, path](core::Result<core::File> file) {
        m_progress->hide();
        m_cancel->hide();
        m_upload = nullptr;
        m_uploader = nullptr;
        if (!file) {
            setStatus(file.error().kind == core::ApiError::Kind::Cancelled
                          ? tr("The upload was cancelled.")
                          : tr("The upload failed: %1").arg(file.error().toString()),
                      file.error().kind != core::ApiError::Kind::Cancelled);
        } else if (source().localPath == path) {
            source().fileId = file.value().id;
            setStatus(tr("Uploaded as %1.").arg(file.value().id));
            m_wizard->session().refreshFiles();
        }
        emit changed();
    };
    const core::Catalog &catalog = core::Catalog::builtin();
    if (info.size() > catalog.chunkedThresholdBytes()) {
        m_uploader = new api::ChunkedUploader(session.client().uploads(), path, QStringLiteral("fine-tune"),
                                              catalog.maxPartBytes(), this);
        m_uploader->makeResumable(session.client().files(),
                                  session.client().connection().endpoint.toString());
        connect(m_uploader, &api::ChunkedUploader::progress, this, onProgress);
        connect(m_uploader, &api::ChunkedUploader::stateNotSaved, this,
                [this](const QString &message) { setStatus(message, true); });
        m_uploader->start(done);
    } else {
        m_upload = session.client().files().upload(path, QStringLiteral("fine-tune"), this, done);
        if (m_upload)
            connect(m_upload, &api::PendingCall::uploadProgress, this, onProgress);
    }
}

void DataSourceWidget::cancelWork()
{
    if (m_check)
        m_check->cancel();
    if (m_uploader)
        m_uploader->cancel();
    if (m_upload)
        m_upload->abort();
}

bool DataSourceWidget::isBusy() const
{
    return m_check || m_uploader || m_upload;
}

void DataSourceWidget::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? appearance::errorStyle() : QString());
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
        if (s.localPath.isEmpty())
            return tr("Choose a local file.");
        if (!s.fileId.isEmpty() && !m_upload && !m_uploader)
            return {}; // checked clean and uploaded (a re-check for the estimate may still be running)
        if (isBusy())
            return tr("Wait for the check and the upload to finish.");
        if (!m_analysis)
            return tr("The file has not been checked.");
        if (m_analysis->report.hasErrors())
            return tr("The file has errors.");
        return s.fileId.isEmpty() ? tr("The file has not been uploaded.") : QString();
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
