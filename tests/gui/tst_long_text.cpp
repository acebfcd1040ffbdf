// Long texts from the service (an error without spaces, a checkpoint's long name) stay inside the window:
// labels wrap them anywhere, and the jobs table keeps its Status column in view.
#include "dashboard/jobsview.h"
#include "statusbanner.h"

#include "core/finetuningjob.h"
#include "core/jobtablemodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace ft;

namespace {

// A service error as one unbroken run: a request id, a URL and a JSON path glued together.
QString unbrokenError()
{
    QString text = QStringLiteral("InternalServerError:");
    while (text.size() < 900)
        text += QStringLiteral("https://example.invalid/openai/v1/fine_tuning/jobs/ftjob-0123456789abcdef/");
    return text;
}

} // namespace

class TestLongText final : public QObject
{
    Q_OBJECT

private slots:
    void bannerWithAnUnbrokenError_staysNarrow()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new ui::StatusBanner(&window);
        layout->addWidget(banner);
        banner->showError(unbrokenError());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.minimumSizeHint().width() < 700,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        banner->showOffline(unbrokenError(), 0);
        QVERIFY2(window.minimumSizeHint().width() < 700,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        // Nothing of the text is lost: it reads the same once the break opportunities are taken out.
        banner->showError(unbrokenError());
        QVERIFY(banner->text().remove(QChar(0x200B)).contains(unbrokenError().toHtmlEscaped()));
    }

    void jobsTableWithALongBaseModel_keepsStatusInView()
    {
        core::JobTableModel model;
        core::FineTuningJob job;
        job.id = QStringLiteral("ftjob-long");
        job.model = QStringLiteral("gpt-4.1-mini-2025-04-14.ft-0123456789abcdef0123456789abcdef:ckpt-step-90-"
                                   "of-a-run-whose-name-is-very-long-indeed");
        job.status = QStringLiteral("running");
        job.createdAt = 1'700'000'000;
        model.upsert({job});
        ui::JobsView view(model);
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.table();
        const int right = table->horizontalHeader()->sectionViewportPosition(core::JobTableModel::Status)
            + table->horizontalHeader()->sectionSize(core::JobTableModel::Status);
        QVERIFY2(
            right <= table->viewport()->width(),
            qPrintable(QStringLiteral("Status ends at %1 of %2").arg(right).arg(table->viewport()->width())));
    }
};

QTEST_MAIN(TestLongText)
#include "tst_long_text.moc"
