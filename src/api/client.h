#pragma once

#include "connection.h"
#include "deploymentsapi.h"
#include "filesapi.h"
#include "jobsapi.h"
#include "modelsapi.h"
#include "transport.h"
#include "uploadsapi.h"

#include <QObject>

namespace ft::api {

// The client of one connection: every route of the contract, grouped as the services group them.
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    explicit Client(Connection connection, QObject *parent = nullptr);

    const Connection &connection() const { return m_transport->connection(); }
    void setConnection(Connection connection) { m_transport->setConnection(std::move(connection)); }
    Transport &transport() { return *m_transport; }

    FilesApi &files() { return m_files; }
    UploadsApi &uploads() { return m_uploads; }
    JobsApi &jobs() { return m_jobs; }
    ModelsApi &models() { return m_models; }
    DeploymentsApi &deployments() { return m_deployments; }

private:
    Transport *m_transport;
    FilesApi m_files;
    UploadsApi m_uploads;
    JobsApi m_jobs;
    ModelsApi m_models;
    DeploymentsApi m_deployments;
};

} // namespace ft::api
