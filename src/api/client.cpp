#include "client.h"

namespace ft::api {

Client::Client(Connection connection, QObject *parent)
    : QObject(parent)
    , m_transport(new Transport(std::move(connection), this))
    , m_files(*m_transport)
    , m_uploads(*m_transport)
    , m_jobs(*m_transport)
    , m_models(*m_transport)
    , m_deployments(*m_transport)
{ }

} // namespace ft::api
