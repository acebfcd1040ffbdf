// How much memory does uploading a big file cost the client? Each way of uploading runs in a child
// process of its own, so its peak RSS (VmHWM) is its alone:
//   streaming  FilesApi::upload: multipart streamed from disk (what the app and ftctl use up to 64 MB+)
//   chunked    the Uploads API: parts of 64 MB, each streamed from a slice of the file
//   naive      the reference: read the whole file into memory, then post it
// The target: streaming and chunked raise the peak RSS by at most 64 MB for a 200 MB file.
// The server's side is measured too: a fresh emulator per way, its peak RSS raise beside the file's size
// (what a server that holds a request body in memory needs, as the Qt 6.4 QHttpServer front did).

#include "api/chunkeduploader.h"
#include "api/client.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace ft;

namespace {
qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool generate(const QString &path, qint64 megabytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray line =
        R"({"messages":[{"role":"system","content":"You are a careful assistant."},)"
        R"({"role":"user","content":"Summarise the quarterly report in two sentences, please."},)"
        R"({"role":"assistant","content":"Revenue grew eight percent while costs stayed flat. )"
        R"(The outlook for the next quarter is cautiously positive."}]})"
        "\n";
    const qint64 target = megabytes * 1024 * 1024;
    while (f.size() < target)
        f.write(line);
    return true;
}

struct Emulator
{
    QProcess process;
    QUrl url;
};

qint64 processKb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool startEmulator(Emulator &emu, const QString &dataDir)
{
    emu.process.setProgram(QStringLiteral(FT_EMULATOR_BIN));
    emu.process.setArguments({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--quiet")});
    emu.process.start();
    if (!emu.process.waitForStarted() || !emu.process.waitForReadyRead(15000))
        return false;
    const QString line = QString::fromUtf8(emu.process.readLine()).trimmed();
    emu.url = QUrl(line.section(u' ', 2, 2));
    return emu.url.isValid();
}

// One upload in this process; prints "RESULT <mode> <rss_before_kb> <hwm_after_kb> <seconds> <status>".
int runChild(const QString &mode, const QString &path, const QUrl &endpoint)
{
    api::Connection c;
    c.kind = api::ServiceKind::AzureV1;
    c.endpoint = endpoint;
    c.secret = QStringLiteral("bench-key");
    api::Client client(c);
    const qint64 before = statusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    QString status = QStringLiteral("ok");
    auto done = [&status](core::Result<core::File> r) {
        if (!r)
            status = QStringLiteral("error:") + r.error().message.simplified().replace(u' ', u'_');
        QCoreApplication::quit();
    };
    std::unique_ptr<api::ChunkedUploader> chunked;
    QNetworkAccessManager naiveNetwork;
    if (mode == u"streaming") {
        client.files().upload(path, QStringLiteral("fine-tune"), &client, done);
    } else if (mode == u"chunked") {
        chunked = std::make_unique<api::ChunkedUploader>(client.uploads(), path, QStringLiteral("fine-tune"),
                                                         64LL * 1024 * 1024);
        chunked->start(done);
    } else {
        // The reference: the whole file in memory, as a quick implementation would do it.
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray all = f.readAll();
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart purpose;
        purpose.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QByteArray("form-data; name=\"purpose\""));
        purpose.setBody("fine-tune");
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"file\"; filename=\"big.jsonl\""));
        file.setBody(all);
        multi->append(purpose);
        multi->append(file);
        QNetworkRequest req(c.url(QStringLiteral("/files")));
        c.authorize(req);
        QNetworkReply *reply = naiveNetwork.post(req, multi);
        multi->setParent(reply);
        QObject::connect(reply, &QNetworkReply::finished, &naiveNetwork, [reply, &status] {
            if (reply->error() != QNetworkReply::NoError)
                status = QStringLiteral("error");
            reply->deleteLater();
            QCoreApplication::quit();
        });
    }
    QCoreApplication::exec();
    std::printf("RESULT %s %lld %lld %.2f %s\n", qPrintable(mode), statusKb("VmRSS") > 0 ? before : 0LL,
                statusKb("VmHWM"), double(timer.elapsed()) / 1000.0, qPrintable(status));
    return status == u"ok" ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mbOpt(QStringLiteral("megabytes"), QStringLiteral("File size."),
                                   QStringLiteral("MB"), QStringLiteral("200"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), QStringLiteral("Allowed RSS raise in MB."),
                                      QStringLiteral("MB"), QStringLiteral("64"));
    const QCommandLineOption modeOpt(QStringLiteral("child-mode"), QStringLiteral("internal"),
                                     QStringLiteral("M"));
    const QCommandLineOption fileOpt(QStringLiteral("child-file"), QStringLiteral("internal"),
                                     QStringLiteral("F"));
    const QCommandLineOption urlOpt(QStringLiteral("child-url"), QStringLiteral("internal"),
                                    QStringLiteral("U"));
    parser.addOptions({mbOpt, limitOpt, modeOpt, fileOpt, urlOpt});
    parser.process(app);
    if (parser.isSet(modeOpt))
        return runChild(parser.value(modeOpt), parser.value(fileOpt), QUrl(parser.value(urlOpt)));

    const qint64 megabytes = parser.value(mbOpt).toLongLong();
    const double limitMb = parser.value(limitOpt).toDouble();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    if (!generate(path, megabytes)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    std::printf("Upload of a %lld MB file: peak RSS raise (VmHWM after − VmRSS before) of the client and of\n"
                "the emulator receiving it (a fresh one per way)\n",
                megabytes);
    std::printf("machine: %s, %s; %s\n\n", qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()),
                qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    std::printf("%-10s %14s %16s %10s %10s  %s\n", "method", "client raise MB", "emulator raise MB",
                "seconds", "MB/s", "verdict");
    bool ok = true;
    for (const QString &mode :
         {QStringLiteral("streaming"), QStringLiteral("chunked"), QStringLiteral("naive")}) {
        Emulator emu;
        if (!startEmulator(emu, dir.filePath(QStringLiteral("emulator-") + mode))) {
            std::fprintf(stderr, "cannot start the emulator\n");
            return 2;
        }
        const qint64 emuBefore = processKb(emu.process.processId(), "VmRSS");
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-mode"), mode, QStringLiteral("--child-file"), path,
                     QStringLiteral("--child-url"), emu.url.toString()});
        child.waitForFinished(600000);
        const qint64 emuPeak = processKb(emu.process.processId(), "VmHWM");
        emu.process.terminate();
        emu.process.waitForFinished();
        const double emuRaise = double(emuPeak - emuBefore) / 1024.0;
        const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
        if (f.size() < 6 || f[0] != "RESULT" || f[5] != "ok") {
            std::printf("%-10s failed: %s %s\n", qPrintable(mode), f.join(' ').constData(),
                        child.readAllStandardError().constData());
            ok = false;
            continue;
        }
        const double raise = double(f[3].toLongLong() - f[2].toLongLong()) / 1024.0;
        const double seconds = f[4].toDouble();
        const bool reference = mode == u"naive";
        const bool pass = (reference || raise <= limitMb) && emuRaise <= limitMb;
        ok = ok && pass;
        std::printf("%-10s %14.1f %16.1f %10.2f %10.1f  %s\n", qPrintable(mode), raise, emuRaise, seconds,
                    seconds > 0 ? double(megabytes) / seconds : 0.0,
                    reference ? "reference (whole file in memory)"
                              : (pass ? qPrintable(QStringLiteral("ok (≤ %1 MB)").arg(limitMb))
                                      : qPrintable(QStringLiteral("OVER the %1 MB limit").arg(limitMb))));
    }
    std::printf("\nreference for the emulator: a server holding the body in memory needs at least %lld MB "
                "(the Qt 6.4 QHttpServer front measured ~620 MB for a 300 MB part)\n",
                megabytes);
    return ok ? 0 : 1;
}
