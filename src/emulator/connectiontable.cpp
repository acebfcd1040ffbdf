#include "connectiontable.h"

#include <sys/socket.h>

namespace ft::emu {

ConnectionTable::ConnectionTable(int maxConnections, int idleTimeoutMs, int requestTimeoutMs)
    : m_max(maxConnections)
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_requestTimeoutMs(requestTimeoutMs)
{ }

ConnectionTable::~ConnectionTable()
{
    qDeleteAll(m_connections);
}

ConnectionTable::Connection *ConnectionTable::opened(int fd, qint64 nowMs)
{
    auto *c = new Connection;
    c->fd = fd;
    c->since = nowMs;
    m_connections.insert(c);
    if (m_connections.size() > m_max)
        makeRoom(c);
    return c;
}

void ConnectionTable::closed(Connection *connection)
{
    if (!connection)
        return;
    m_connections.remove(connection);
    delete connection;
}

void ConnectionTable::setState(Connection *connection, Connection::State state, qint64 nowMs)
{
    if (!connection)
        return;
    connection->state = state;
    connection->since = nowMs;
}

void ConnectionTable::shutDown(Connection *connection)
{
    connection->closing = true;
    if (connection->fd >= 0)
        ::shutdown(connection->fd, SHUT_RDWR); // libmicrohttpd sees the end and closes it
}

void ConnectionTable::makeRoom(Connection *arriving)
{
    // The connection idle the longest makes room, as a server reuses its keep-alive connections; when
    // every other connection is busy, the newcomer is told so (503) instead.
    Connection *victim = nullptr;
    for (Connection *c : std::as_const(m_connections)) {
        if (c == arriving || c->closing || c->state != Connection::State::Idle)
            continue;
        if (!victim || c->since < victim->since)
            victim = c;
    }
    if (!victim) {
        arriving->refused = true;
        return;
    }
    shutDown(victim);
}

bool ConnectionTable::sweep(qint64 nowMs)
{
    bool closed = false;
    for (Connection *c : std::as_const(m_connections)) {
        if (c->closing || c->fd < 0)
            continue;
        qint64 limit = 0;
        switch (c->state) {
        case Connection::State::Idle:
            limit = m_idleTimeoutMs;
            break;
        case Connection::State::Receiving:
        case Connection::State::Sending:
            limit = m_requestTimeoutMs;
            break;
        case Connection::State::Handling:
            continue; // our own answer is on its way
        }
        if (nowMs - c->since > limit) {
            shutDown(c);
            closed = true;
        }
    }
    return closed;
}

} // namespace ft::emu
