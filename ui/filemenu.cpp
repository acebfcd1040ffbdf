#include "filemenu.h"

#include <QApplication>
#include <QFileDialog>

namespace ft::ui {

FileMenu::FileMenu(QWidget *parent)
    : QMenu(tr("&File"), parent)
{
    QAction *openResults = addAction(tr("&Open results.csv…"));
    openResults->setShortcut(QKeySequence::Open);
    connect(openResults, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Open a results file"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            emit openResultsRequested(path);
    });
    QAction *compare = addAction(tr("&Compare runs…"));
    connect(compare, &QAction::triggered, this, &FileMenu::compareRequested);
    QAction *connections = addAction(tr("Co&nnections…"));
    connections->setObjectName(QStringLiteral("connectionsAction"));
    connect(connections, &QAction::triggered, this, &FileMenu::connectionsRequested);
    addSeparator();
    QAction *quit = addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
    connect(quit, &QAction::triggered, this, [] { QApplication::closeAllWindows(); });
}

} // namespace ft::ui
