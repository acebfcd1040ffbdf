#include "wizarddriver.h"

#include "testsecrets.h"

#include "memorysecretstore.h"
#include "session.h"
#include "wizard/draftstore.h"
#include "wizard/finetunewizard.h"

#include "emulator/emulatorthread.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDir>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace ft::test {

WizardDriver::WizardDriver(api::ServiceKind kind, bool withArm)
{
    emu::Emulator::Options o;
    o.speed = 400;
    o.apiKey = QString::fromLatin1(kTestApiKey);
    o.armToken = QString::fromLatin1(kTestArmToken);
    m_emulator = std::make_unique<emu::EmulatorThread>(o);
    if (!m_emulator->start())
        qFatal("the emulator did not start");
    m_secrets = std::make_unique<ui::MemorySecretStore>();
    m_session = std::make_unique<ui::Session>();
    ui::ConnectionProfile p;
    p.id = QStringLiteral("test");
    p.name = QStringLiteral("Test emulator");
    p.source = ui::ConnectionProfile::Source::LocalEmulator;
    p.kind = kind;
    p.endpoint = m_emulator->baseUrl();
    if (withArm) {
        p.armEndpoint = m_emulator->baseUrl();
        p.armSubscription = QStringLiteral("sub");
        p.armResourceGroup = QStringLiteral("rg");
        p.armAccount = QStringLiteral("acct");
    }
    m_session->setConnection(p, QString::fromLatin1(kTestApiKey),
                             withArm ? QString::fromLatin1(kTestArmToken) : QString());
}

WizardDriver::~WizardDriver()
{
    delete m_wizard;
    m_session.reset();
}

QUrl WizardDriver::endpoint() const
{
    return m_emulator->baseUrl();
}

ui::FineTuneWizard *WizardDriver::open()
{
    delete m_wizard;
    ui::DraftStore store(ui::DraftStore::defaultPath());
    store.clear();
    m_wizard = new ui::FineTuneWizard(*m_session, store);
    m_wizard->show();
    (void)QTest::qWaitForWindowExposed(m_wizard);
    return m_wizard;
}

bool WizardDriver::click(const QString &buttonName)
{
    auto *b = find<QAbstractButton>(buttonName);
    if (!b || !b->isEnabled() || !b->isVisible())
        return false;
    // Radio buttons and check boxes react on their indicator and label only, at the left.
    const bool toggle = b->inherits("QRadioButton") || b->inherits("QCheckBox");
    QTest::mouseClick(b, Qt::LeftButton, {}, toggle ? QPoint(8, b->height() / 2) : b->rect().center());
    return true;
}

bool WizardDriver::canGoNext() const
{
    QAbstractButton *b =
        m_wizard->button(m_wizard->currentId() == ui::FineTuneWizard::ReviewPageId ? QWizard::FinishButton
                                                                                   : QWizard::NextButton);
    return b && b->isEnabled() && b->isVisible();
}

bool WizardDriver::waitForNext(int timeoutMs) const
{
    return QTest::qWaitFor([this] { return canGoNext(); }, timeoutMs);
}

bool WizardDriver::next()
{
    if (!waitForNext())
        return false;
    const int before = m_wizard->currentId();
    QAbstractButton *b = m_wizard->button(QWizard::NextButton);
    QTest::mouseClick(b, Qt::LeftButton, {}, b->rect().center());
    return QTest::qWaitFor([&] { return m_wizard->currentId() != before; }, 5000);
}

int WizardDriver::pageId() const
{
    return m_wizard->currentId();
}

bool WizardDriver::typeInto(const QString &lineEditName, const QString &text, bool pressEnter)
{
    auto *e = find<QLineEdit>(lineEditName);
    if (!e || !e->isEnabled())
        return false;
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    QTest::keyClicks(e, text);
    if (pressEnter)
        QTest::keyClick(e, Qt::Key_Return);
    return true;
}

bool WizardDriver::selectModel(const QString &id)
{
    auto *view = find<QTreeView>(QStringLiteral("modelList"));
    if (!view)
        return false;
    return QTest::qWaitFor(
        [&] {
            const QModelIndexList hits = view->model()->match(view->model()->index(0, 0), Qt::UserRole + 1,
                                                              id, 1, Qt::MatchExactly | Qt::MatchRecursive);
            if (hits.isEmpty() || !(hits.first().flags() & Qt::ItemIsEnabled))
                return false;
            view->scrollTo(hits.first());
            const QRect r = view->visualRect(hits.first());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
            return view->currentIndex().siblingAtColumn(0) == hits.first();
        },
        10000);
}

bool WizardDriver::setLocalFile(const QString &sourcePrefix, const QString &path)
{
    if (!click(sourcePrefix + QStringLiteral("Local")))
        return false;
    return typeInto(sourcePrefix + QStringLiteral("LocalPath"), path, true);
}

QString WizardDriver::screenshot(const QString &name, QSize size)
{
    QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
    m_wizard->resize(size);
    QTest::qWait(50);
    const QString path =
        QStringLiteral(FT_SCREENSHOT_DIR "/%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height());
    m_wizard->grab().save(path);
    return path;
}

} // namespace ft::test
