#pragma once

#include <QMenu>

namespace ft::ui {

// The View menu: the language (used from the next start) and the theme (at once, or from the next
// start for the system's). What the user should know goes out through notice().
class ViewMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewMenu)

public:
    explicit ViewMenu(QWidget *parent = nullptr);

signals:
    void notice(const QString &text);

private:
    void addLanguages();
    void addThemes();
};

} // namespace ft::ui
