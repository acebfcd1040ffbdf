#pragma once

#include "core/chat.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace ft::ui {

class Session;

// Chat with a deployment (on OpenAI: a model) — a system message, the turns, temperature and max
// tokens — optionally beside a second one (the base model) to compare answers; tokens used shown.
class Playground final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Playground)

public:
    explicit Playground(Session &session, QWidget *parent = nullptr);

    void setTargets(const QStringList &targets); // deployments (Azure) or models (OpenAI)
    void choose(const QString &target);
    void send(const QString &text);
    QString lastAnswer(int side) const;
    void clearConversation();

signals:
    void answered(int side);

private:
    struct Side
    {
        QComboBox *target = nullptr;
        QTextBrowser *transcript = nullptr;
        QLabel *usage = nullptr;
        QList<core::ChatMessage> turns;
        QString lastAnswer;
    };
    void ask(int side, const QString &text);

    Session &m_session;
    Side m_sides[2];
    QLineEdit *m_system;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QPlainTextEdit *m_input;
    QPushButton *m_send;
};

} // namespace ft::ui
