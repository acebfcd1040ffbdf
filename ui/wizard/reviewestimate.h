#pragma once

#include "core/datasetanalyzer.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace ft::core {
class DatasetCheckTask;
}

namespace ft::ui {

class FineTuneWizard;

// The tokens and cost of what will really be trained on: the local file as checked, the training part
// a split leaves (split here with the job's seed, exactly as Submit will split it), or a file already on
// the resource, read back. The text is HTML for the review page; ready() says it changed.
class ReviewEstimate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewEstimate)

public:
    explicit ReviewEstimate(FineTuneWizard &wizard, QObject *parent = nullptr);
    ~ReviewEstimate() override;

    void start(); // starts over from the draft as it is now
    QString html() const { return m_html; }

signals:
    void ready();

private:
    int epochs() const;
    void analyzeFile(const QString &path, const QString &note);
    void analyzeServiceFile(const QString &fileId);
    void show(const core::DatasetAnalysis &analysis, const QString &note);
    void say(const QString &text);

    FineTuneWizard &m_wizard;
    QPointer<core::DatasetCheckTask> m_task;
    int m_generation = 0; // answers to an earlier start() are dropped
    QString m_html;
};

} // namespace ft::ui
