#include "emulatorthread.h"

namespace ft::emu {

EmulatorThread::EmulatorThread(Emulator::Options options)
    : m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("emulator"));
}

EmulatorThread::~EmulatorThread()
{
    if (m_emulator) {
        Emulator *e = m_emulator;
        QMetaObject::invokeMethod(
            e, [e] { delete e; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool EmulatorThread::start(QString *error)
{
    m_thread.start();
    bool ok = false;
    QString why;
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [this, &ok, &why] {
            auto *e = new Emulator(m_options);
            ok = e->start(&why);
            if (ok) {
                m_emulator = e;
                m_url = e->baseUrl();
                m_dataDir = e->dataDir();
            } else {
                delete e;
            }
        },
        Qt::BlockingQueuedConnection);
    context->deleteLater();
    if (!ok && error)
        *error = why;
    return ok;
}

void EmulatorThread::setSpeed(double speed)
{
    if (m_emulator)
        m_emulator->setSpeed(speed);
    m_options.speed = speed;
}

double EmulatorThread::speed() const
{
    return m_emulator ? m_emulator->speed() : m_options.speed;
}

} // namespace ft::emu
