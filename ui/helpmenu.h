#pragma once

#include "help/userguidewindow.h"

#include <QMenu>
#include <QPointer>

namespace ft::ui {

// The Help menu: What's This?, the user guide (shipped inside the app) and About.
class HelpMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    explicit HelpMenu(QWidget *parent = nullptr);

    UserGuideWindow *guideWindow() const { return m_guide; }

private:
    QPointer<UserGuideWindow> m_guide; // deletes itself when closed
};

} // namespace ft::ui
