#include "emulatorprocess.h"

#include <QFile>

#include <QDeadlineTimer>

namespace ft::test {

EmulatorProcess::~EmulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

void EmulatorProcess::setEnv(const QString &name, const QString &value)
{
    QProcessEnvironment env = m_process.processEnvironment();
    if (env.isEmpty())
        env = QProcessEnvironment::systemEnvironment();
    env.insert(name, value);
    m_process.setProcessEnvironment(env);
}

QStringList EmulatorProcess::quietArguments(const QString &dataDir, double speed, const QStringList &more)
{
    return QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--speed"),
                       QString::number(speed), QStringLiteral("--quiet")}
    + more;
}

bool EmulatorProcess::start(const QStringList &arguments, QString *error)
{
    return startWrapped({}, arguments, error);
}

bool EmulatorProcess::startWrapped(const QStringList &wrapper, const QStringList &arguments, QString *error)
{
    if (wrapper.isEmpty()) {
        m_process.setProgram(QStringLiteral(FT_EMULATOR_BIN));
        m_process.setArguments(arguments);
    } else {
        m_process.setProgram(wrapper.first());
        m_process.setArguments(wrapper.mid(1) + QStringList{QStringLiteral(FT_EMULATOR_BIN)} + arguments);
    }
    if (m_stderr.open())
        m_process.setStandardErrorFile(m_stderr.fileName());
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    QByteArray buffer;
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))
            && m_process.state() == QProcess::NotRunning)
            break;
        buffer += m_process.readAllStandardOutput();
        const qsizetype nl = buffer.indexOf('\n');
        if (nl >= 0) {
            m_firstLine = QString::fromUtf8(buffer.left(nl));
            const QString prefix = QStringLiteral("listening on ");
            if (!m_firstLine.startsWith(prefix)) {
                if (error)
                    *error = QStringLiteral("unexpected first line: ") + m_firstLine;
                return false;
            }
            m_url = QUrl(m_firstLine.mid(prefix.size()).section(u' ', 0, 0));
            return m_url.isValid();
        }
    }
    if (error)
        *error = QStringLiteral("no \"listening on\" line; stderr: ") + QString::fromUtf8(standardError());
    return false;
}

void EmulatorProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

void EmulatorProcess::terminate()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

QByteArray EmulatorProcess::standardError()
{
    QFile log(m_stderr.fileName());
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

} // namespace ft::test
