#pragma once

#include "core/method.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ft::ui {

// What the Jobs tab shows before there is a job: what the built-in emulator is (when that is the
// connection), and the two ways to start: fine-tune a model, or try it with the sample data that
// ships with the app.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setLocalEmulator(bool local);

signals:
    void fineTuneRequested();
    void sampleRequested(ft::core::MethodType method);

private:
    QLabel *m_about;
};

} // namespace ft::ui
