#pragma once

// Shared bits of the libFuzzer targets: Qt's log kept quiet (a fuzzer feeds broken input on purpose),
// and a check that aborts, so libFuzzer records the input as a crash.

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ft::fuzz {

inline void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

inline void installQuietLog()
{
    if (!qEnvironmentVariableIsSet("FT_FUZZ_VERBOSE"))
        qInstallMessageHandler(quietMessageHandler);
}

inline QByteArrayView bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

} // namespace ft::fuzz

// A property of the code under test; a violation is a crash for libFuzzer.
#define FT_FUZZ_CHECK(condition)                                                                             \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::ft::fuzz::fail(#condition " (" __FILE__ ":" QT_STRINGIFY(__LINE__) ")");                       \
    } while (false)
