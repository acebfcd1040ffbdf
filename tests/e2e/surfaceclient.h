#pragma once

#include "emulatorprocess.h"
#include "multipart.h"

#include "api/transport.h"
#include "core/jsonutil.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <vector>

namespace ft::test {

// The four surfaces of the contract, as a raw client addresses them.
enum class Surface { OpenAI, AzureV1, Classic, Arm };

const char *surfaceName(Surface s);

// An answer as it came: its status, its bytes, and its body parsed (null when it is not JSON).
struct Answer
{
    int status = 0;
    QByteArray raw;
    core::js::Json body;
    QString text() const;
};

// The emulator in a child process and a raw client for each surface (no retries: every answer counts).
class SurfaceClient final
{
public:
    bool start(const QString &dataDir, QString *why);
    void kill() { m_process.kill(); }

    Answer send(Surface s, const QByteArray &verb, const QString &path, const QByteArray &body = {},
                const QByteArray &contentType = "application/json",
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Answer get(Surface s, const QString &path) { return send(s, "GET", path); }
    Answer postJson(Surface s, const QString &path, const core::js::Json &body);
    Answer postForm(Surface s, const QString &path, const QList<FormField> &fields);

private:
    EmulatorProcess m_process;
    std::vector<std::unique_ptr<api::Transport>> m_transports;
};

} // namespace ft::test
