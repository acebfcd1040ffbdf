#pragma once

#include "client.h"
#include "jobcreator.h"

#include "core/finetunedraft.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace ft::api {

class FileUploader;

// What Submit does: gets both files onto the service (uploading local ones, importing URLs, or
// splitting the training file locally first) and waits until the service has processed them — all
// through FileUploader —, then creates the job. Every create carries a client request
// id in its metadata, so a retry after an ambiguous failure can find the job it may have created.
class FineTuneSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FineTuneSubmitter)

public:
    FineTuneSubmitter(Client &client, core::FineTuneDraft draft, QString workDir, QObject *parent = nullptr);

    void start();
    void cancel();

    const core::FineTuneDraft &draft() const { return m_draft; } // file ids filled in as they arrive
    const std::optional<core::FineTuningJob> &job() const { return m_job; }
    const core::ApiError &error() const { return m_error; }

    // The request as it will be sent: method, URL, headers with the secret masked, and the JSON body.
    static QString preview(const Connection &connection, const core::CreateJobRequest &request);
    static constexpr const char *kRequestIdKey = JobCreator::kRequestIdKey;

signals:
    void stage(const QString &text);
    void progress(qint64 done, qint64 total);
    void finished();

private:
    enum class Step { Split, Training, Validation, Create, Done };
    void next();
    void prepare(core::DataSource &source, bool validation);
    FileUploader *newUploader(core::DataSource &source, bool validation);
    void fail(const core::ApiError &error);

    Client &m_client;
    core::FineTuneDraft m_draft;
    QString m_workDir;
    Step m_step = Step::Split;
    QPointer<JobCreator> m_creator;
    QPointer<FileUploader> m_uploader;
    std::optional<core::FineTuningJob> m_job;
    core::ApiError m_error;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace ft::api
