#pragma once

#include "core/chat.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace ft::control {
class Conversation;
class Session;
} // namespace ft::control

namespace ft::ui {

// Chat with a deployment (on OpenAI: a model) — a system message, the turns, temperature and max
// tokens — optionally beside a second one (the base model) to compare answers; tokens used shown.
class Playground final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Playground)

public:
    explicit Playground(control::Session &session, QWidget *parent = nullptr);

    void setTargets(const QStringList &targets); // deployments (Azure) or models (OpenAI)
    void choose(const QString &target);
    void send(const QString &text);
    QString lastAnswer(int side) const;
    void clearConversation();

signals:
    void answered(int side);
    // A deployment answered: it was used now (its idle clock starts again).
    void used(const QString &deployment);

private:
    struct Side
    {
        control::Conversation *conversation = nullptr;
        QComboBox *target = nullptr;
        QTextBrowser *transcript = nullptr;
        QLabel *usage = nullptr;
    };
    QLayout *buildSide(int side, control::Session &session);
    QLayout *buildSettings();
    QLayout *buildEntry();
    void showAnswer(int side, const core::ChatCompletion &completion);

    Side m_sides[2];
    QLineEdit *m_system;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
};

} // namespace ft::ui
