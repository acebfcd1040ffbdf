#include "playground.h"

#include "appearance.h"

#include "control/conversation.h"
#include "control/session.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ft::ui {

Playground::Playground(control::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_system(new QLineEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
{
    setObjectName(QStringLiteral("playground"));
    m_system->setObjectName(QStringLiteral("systemMessage"));
    m_system->setPlaceholderText(tr("System message (optional)"));
    m_system->setAccessibleName(tr("System message"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(0.7);
    m_maxTokens->setRange(1, 16384);
    m_maxTokens->setValue(800);
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_input->setToolTip(tr("Your next message; Send asks every chosen deployment."));
    m_input->setAccessibleName(tr("Your message"));
    m_input->setPlaceholderText(tr("Type a message; Ctrl+Enter sends it"));
    m_input->setMaximumHeight(80);
    m_send->setObjectName(QStringLiteral("sendChat"));
    m_send->setToolTip(tr("Sends the message to the chosen deployments."));
    auto *grid = new QGridLayout;
    for (int i = 0; i < 2; ++i) {
        grid->addLayout(buildSide(i, session), 0, i);
        grid->addWidget(m_sides[i].transcript, 1, i);
        grid->addWidget(m_sides[i].usage, 2, i);
    }
    QLayout *settings = buildSettings();
    // The emulator replays the closest training example; no model runs. Nobody should take its replies
    // for a real model's.
    auto *simulated = new QLabel(tr("Simulated replies: the local emulator answers with the closest training "
                                    "example of the model, or says that none is close. No model runs."),
                                 this);
    simulated->setObjectName(QStringLiteral("simulatedNote"));
    simulated->setWordWrap(true);
    simulated->setStyleSheet(appearance::warningBannerStyle());
    const auto showSimulated = [simulated, &session] { simulated->setVisible(session.isOnThisMachine()); };
    connect(&session, &control::Session::connectionChanged, simulated, showSimulated);
    showSimulated();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(simulated);
    layout->addLayout(settings);
    layout->addLayout(grid, 1);
    layout->addLayout(buildEntry());
}

QLayout *Playground::buildSide(int i, control::Session &session)
{
    Side &s = m_sides[i];
    s.conversation = new control::Conversation(session, this);
    s.target = new QComboBox(this);
    s.target->setObjectName(i == 0 ? QStringLiteral("chatTarget") : QStringLiteral("compareTarget"));
    s.target->setToolTip(
        i == 0 ? tr("The deployment to chat with.")
               : tr("Optional: a second deployment answering the same messages, side by side."));
    s.target->setAccessibleName(i == 0 ? tr("Deployment") : tr("Compare with"));
    if (i == 1)
        s.target->addItem(tr("(no comparison)"), QString());
    s.transcript = new QTextBrowser(this);
    s.transcript->setObjectName(i == 0 ? QStringLiteral("transcript") : QStringLiteral("compareTranscript"));
    s.usage = new QLabel(this);
    s.usage->setObjectName(i == 0 ? QStringLiteral("usage") : QStringLiteral("compareUsage"));
    auto *label = new QLabel(i == 0 ? tr("&Chat with:") : tr("Compare &with:"), this);
    label->setBuddy(s.target);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(s.target, 1);
    connect(s.conversation, &control::Conversation::answered, this, [this, i](const core::ChatCompletion &c) {
        showAnswer(i, c);
        emit used(m_sides[i].target->currentData().toString());
    });
    connect(s.conversation, &control::Conversation::failed, this, [this, i](const core::ApiError &error) {
        m_sides[i].transcript->append(
            QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(appearance::errorColor().name(), error.toString().toHtmlEscaped()));
        emit answered(i);
    });
    return top;
}

QLayout *Playground::buildSettings()
{
    auto *settings = new QHBoxLayout;
    settings->addWidget(m_system, 1);
    // Labels with buddies: screen readers name the fields by them.
    auto *temperatureLabel = new QLabel(tr("&Temperature:"), this);
    temperatureLabel->setBuddy(m_temperature);
    auto *maxTokensLabel = new QLabel(tr("Max to&kens:"), this);
    maxTokensLabel->setBuddy(m_maxTokens);
    m_temperature->setToolTip(tr("0 gives the most likely answer; higher values vary more."));
    m_maxTokens->setToolTip(tr("The longest answer, in tokens."));
    settings->addWidget(temperatureLabel);
    settings->addWidget(m_temperature);
    settings->addWidget(maxTokensLabel);
    settings->addWidget(m_maxTokens);
    return settings;
}

QLayout *Playground::buildEntry()
{
    auto *clear = new QPushButton(tr("Cl&ear"), this);
    clear->setToolTip(tr("Starts a new conversation."));
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_input, 1);
    auto *entryButtons = new QVBoxLayout;
    entryButtons->addWidget(m_send);
    entryButtons->addWidget(clear);
    entry->addLayout(entryButtons);
    connect(m_send, &QPushButton::clicked, this, [this] {
        const QString text = m_input->toPlainText().trimmed();
        if (!text.isEmpty()) {
            send(text);
            m_input->clear();
        }
    });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    connect(shortcut, &QShortcut::activated, m_send, &QPushButton::click);
    connect(clear, &QPushButton::clicked, this, &Playground::clearConversation);
    return entry;
}

void Playground::setTargets(const QStringList &targets)
{
    for (int i = 0; i < 2; ++i) {
        QComboBox *c = m_sides[i].target;
        const QString keep = c->currentData().toString();
        c->clear();
        if (i == 1)
            c->addItem(tr("(no comparison)"), QString());
        for (const QString &t : targets)
            c->addItem(t, t);
        const int index = c->findData(keep);
        if (index >= 0)
            c->setCurrentIndex(index);
    }
}

void Playground::choose(const QString &target)
{
    const int index = m_sides[0].target->findData(target);
    if (index >= 0)
        m_sides[0].target->setCurrentIndex(index);
}

void Playground::clearConversation()
{
    for (Side &s : m_sides) {
        s.conversation->clear();
        s.transcript->clear();
        s.usage->clear();
    }
}

QString Playground::lastAnswer(int side) const
{
    return m_sides[side].conversation->lastAnswer();
}

void Playground::send(const QString &text)
{
    const control::Conversation::Settings settings{m_system->text(), m_temperature->value(),
                                                   m_maxTokens->value()};
    for (Side &s : m_sides) {
        const QString target = s.target->currentData().toString();
        if (target.isEmpty())
            continue;
        s.transcript->append(QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("You"), text.toHtmlEscaped()));
        s.conversation->send(target, text, settings);
    }
}

void Playground::showAnswer(int i, const core::ChatCompletion &c)
{
    Side &side = m_sides[i];
    side.transcript->append(
        QStringLiteral("<p><b>%1</b><br>%2</p>").arg(c.model.toHtmlEscaped(), c.content.toHtmlEscaped()));
    side.usage->setText(tr("%1 prompt + %2 completion = %3 tokens")
                            .arg(c.usage.promptTokens)
                            .arg(c.usage.completionTokens)
                            .arg(c.usage.totalTokens));
    emit answered(i);
}

} // namespace ft::ui
