#pragma once

#include <QSet>
#include <QtGlobal>

namespace ft::emu {

// The front's open connections, bounded: a cap that closes the longest-idle connection to make room
// (as nginx reuses keep-alive connections) and marks a newcomer to be answered 503 when every other
// connection is busy, and deadlines — idle (between requests, and to send a request's headers) and
// whole-request (to send a body, and to read the answer) — past which a connection is shut down.
class ConnectionTable final
{
public:
    // One TCP connection: what it is doing and since when.
    struct Connection
    {
        enum class State { Idle, Receiving, Handling, Sending };
        int fd = -1;
        State state = State::Idle;
        qint64 since = 0;
        bool refused = false; // arrived when every connection was busy: gets a 503
        bool closing = false;
    };

    ConnectionTable(int maxConnections, int idleTimeoutMs, int requestTimeoutMs);
    ~ConnectionTable();
    ConnectionTable(const ConnectionTable &) = delete;
    ConnectionTable &operator=(const ConnectionTable &) = delete;

    void setMaxConnections(int max) { m_max = max; }
    int maxConnections() const { return m_max; }
    int size() const { return int(m_connections.size()); }

    // A connection opened on this socket (-1: unknown); over the cap, room is made for it.
    Connection *opened(int fd, qint64 nowMs);
    void closed(Connection *connection);
    static void setState(Connection *connection, Connection::State state, qint64 nowMs);
    // Shuts down the connections past their deadline; true when it shut any.
    bool sweep(qint64 nowMs);

private:
    void makeRoom(Connection *arriving);
    static void shutDown(Connection *connection);

    int m_max;
    int m_idleTimeoutMs;
    int m_requestTimeoutMs;
    QSet<Connection *> m_connections;
};

} // namespace ft::emu
