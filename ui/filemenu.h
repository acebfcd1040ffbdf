#pragma once

#include <QMenu>

namespace ft::ui {

// The File menu: open a results.csv, compare runs, connections, and Quit, which closes every window
// of the app (a results window left open must not keep it running).
class FileMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileMenu)

public:
    explicit FileMenu(QWidget *parent = nullptr);

signals:
    void openResultsRequested(const QString &path);
    void compareRequested();
    void connectionsRequested();
};

} // namespace ft::ui
