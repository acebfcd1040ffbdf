#pragma once

#include <QByteArray>
#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <memory>

class QObject;

namespace ft::test {

// A stand-in server on 127.0.0.1 that records the request line of every request it receives
// ("DELETE /openai/v1/files/x HTTP/1.1") and answers each with one canned reply. It runs on its own
// thread, so a test may block (waiting for a child process) while the child talks to it. For what a
// client sends, or for replies no real service would give; everything else runs against the emulator.
class RecordingServer final
{
public:
    explicit RecordingServer(
        QByteArray status = "404 Not Found",
        QByteArray body =
            R"({"error":{"message":"not here","type":"invalid_request_error","param":null,"code":null}})");
    ~RecordingServer();
    RecordingServer(const RecordingServer &) = delete;
    RecordingServer &operator=(const RecordingServer &) = delete;

    bool isListening() const { return m_port != 0; }
    QUrl url() const;
    QStringList requestLines() const;
    void clear();

private:
    struct Shared
    {
        mutable QMutex mutex;
        QStringList lines;
        QByteArray response;
    };

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread, parent of the listening server
    quint16 m_port = 0;
};

} // namespace ft::test
