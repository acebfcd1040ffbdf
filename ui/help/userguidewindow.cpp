#include "help/userguidewindow.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace ft::ui {

namespace {
const QString kGuide = QStringLiteral(":/ft/docs/user-guide.md");

// Screenshots are taken at full window size; in the guide they are scaled to a readable column.
void fitPictures(QTextDocument *doc, int maxWidth)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            const QVariant data = doc->resource(QTextDocument::ImageResource, QUrl(picture.name()));
            const QImage image = data.value<QImage>();
            if (image.isNull() || image.width() <= maxWidth)
                continue;
            picture.setWidth(maxWidth);
            picture.setHeight(double(image.height()) * maxWidth / image.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}
} // namespace

QString UserGuideWindow::guideText()
{
    QFile file(kGuide);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("User guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 760);

    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenLinks(false); // in-guide anchors scroll; web links go to the browser
    m_browser->setSearchPaths({QStringLiteral(":/ft/docs")});
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().startsWith(QStringLiteral("http")) || url.scheme() == QStringLiteral("mailto"))
            QDesktopServices::openUrl(url);
        else if (url.hasFragment())
            m_browser->scrollToAnchor(url.fragment());
    });
    const QString text = guideText();
    if (text.isEmpty())
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    else
        m_browser->document()->setMarkdown(text, QTextDocument::MarkdownDialectGitHub);
    fitPictures(m_browser->document(), 760);
    m_browser->moveCursor(QTextCursor::Start);

    m_find->setObjectName(QStringLiteral("guideFind"));
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    auto *status = new QLabel(this);
    connect(m_find, &QLineEdit::returnPressed, this,
            [this, status] { status->setText(findNext(m_find->text()) ? QString() : tr("Not found")); });
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_find, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(findAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
}

bool UserGuideWindow::findNext(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    QTextCursor start = m_browser->textCursor();
    start.movePosition(QTextCursor::Start);
    m_browser->setTextCursor(start);
    return m_browser->find(text);
}

} // namespace ft::ui
