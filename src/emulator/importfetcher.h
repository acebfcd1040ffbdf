#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ft::emu {

// What /files/import may fetch. The service imports from https URLs (an Azure Blob SAS URL or a public web
// location); the emulator refuses everything else, so it cannot be made to read local files or to reach
// services on the machine or the network it runs in.
struct ImportPolicy
{
    bool allowLoopback = false; // tests: http and https to loopback addresses
    qint64 maxBytes = 0; // 0: the service's file size limit (a larger value is capped to it)
    int timeoutMs = 300000; // the whole download, from the name lookup to the last byte
};

// Fetches one content_url for /files/import: checks the URL before anything else (scheme, host), resolves
// the host and checks every address it has, then connects to the checked address itself (with the name
// in Host and as the TLS peer name), so a name that resolves differently a moment later cannot redirect
// the request. Redirects are not followed. Bounded in bytes and in time. Reports once through `done`
// (the content, or a failure in words) and deletes itself.
class ImportFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFetcher)

public:
    using Done = std::function<void(const QByteArray &data, const QString &failure)>;

    // Why the URL is refused before any lookup or connection, or nothing when it may be fetched.
    static std::optional<QString> refusal(const QUrl &url, const ImportPolicy &policy);
    // Whether an address may be connected to (loopback only with allowLoopback).
    static bool addressAllowed(const QHostAddress &address, const ImportPolicy &policy);

    ImportFetcher(QUrl url, ImportPolicy policy, QNetworkAccessManager *network, Done done,
                  QObject *parent = nullptr);
    ~ImportFetcher() override;

    void start();

private:
    void onLookedUp(const QList<QHostAddress> &addresses, const QString &lookupError);
    void request(const QHostAddress &address);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString &why);
    void report(const QByteArray &data, const QString &failure);
    qint64 limit() const;

    QUrl m_url;
    ImportPolicy m_policy;
    QNetworkAccessManager *m_network;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_data;
    QTimer m_deadline;
    int m_lookupId = -1;
    bool m_reported = false;
};

} // namespace ft::emu
