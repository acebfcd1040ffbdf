#pragma once

#include "core/finetuningjob.h"

#include <QScrollArea>

class QFormLayout;

namespace ft::control {
class Session;
}

namespace ft::ui {

// Every field of one job in a form: ids with copy buttons, file names where the session knows them,
// the hyperparameters in effect, times, error and metadata.
class JobOverview final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobOverview)

public:
    explicit JobOverview(control::Session &session, QWidget *parent = nullptr);

    void setJob(const core::FineTuningJob &job);

private:
    void fill();
    void addRow(const QString &label, const QString &value, bool copyable = false);
    QString fileName(const QString &id) const;
    QString hyperparameters() const;
    QString metadata() const;

    control::Session &m_session;
    core::FineTuningJob m_job;
    QWidget *m_form;
    QFormLayout *m_layout;
};

} // namespace ft::ui
