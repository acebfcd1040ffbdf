#pragma once

#include "datasetanalyzer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace ft::core {

// Runs a DatasetAnalyzer over a file on a worker thread, with progress and cancel, for the GUI: the
// results arrive on the thread that owns the task. Deleting the task cancels it and waits (briefly)
// for the worker to stop.
class DatasetCheckTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetCheckTask)

public:
    DatasetCheckTask(QString path, DatasetAnalyzer::Options options, QObject *parent = nullptr);
    ~DatasetCheckTask() override;

    void start();
    void cancel();
    bool isRunning() const;
    QString path() const { return m_path; }

    // After finished(): the analysis, or nothing and why.
    const std::optional<DatasetAnalysis> &result() const { return m_result; }
    QString error() const { return m_error; }
    bool wasCancelled() const { return m_cancelledResult; }

signals:
    void progress(int percent);
    void finished();

private:
    struct Shared;
    void deliver(std::optional<DatasetAnalysis> result, QString error, bool cancelled);

    QString m_path;
    DatasetAnalyzer::Options m_options;
    std::shared_ptr<Shared> m_shared;
    std::optional<DatasetAnalysis> m_result;
    QString m_error;
    bool m_cancelledResult = false;
};

} // namespace ft::core
