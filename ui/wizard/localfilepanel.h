#pragma once

#include "core/datasetanalysis.h"
#include "core/fileobject.h"
#include "core/finetunedraft.h"
#include "core/result.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ft::core {
class DatasetCheckTask;
}
namespace ft::api {
class FileUploader;
}

namespace ft::ui {

class CheckReportWidget;
class FineTuneWizard;

// A local training or validation file: its path (typed, or chosen with Browse…), a check on a worker
// thread with its report, then the upload (api::FileUploader) with progress and Cancel. Writes what
// it learns into the draft's data source.
class LocalFilePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalFilePanel)

public:
    LocalFilePanel(bool validation, FineTuneWizard *wizard, QWidget *parent = nullptr);
    ~LocalFilePanel() override;

    void load(); // from the draft; checks the file again when that is still to do
    void setFile(const QString &path); // checks it, then uploads it
    void activate(); // the source became a local file: the chosen file is checked again
    void cancelWork();
    bool isBusy() const;
    QString problem() const; // why the local file cannot be used yet, in words

signals:
    void changed();

private:
    core::DataSource &source() const;
    void buildLayout();
    void connectControls();
    void saveBomCopy();
    void startCheck();
    void checkFinished();
    void startUpload();
    void uploadOrReuse(const QString &path, const QString &sha256);
    void sendFile(const QString &path, const QString &sha256);
    void reuse(const core::File &file);
    void uploaded(const QString &path, const QString &sha256, const core::Result<core::File> &file);
    void setStatus(const QString &text, bool error = false);

    bool m_validation;
    FineTuneWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    CheckReportWidget *m_report;
    QPointer<core::DatasetCheckTask> m_check;
    QPointer<api::FileUploader> m_uploader;
    bool m_hashing = false; // the file's hash is being computed on a worker thread
    std::optional<core::DatasetAnalysis> m_analysis;
};

} // namespace ft::ui
