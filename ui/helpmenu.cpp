#include "helpmenu.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWhatsThis>

namespace ft::ui {

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(tr("&Help"), parent)
{
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("&What's This?"));
    addAction(whatsThis);
    QAction *guide = addAction(tr("&User guide"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    // The guide ships inside the app: it opens on a plane too. One window, raised when open already.
    connect(guide, &QAction::triggered, this, [this] {
        if (!m_guide) {
            m_guide = new UserGuideWindow(parentWidget());
            m_guide->setWindowFlag(Qt::Window);
        }
        m_guide->show();
        m_guide->raise();
        m_guide->activateWindow();
    });
    QAction *about = addAction(tr("&About Fine-Tune Studio"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            parentWidget(), tr("About Fine-Tune Studio"),
            tr("<b>Fine-Tune Studio %1</b><p>Create, watch, deploy and clean up fine-tuned models on "
               "Azure OpenAI and OpenAI — or on the built-in emulator.</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
}

} // namespace ft::ui
