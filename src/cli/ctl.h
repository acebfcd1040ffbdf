#pragma once

#include "api/client.h"

#include "core/apierror.h"
#include "core/uploadstate.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <memory>
#include <nlohmann/json_fwd.hpp>

namespace ft::cli {

// ftctl: the GUI-less front end. Parses the command line, runs one command asynchronously against the
// client library and exits with 0 (success), 1 (service or job failure) or 2 (usage error).
class Ctl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ctl)

public:
    explicit Ctl(QObject *parent = nullptr);
    ~Ctl() override;

    // Returns the exit code when the command is finished before the event loop (usage errors, help);
    // otherwise -1, and the application exits later with the command's code.
    int start(const QStringList &arguments);

private:
    void addOptions();
    bool buildConnection(QString *error);
    void dispatch(const QString &group, const QString &verb, const QStringList &args);

    // files
    void filesUpload(const QStringList &args);
    void filesList();
    void filesShow(const QString &id);
    void filesDownload(const QString &id, const QString &out);
    void filesDelete(const QString &id);
    // jobs
    void jobsCreate();
    void jobsList();
    void jobsShow(const QString &id);
    void jobsEvents(const QString &id);
    void jobsCheckpoints(const QString &id);
    void jobsAction(const QString &verb, const QString &id);
    void jobsWait(const QString &id);
    void pollJob(const QString &id, qint64 deadlineMs, const QString &lastStatus);
    // the local dataset check
    void check(const QString &path);
    // models, deployments, chat
    void modelsList();
    void modelsShow(const QString &id);
    void modelsDelete(const QString &id);
    void deployCreate(const QString &name);
    void deployList();
    void deployShow(const QString &name);
    void deployDelete(const QString &name);
    void deployUpdate(const QString &name);
    api::ArmPolling armPolling();
    void deploymentSettled(const QString &name, const core::Result<core::Deployment> &r);
    void printDeployment(const core::Deployment &d);
    void chat(const QStringList &args);

    // output
    void printJson(const nlohmann::ordered_json &value);
    void printLine(const QString &text);
    void note(const QString &text); // to standard error
    void fail(const ft::core::ApiError &error);
    void usage(const QString &message);
    void finish(int code);
    qint64 timeoutMs(int fallbackSeconds) const;
    int pollIntervalMs() const;
    const core::UploadStateStore &uploadStates();
    void uploadsList();
    void uploadsCancel(const QString &uploadId);

    QCommandLineParser m_parser;
    std::unique_ptr<api::Client> m_client;
    std::unique_ptr<core::UploadStateStore> m_uploadStates;
    bool m_json = false;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace ft::cli
