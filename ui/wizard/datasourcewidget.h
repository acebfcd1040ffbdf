#pragma once

#include "core/datasetanalysis.h"
#include "core/finetunedraft.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace ft::core {
class DatasetCheckTask;
}
namespace ft::api {
class ChunkedUploader;
class PendingCall;
} // namespace ft::api

namespace ft::ui {

class CheckReportWidget;
class FineTuneWizard;

// Where a training or validation file comes from: a file already on the resource, a local file (checked
// on a worker thread, then uploaded with progress and Cancel; Browse… or drop it here), an import from
// a URL, or — for validation — none or a share split off the training file.
class DataSourceWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSourceWidget)

public:
    enum class Role { Training, Validation };

    DataSourceWidget(Role role, FineTuneWizard *wizard, QWidget *parent = nullptr);
    ~DataSourceWidget() override;

    void load(); // from the draft
    bool isComplete() const;
    QString problem() const; // why it is not complete, in words
    // Sets a local file (as Browse… or a drop would), for the keyboard and for tests.
    void setLocalFile(const QString &path);
    bool isBusy() const;

signals:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    core::DataSource &source() const;
    void chooseKind(core::DataSource::Kind kind);
    void refreshExisting();
    void startCheck();
    void checkFinished();
    void startUpload();
    void cancelWork();
    void setStatus(const QString &text, bool error = false);
    void updateAvailability();

    Role m_role;
    FineTuneWizard *m_wizard;
    QButtonGroup *m_kinds;
    QList<QRadioButton *> m_kindButtons;
    QList<core::DataSource::Kind> m_kindValues;
    QStackedWidget *m_stack;
    QComboBox *m_existing;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    CheckReportWidget *m_report;
    QLineEdit *m_url;
    QLabel *m_importNote;
    QSpinBox *m_splitPercent;
    QLabel *m_splitNote;
    QLabel *m_noneNote;
    QPointer<core::DatasetCheckTask> m_check;
    QPointer<api::ChunkedUploader> m_uploader;
    QPointer<api::PendingCall> m_upload;
    std::optional<core::DatasetAnalysis> m_analysis;
    bool m_loading = false;
};

} // namespace ft::ui
