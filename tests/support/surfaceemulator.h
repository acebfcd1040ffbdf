#pragma once

#include "emulatorprocess.h"
#include "multipart.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace ft::api {
class Transport;
}

namespace ft::test {

// The service surfaces the emulator serves, each with its paths and its error shape.
enum class Surface { OpenAI, AzureV1, Classic, Arm };

const char *surfaceName(Surface s);

// An answer as it came: status, bytes, and the bytes parsed (null when they are no JSON).
struct SurfaceAnswer
{
    int status = 0;
    QByteArray raw;
    nlohmann::ordered_json body;
    QString text() const; // "HTTP status body…", for failure messages
};

// The emulator in a child process and a raw client for each surface, without retries: every answer counts.
// Paths are a surface's routes ("/files", "/fine_tuning/jobs?limit=10"); for Surface::Arm, the name of a
// deployment of the test's account.
class SurfaceEmulator final
{
public:
    SurfaceEmulator();
    ~SurfaceEmulator();
    SurfaceEmulator(const SurfaceEmulator &) = delete;
    SurfaceEmulator &operator=(const SurfaceEmulator &) = delete;

    bool start(const QString &dataDir, QString *why);
    void kill();

    SurfaceAnswer send(Surface s, const QByteArray &verb, const QString &path, const QByteArray &body = {},
                       const QByteArray &contentType = "application/json",
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    SurfaceAnswer get(Surface s, const QString &path);
    SurfaceAnswer postJson(Surface s, const QString &path, const nlohmann::ordered_json &body);
    SurfaceAnswer postForm(Surface s, const QString &path, const QList<FormField> &fields);

private:
    EmulatorProcess m_process;
    std::vector<std::unique_ptr<api::Transport>> m_transports;
};

} // namespace ft::test
