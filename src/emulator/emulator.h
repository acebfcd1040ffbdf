#pragma once

#include "clock.h"
#include "httpfront.h"
#include "importfetcher.h"

#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace ft::emu {

class Provisioning;
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
        ImportPolicy import; // what /files/import may fetch (https only; loopback for tests)
        bool logRequests = false;
        // Fault injection: this share of requests fails — the connection dropped before or after the
        // request is handled, 429 with Retry-After, 500 or 503, in equal parts — each answer is delayed
        // by `latencyMs`, and `faultSeed` (0: random) makes a run reproducible.
        double faultRate = 0;
        int latencyMs = 0;
        quint32 faultSeed = 0;
        QString faultOnly; // a regular expression on "METHOD /path": faults hit only matching requests
        // Which faults: drop-before, drop-after, 429, 500, 503 (empty: all, in equal parts).
        QStringList faultKinds;
        HttpFront::Limits http; // connections, timeouts, header and body limits
        // A regular expression: deployments whose name matches end their provisioning Failed.
        QString failDeployments;
    };

    explicit Emulator(Options options, QObject *parent = nullptr);
    ~Emulator() override;

    bool start(QString *error = nullptr);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString dataDir() const;
    // The simulated clock's speed, changed while running (thread-safe).
    double speed() const { return m_clock.speed(); }
    void setSpeed(double speed) { m_clock.setSpeed(speed); }

private:
    bool startFront(const QString &dir, QString *error);
    bool setUpFaults(QString *error);
    void handle(HttpRequest &request, std::function<void(HttpReply, bool)> respond);

    Options m_options;
    Clock m_clock; // the simulated clock runs at m_options.speed
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<Store> m_store;
    HttpFront *m_front = nullptr;
    Simulator *m_simulator = nullptr;
    Provisioning *m_provisioning = nullptr;
    Service *m_service = nullptr;
    QRandomGenerator m_faults;
    QRegularExpression m_faultOnly;
    QList<int> m_faultKinds; // Fault values to pick from
};

} // namespace ft::emu
