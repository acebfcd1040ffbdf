#pragma once

#include "answerbook.h"
#include "armoperations.h"
#include "httpexchange.h"
#include "importfetcher.h"
#include "records.h"

#include <QObject>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>

class QNetworkAccessManager;

namespace ft::core {
struct WriteError;
}

namespace ft::emu {

class Simulator;
class Store;

struct ServiceOptions
{
    QString apiKey; // empty: any non-empty key is accepted
    QString armToken; // empty: the api key, or any non-empty token
    QString failDeployments; // a regular expression: deployments whose name matches fail provisioning
    ImportPolicy import; // what /files/import may fetch
};

// Every route of the contract, on every surface: parses the request, checks it as the real service
// would, acts on the store and the simulator, and answers in the surface's own shapes.
class Service final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Service)

public:
    Service(Store &store, Simulator &simulator, ServiceOptions options, QObject *parent = nullptr);
    ~Service() override;

    // Takes a request whose path and headers are set; fills in surface and segments.
    HttpReply handle(HttpRequest &request);
    // An injected failure (429 with Retry-After, 500 or 503) in the error shape of the request's surface.
    static HttpReply faultReply(const HttpRequest &request, int status);

private:
    std::optional<HttpReply> authenticate(const HttpRequest &request) const;
    HttpReply route(HttpRequest &request);
    HttpReply routeArm(HttpRequest &request);

    // files
    HttpReply listFiles(const HttpRequest &r);
    HttpReply createFile(const HttpRequest &r);
    HttpReply importFile(const HttpRequest &r);
    HttpReply getFile(const HttpRequest &r, const QString &id);
    HttpReply deleteFile(const HttpRequest &r, const QString &id);
    HttpReply fileContent(const HttpRequest &r, const QString &id);
    // uploads
    HttpReply createUpload(const HttpRequest &r);
    HttpReply addUploadPart(const HttpRequest &r, const QString &id);
    HttpReply completeUpload(const HttpRequest &r, const QString &id);
    HttpReply cancelUpload(const HttpRequest &r, const QString &id);
    // jobs
    HttpReply createJob(const HttpRequest &r);
    HttpReply listJobs(const HttpRequest &r);
    HttpReply getJob(const HttpRequest &r, const QString &id);
    HttpReply deleteJob(const HttpRequest &r, const QString &id);
    HttpReply jobAction(const HttpRequest &r, const QString &id, const QString &action);
    HttpReply listEvents(const HttpRequest &r, const QString &id);
    HttpReply listCheckpoints(const HttpRequest &r, const QString &id);
    HttpReply validateGrader(const HttpRequest &r);
    HttpReply checkpointCopy(const HttpRequest &r, const QString &jobId, const QString &checkpointId);
    // models and inference
    HttpReply listModels(const HttpRequest &r);
    HttpReply getModel(const HttpRequest &r, const QString &id);
    HttpReply deleteModel(const HttpRequest &r, const QString &id);
    HttpReply chatCompletions(const HttpRequest &r, const QString &deployment);
    // ARM deployments
    HttpReply armList(const HttpRequest &r, const QString &sub, const QString &rg, const QString &account);
    HttpReply armGet(const HttpRequest &r, const QString &sub, const QString &rg, const QString &account,
                     const QString &name);
    HttpReply armPut(const HttpRequest &r, const QString &sub, const QString &rg, const QString &account,
                     const QString &name);
    HttpReply armPatch(const HttpRequest &r, const QString &sub, const QString &rg, const QString &account,
                       const QString &name);
    HttpReply armDelete(const HttpRequest &r, const QString &sub, const QString &rg, const QString &account,
                        const QString &name);
    std::optional<ErrorSpec> armCheckPut(const nlohmann::ordered_json &body, const QString &name,
                                         const QString &key, const core::Deployment &wanted);
    std::optional<ErrorSpec> armTags(const nlohmann::ordered_json &body, QMap<QString, QString> *tags) const;
    std::optional<ErrorSpec> armSku(const QString &name, const std::optional<qint64> &capacity,
                                    bool capacityPresent) const;
    void registerDeploymentOperations();
    // nullptr when the operation could not be saved (then `failed` says why)
    const ArmOperationRecord *startDeploymentOperation(const DeploymentRecord &d, const char *action,
                                                       std::optional<core::WriteError> *failed);

    // presentation in each surface's shapes
    nlohmann::ordered_json presentFile(const FileRecord &record, Surface surface);
    nlohmann::ordered_json presentJob(const JobRecord &record, Surface surface);
    nlohmann::ordered_json presentUpload(const UploadRecord &record, Surface surface) const;
    nlohmann::ordered_json presentEvent(const core::JobEvent &event, Surface surface) const;
    nlohmann::ordered_json presentDeployment(const DeploymentRecord &record) const;
    QString fileStatus(const FileRecord &record, Surface surface) const;
    qint64 processingDeadline(qint64 bytes) const; // real ms when an Azure upload becomes "processed"

    // lookups shared by the routes
    HttpReply error(const HttpRequest &r, const ErrorSpec &spec) const { return errorReply(r.surface, spec); }
    // A change that could not be saved (a full data directory): 500 in the surface's shape; nothing changed.
    HttpReply notSaved(const HttpRequest &r, const core::WriteError &why) const;
    std::optional<ErrorSpec> parseJsonBody(const HttpRequest &r, nlohmann::ordered_json &out) const;
    std::optional<ErrorSpec> pageArgs(const HttpRequest &r, int defaultLimit, int maxLimit, int &limit,
                                      QString &after) const;
    JobRecord *jobOfModel(const QString &model, QString *checkpointOf = nullptr);
    bool isDeployed(const QString &model);
    const DeploymentRecord *deploymentForInference(const QString &name);

    Store &m_store;
    Simulator &m_sim;
    ServiceOptions m_options;
    QNetworkAccessManager *m_network = nullptr; // for /files/import
    QHash<QString, AnswerBook> m_answers; // by job id, read once per job
    std::unique_ptr<ArmOperations> m_operations;
    QRegularExpression m_failDeployments;
};

} // namespace ft::emu
