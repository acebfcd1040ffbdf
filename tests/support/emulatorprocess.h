#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
#include <QUrl>

namespace ft::test {

// The real finetune-emulator binary in a child process.
class EmulatorProcess
{
public:
    EmulatorProcess() = default;
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // The arguments of a quiet emulator that keeps its data in `dataDir` and simulates `speed` seconds a
    // second, then `more`.
    static QStringList quietArguments(const QString &dataDir, double speed, const QStringList &more = {});

    // Starts it and waits for its "listening on URL" line. Returns false (with the reason) on failure.
    bool start(const QStringList &arguments, QString *error = nullptr);
    // The same, run through another program (e.g. {"prlimit", "--nofile=256:256", "--"}).
    bool startWrapped(const QStringList &wrapper, const QStringList &arguments, QString *error = nullptr);
    QUrl url() const { return m_url; }
    QString firstLine() const { return m_firstLine; }
    void kill(); // SIGKILL, as a crash would
    void terminate(); // SIGTERM, and wait
    QByteArray standardError(); // everything it logged so far
    qint64 processId() const { return m_process.processId(); }
    // Extra environment for the next start.
    void setEnv(const QString &name, const QString &value);
    int exitCode() const { return m_process.exitCode(); }

private:
    QProcess m_process;
    QTemporaryFile m_stderr; // the log goes to a file: a full pipe would block the emulator
    QUrl m_url;
    QString m_firstLine;
};

} // namespace ft::test
