#include "localfilepanel.h"

#include "appearance.h"

#include "checkreportwidget.h"
#include "finetunewizard.h"
#include "offthread.h"
#include "session.h"

#include "api/fileuploader.h"
#include "core/datasetanalyzer.h"
#include "core/datasetchecktask.h"
#include "core/uploadindex.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

#include <QVBoxLayout>
#include <memory>

namespace ft::ui {

LocalFilePanel::LocalFilePanel(bool validation, FineTuneWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_validation(validation)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Bro&wse…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_report(new CheckReportWidget(this))
{
    const QString prefix = validation ? QStringLiteral("validation") : QStringLiteral("training");
    m_path->setObjectName(prefix + QStringLiteral("LocalPath"));
    m_path->setPlaceholderText(tr("A .jsonl file — or drop one on this page"));
    m_path->setAccessibleName(tr("Local file"));
    m_browse->setObjectName(prefix + QStringLiteral("Browse"));
    m_browse->setToolTip(tr("Chooses a JSONL file on this computer."));
    m_progress->setObjectName(prefix + QStringLiteral("Progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setObjectName(prefix + QStringLiteral("Cancel"));
    m_status->setObjectName(prefix + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_progress->hide();
    m_cancel->hide();
    buildLayout();
    connectControls();
}

LocalFilePanel::~LocalFilePanel() = default;

void LocalFilePanel::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(pathRow);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
}

void LocalFilePanel::connectControls()
{
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a JSONL file"),
                                                          QFileInfo(m_path->text()).absolutePath(),
                                                          tr("JSON Lines (*.jsonl);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != source().localPath)
            setFile(m_path->text());
    });
    connect(m_cancel, &QPushButton::clicked, this, &LocalFilePanel::cancelWork);
    connect(m_report, &CheckReportWidget::bomCopyRequested, this, &LocalFilePanel::saveBomCopy);
}

core::DataSource &LocalFilePanel::source() const
{
    return m_validation ? m_wizard->draft().validation : m_wizard->draft().training;
}

void LocalFilePanel::load()
{
    const core::DataSource &s = source();
    m_path->setText(s.localPath);
    if (s.kind == core::DataSource::Kind::Local && !s.localPath.isEmpty() && !m_analysis && !m_check)
        startCheck();
}

void LocalFilePanel::setFile(const QString &path)
{
    cancelWork();
    source().kind = core::DataSource::Kind::Local;
    source().localPath = path;
    source().fileName = QFileInfo(path).fileName();
    source().fileId.clear();
    m_path->setText(path);
    startCheck();
    emit changed();
}

void LocalFilePanel::activate()
{
    source().fileId.clear();
    if (!source().localPath.isEmpty())
        startCheck();
}

void LocalFilePanel::saveBomCopy()
{
    const QFileInfo info(source().localPath);
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a copy with a byte-order mark"),
                                                        info.absolutePath() + u'/' + info.completeBaseName()
                                                            + QStringLiteral("-bom.jsonl"),
                                                        tr("JSON Lines (*.jsonl)"));
    if (target.isEmpty())
        return;
    QString error;
    if (core::DatasetAnalyzer::writeCopyWithBom(source().localPath, target, &error))
        setFile(target);
    else
        setStatus(tr("The copy could not be written: %1").arg(error), true);
}

void LocalFilePanel::startCheck()
{
    m_analysis.reset();
    m_report->clear();
    const QString path = source().localPath;
    if (!QFileInfo(path).isFile()) {
        setStatus(tr("%1 is not a file that can be read.").arg(path), true);
        return;
    }
    m_check = new core::DatasetCheckTask(path, m_wizard->analyzerOptions(m_validation), this);
    connect(m_check, &core::DatasetCheckTask::progress, m_progress, &QProgressBar::setValue);
    connect(m_check, &core::DatasetCheckTask::finished, this, &LocalFilePanel::checkFinished);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Checking %p%"));
    m_progress->show();
    m_cancel->show();
    setStatus(tr("Checking %1 on this computer…").arg(QFileInfo(path).fileName()));
    m_check->start();
    emit changed();
}

void LocalFilePanel::checkFinished()
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
    if (!m_validation)
        m_wizard->setTrainingAnalysis(m_analysis);
    m_report->showAnalysis(*m_analysis);
    const core::DataSource &training = m_wizard->draft().training;
    if (m_analysis->report.hasErrors()) {
        setStatus(tr("Fix the errors below, then choose the file again."), true);
    } else if (m_validation && training.kind == core::DataSource::Kind::Local
               && QFileInfo(training.localPath) == QFileInfo(source().localPath)) {
        setStatus(
            tr("The validation file is the training file: pick another one, or split the training data."),
            true);
    } else {
        startUpload();
    }
    emit changed();
}

namespace {

const QString kPurpose = QStringLiteral("fine-tune");

core::UploadIndex uploadIndex()
{
    return core::UploadIndex(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/upload-index.json"));
}

} // namespace

// The same bytes under the same name went to this resource before, and the file is still there and
// usable: it is used again instead of being uploaded a second time.
void LocalFilePanel::startUpload()
{
    // The hash reads the whole file: on a worker thread, so a large file does not freeze the window.
    const QString path = source().localPath;
    setStatus(tr("Preparing the upload of %1…").arg(QFileInfo(path).fileName()));
    m_hashing = true;
    runOffThread<QString>(
        this, [path] { return core::UploadIndex::sha256OfFile(path); },
        [this, path](const QString &sha256) {
            m_hashing = false;
            if (source().localPath == path)
                uploadOrReuse(path, sha256);
            emit changed();
        });
}

void LocalFilePanel::uploadOrReuse(const QString &path, const QString &sha256)
{
    const QFileInfo info(path);
    const QString resource = m_wizard->session().profile().endpoint.toString();
    const std::optional<QString> earlier =
        sha256.isEmpty() ? std::nullopt : uploadIndex().find(resource, sha256, info.fileName(), kPurpose);
    if (!earlier)
        return sendFile(path, sha256);
    setStatus(tr("Looking for the earlier upload of %1 on the resource…").arg(info.fileName()));
    m_wizard->session().client().files().get(
        *earlier, this,
        [this, path, sha256, resource, size = info.size()](const core::Result<core::File> &file) {
            if (source().localPath != path)
                return;
            if (file && file.value().status != u"error" && file.value().bytes.value_or(size) == size) {
                reuse(file.value());
                return;
            }
            (void)uploadIndex().forget(resource, file ? file.value().id : QString());
            sendFile(path, sha256);
        });
}

void LocalFilePanel::reuse(const core::File &file)
{
    source().fileId = file.id;
    setStatus(tr("Already on the resource as %1 (the same bytes, name and purpose): not uploaded again.")
                  .arg(file.id));
    emit changed();
}

void LocalFilePanel::sendFile(const QString &path, const QString &sha256)
{
    const QFileInfo info(path);
    setStatus(tr("Uploading %1 (%2)…").arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Uploading %p%"));
    m_progress->show();
    m_cancel->show();
    // Only the upload: Submit waits until the service has processed the file.
    api::FileUploader::Options options;
    options.waitUntilProcessed = false;
    options.purpose = kPurpose;
    m_uploader = new api::FileUploader(m_wizard->session().client(), options, this);
    connect(m_uploader, &api::FileUploader::progress, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(sent * 1000 / total));
    });
    connect(m_uploader, &api::FileUploader::stateNotSaved, this,
            [this](const QString &message) { setStatus(message, true); });
    m_uploader->upload(
        path, [this, path, sha256](const core::Result<core::File> &file) { uploaded(path, sha256, file); });
}

void LocalFilePanel::uploaded(const QString &path, const QString &sha256,
                              const core::Result<core::File> &file)
{
    m_progress->hide();
    m_cancel->hide();
    m_uploader->deleteLater();
    m_uploader = nullptr;
    const bool cancelled = !file && file.error().kind == core::ApiError::Kind::Cancelled;
    if (!file) {
        setStatus(cancelled ? tr("The upload was cancelled.")
                            : tr("The upload failed: %1").arg(file.error().toString()),
                  !cancelled);
    } else if (source().localPath == path) {
        source().fileId = file.value().id;
        m_wizard->noteOwnUpload(file.value().id);
        if (!sha256.isEmpty()) {
            const core::UploadIndex::Entry entry{m_wizard->session().profile().endpoint.toString(),
                                                 sha256,
                                                 QFileInfo(path).fileName(),
                                                 kPurpose,
                                                 QFileInfo(path).size(),
                                                 file.value().id};
            (void)uploadIndex().remember(entry); // without it the next Browse only uploads again
        }
        setStatus(tr("Uploaded as %1.").arg(file.value().id));
        m_wizard->session().refreshFiles();
    }
    emit changed();
}

void LocalFilePanel::cancelWork()
{
    if (m_check)
        m_check->cancel();
    if (m_uploader)
        m_uploader->cancel();
}

bool LocalFilePanel::isBusy() const
{
    return m_check || m_uploader || m_hashing;
}

void LocalFilePanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? appearance::errorStyle() : QString());
}

QString LocalFilePanel::problem() const
{
    const core::DataSource &s = source();
    if (s.localPath.isEmpty())
        return tr("Choose a local file.");
    if (!s.fileId.isEmpty() && !m_uploader)
        return {}; // checked clean and uploaded (a re-check for the estimate may still be running)
    if (isBusy())
        return tr("Wait for the check and the upload to finish.");
    if (!m_analysis)
        return tr("The file has not been checked.");
    if (m_analysis->report.hasErrors())
        return tr("The file has errors.");
    return s.fileId.isEmpty() ? tr("The file has not been uploaded.") : QString();
}

} // namespace ft::ui
