#pragma once

#include "core/finetunedraft.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace ft::ui {

class FineTuneWizard;
class LocalFilePanel;

// Where a training or validation file comes from: a file already on the resource, a local file (a
// LocalFilePanel: checked on a worker thread, then uploaded with progress and Cancel; Browse… or drop
// it here), an import from a URL, or — for validation — none or a share split off the training file.
class DataSourceWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSourceWidget)

public:
    enum class Role { Training, Validation };

    DataSourceWidget(Role role, FineTuneWizard *wizard, QWidget *parent = nullptr);

    void load(); // from the draft
    bool isComplete() const;
    QString problem() const; // why it is not complete, in words
    // Sets a local file (as Browse… or a drop would), for the keyboard and for tests.
    void setLocalFile(const QString &path);

signals:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    core::DataSource &source() const;
    void addKinds(QLayout *choices);
    void buildPages();
    void connectControls(QPushButton *refresh);
    void chooseKind(core::DataSource::Kind kind);
    void refreshExisting();
    void updateAvailability();

    Role m_role;
    FineTuneWizard *m_wizard;
    QButtonGroup *m_kinds;
    QList<QRadioButton *> m_kindButtons;
    QList<core::DataSource::Kind> m_kindValues;
    QStackedWidget *m_stack;
    QComboBox *m_existing;
    LocalFilePanel *m_local;
    QLineEdit *m_url;
    QLabel *m_importNote;
    QSpinBox *m_splitPercent;
    QLabel *m_splitNote;
    QLabel *m_noneNote;
    bool m_loading = false;
};

} // namespace ft::ui
