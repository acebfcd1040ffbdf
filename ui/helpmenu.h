#pragma once

#include <QMenu>

namespace ft::ui {

// The Help menu: What's This?, the user guide (online) and About.
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    explicit HelpMenu(QWidget *parent = nullptr);
};

} // namespace ft::ui
