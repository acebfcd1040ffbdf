#include "helpmenu.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>
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
    connect(guide, &QAction::triggered, this, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral(
            "https://github.com/finetune-studio/finetune-studio/blob/main/docs/user-guide.md")));
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
