#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTemporaryDir;

namespace ft::emu {

class Service;
class Simulator;
class Store;

// The local stand-in for Azure OpenAI, OpenAI and ARM: an HTTP server on 127.0.0.1 that answers every
// route of the contract from a store on disk, with jobs moving on a simulated clock.
class Emulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Emulator)

public:
    struct Options
    {
        quint16 port = 0; // 0: any free port
        QString dataDir; // empty: a temporary directory, removed on exit
        double speed = 1.0; // simulated seconds per real second
        QString apiKey; // empty: any non-empty key is accepted
        QString armToken; // empty: the api key, or any non-empty token
        bool logRequests = false;
    };

    explicit Emulator(Options options, QObject *parent = nullptr);
    ~Emulator() override;

    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString dataDir() const;
    Simulator &simulator();

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<Store> m_store;
    QHttpServer *m_server = nullptr;
    Simulator *m_simulator = nullptr;
    Service *m_service = nullptr;
};

} // namespace ft::emu
