// The main window against the emulator, driven through its widgets: a job submitted elsewhere appears
// and succeeds with no user action; its charts hold the results' series; pause / resume / cancel follow
// the job's state; a checkpoint and the model are deployed, chatted with, and cleaned up; runs are
// compared; a results.csv opens with no connection; and, with the emulator gone, the app starts on
// what it cached. Screenshots of every tab land in build/screenshots. This file holds what the tests
// share; the tests themselves are in dashboard_jobs.cpp and dashboard_resources.cpp.

#include "dashboardtest.h"

#include "controlfixture.h"
#include "datagen.h"
#include "testsecrets.h"
#include "waiting.h"

#include "dashboard/deploydialog.h"
#include "dashboard/jobsview.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace ft;
using test::await;
using test::waitUntil;

namespace ft::test {

void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        if (QAbstractButton *b = box->button(button))
            QTest::mouseClick(b, Qt::LeftButton);
        timer->deleteLater();
    });
    timer->start();
}

bool clickWhenEnabled(QPushButton *b, int timeoutMs)
{
    if (!b || !waitUntil([b] { return b->isEnabled(); }, timeoutMs))
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

int finiteCount(const QList<QPointF> &points)
{
    return int(
        std::count_if(points.begin(), points.end(), [](const QPointF &p) { return std::isfinite(p.y()); }));
}

int rowShowing(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int r = 0; model && r < model->rowCount(); ++r)
        if (model->index(r, column).data().toString() == text)
            return r;
    return -1;
}

} // namespace ft::test

ui::ConnectionProfile TestDashboard::profile() const
{
    ui::ConnectionProfile p;
    p.id = QStringLiteral("dashboard-test");
    p.name = QStringLiteral("Dashboard test");
    p.source = ui::ConnectionProfile::Source::LocalEmulator;
    p.kind = api::ServiceKind::AzureV1;
    p.endpoint = m_url;
    p.armEndpoint = m_url;
    p.armSubscription = QStringLiteral("sub");
    p.armResourceGroup = QStringLiteral("rg");
    p.armAccount = QStringLiteral("acct");
    return p;
}

void TestDashboard::openWindow()
{
    m_window.reset();
    const ui::ConnectionProfile p = profile();
    m_window = std::make_unique<ui::MainWindow>(QList<ui::ConnectionProfile>{p}, m_secrets);
    m_window->setSessionSecret(p.secretKey(), QString::fromLatin1(test::kTestApiKey));
    m_window->setSessionSecret(p.armTokenKey(), QString::fromLatin1(test::kTestArmToken));
    m_window->setPollIntervals(250, 1000);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->useProfile(p.id);
}

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(m_dir.isValid());
    emu::Emulator::Options o;
    o.dataDir = m_dir.filePath(QStringLiteral("emulator"));
    o.speed = 5;
    m_emulator = std::make_unique<emu::EmulatorThread>(o);
    QVERIFY(m_emulator->start());
    m_url = m_emulator->baseUrl();
    m_elsewhere = std::make_unique<api::Client>(
        profile().connection(QStringLiteral("other-key"), QStringLiteral("other-arm")));
    openWindow();
}

void TestDashboard::cleanupTestCase()
{
    m_window.reset();
    m_emulator.reset();
}

core::File TestDashboard::upload(const QByteArray &content, const QString &name)
{
    const QString path = test::writeFile(m_dir.filePath(name), content);
    auto up = await<core::File>(
        [&](auto cb) { m_elsewhere->files().upload(path, QStringLiteral("fine-tune"), this, cb); });
    if (!up)
        qFatal("upload failed: %s", qPrintable(up.error().toString()));
    core::File f = up.value();
    (void)waitUntil(
        [&] {
            auto got = await<core::File>([&](auto cb) { m_elsewhere->files().get(f.id, this, cb); });
            if (got)
                f = got.value();
            return f.isReady();
        },
        20000);
    return f;
}

QString TestDashboard::submit(int examples, std::optional<int> batchSize, const QString &suffix)
{
    const core::CreateJobRequest req = test::ControlFixture::supervisedJob(
        upload(test::sftJsonl(examples), suffix + QStringLiteral("-train.jsonl")).id,
        upload(test::sftJsonl(4, 3), suffix + QStringLiteral("-valid.jsonl")).id, suffix, batchSize);
    auto job = await<core::FineTuningJob>([&](auto cb) { m_elsewhere->jobs().create(req, this, cb); });
    if (!job)
        qFatal("create failed: %s", qPrintable(job.error().toString()));
    return job.value().id;
}

bool TestDashboard::waitForState(const QString &id, core::JobState state, int timeoutMs)
{
    return waitUntil([&] { return row(id) && row(id)->state() == state; }, timeoutMs);
}

void TestDashboard::select(const QString &id)
{
    m_window->tabs()->setCurrentIndex(0);
    m_window->jobsView()->select(id);
    QCOMPARE(m_window->jobsView()->currentJobId(), id);
}

void TestDashboard::shot(const QString &name, QWidget *widget)
{
    QWidget *w = widget ? widget : m_window.get();
    QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
    const QString path = QStringLiteral(FT_SCREENSHOT_DIR "/dashboard-%1.png").arg(name);
    test::settle(150); // let charts and layouts settle
    QVERIFY(w->grab().save(path));
}

ui::DeployDialog *TestDashboard::deployThrough(QPushButton *button, const QString &name,
                                               bool fromAnotherTenant)
{
    if (!test::clickWhenEnabled(button))
        return nullptr;
    ui::DeployDialog *dialog = nullptr;
    (void)waitUntil([&] {
        for (ui::DeployDialog *d : m_window->findChildren<ui::DeployDialog *>())
            if (d->isVisible())
                dialog = d;
        return dialog != nullptr;
    });
    if (!dialog)
        return nullptr;
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("deploymentName"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("deploymentType"));
    type->setCurrentIndex(type->findData(QStringLiteral("GlobalStandard")));
    if (fromAnotherTenant) {
        // The same account, named as a source with a second tenant's token (sent, never stored).
        dialog->findChild<QGroupBox *>(QStringLiteral("deployAdvanced"))->setChecked(true);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceSubscription")),
                         QStringLiteral("sub"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceResourceGroup")),
                         QStringLiteral("rg"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceAccount")),
                         QStringLiteral("acct"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceTenantToken")),
                         QString::fromLatin1(test::kTestAuxToken));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployButton")), Qt::LeftButton);
    return dialog;
}

QTEST_MAIN(TestDashboard)
