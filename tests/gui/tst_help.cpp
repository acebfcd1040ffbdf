// Help works without a network: the user guide and its pictures ship inside the app.
#include "help/userguidewindow.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVariant>

using namespace ft;

class TestHelp final : public QObject
{
    Q_OBJECT

private slots:
    void guide_isShippedInside_withItsPictures()
    {
        // No network here at all; the guide must still read from the app's own resources.
        QVERIFY(ui::UserGuideWindow::guideText().startsWith(QStringLiteral("# Fine-Tune Studio user guide")));
        ui::UserGuideWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTextDocument *doc = window.browser()->document();
        QVERIFY(doc->toPlainText().contains(QStringLiteral("Fine-Tune Studio user guide")));
        // The first picture of the guide resolves to a real image (not the broken-image icon).
        const QVariant picture =
            doc->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("screenshots/main-window.png")));
        QVERIFY(picture.isValid());
        const QImage image =
            picture.canConvert<QImage>() ? picture.value<QImage>() : picture.value<QPixmap>().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300);
        QDir().mkpath(QStringLiteral(FT_SCREENSHOT_DIR));
        window.grab().save(QStringLiteral(FT_SCREENSHOT_DIR "/user-guide.png"));
    }

    void find_movesToTheText_andSaysWhenAbsent()
    {
        ui::UserGuideWindow window;
        QVERIFY(window.findNext(QStringLiteral("emulator")));
        QCOMPARE(window.browser()->textCursor().selectedText().toLower(), QStringLiteral("emulator"));
        QVERIFY(!window.findNext(QStringLiteral("zzz-not-in-the-guide-zzz")));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
