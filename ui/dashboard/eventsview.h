#pragma once

#include <QTreeView>

namespace ft::core {
class EventTableModel;
}

namespace ft::ui {

// The events of the selected job, newest first, with level icons; selected rows copy as text.
class EventsView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsView)

public:
    explicit EventsView(core::EventTableModel &model, QWidget *parent = nullptr);

    // The selected rows as "time<TAB>level<TAB>message" lines, newest first.
    QString selectedText() const;
};

} // namespace ft::ui
