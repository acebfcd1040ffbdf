// ftctl: Fine-Tune Studio from the command line.

#include "cli/ctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ftctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
    ft::cli::Ctl ctl;
    // Queued: a command that ends before the event loop runs returns its code from start() instead.
    QObject::connect(
        &ctl, &ft::cli::Ctl::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    const int code = ctl.start(app.arguments());
    return code >= 0 ? code : app.exec();
}
