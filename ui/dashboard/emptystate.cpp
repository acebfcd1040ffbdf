#include "emptystate.h"

#include "appearance.h"

#include "core/catalog.h"
#include "core/sampledata.h"

#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace ft::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_about(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("No fine-tuning jobs yet"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_about->setObjectName(QStringLiteral("emptyStateText"));
    m_about->setWordWrap(true);

    auto *fineTune = new QPushButton(tr("&Fine-tune a model…"), this);
    fineTune->setObjectName(QStringLiteral("emptyFineTune"));
    fineTune->setToolTip(tr("Opens the wizard: method, base model, data, and the rest."));
    fineTune->setDefault(true);
    connect(fineTune, &QPushButton::clicked, this, &EmptyState::fineTuneRequested);

    auto *sample = new QPushButton(tr("&Try it with sample data"), this);
    sample->setObjectName(QStringLiteral("emptySample"));
    sample->setToolTip(tr("Opens the wizard filled in with a sample file that ships with the app."));
    auto *samples = new QMenu(sample);
    for (const core::SampleData &s : core::SampleData::all()) {
        QAction *a = samples->addAction(core::Catalog::text(s.title));
        a->setToolTip(core::Catalog::text(s.description));
        a->setObjectName(QStringLiteral("sample_") + core::methodTypeName(s.method));
        connect(a, &QAction::triggered, this, [this, method = s.method] { emit sampleRequested(method); });
    }
    sample->setMenu(samples);

    // A column of a readable width in the middle; a word-wrapped label gets its height from that width.
    auto *column = new QWidget(this);
    column->setFixedWidth(640);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(fineTune);
    buttons->addWidget(sample);
    buttons->addStretch();
    auto *inner = new QVBoxLayout(column);
    inner->addWidget(title);
    inner->addWidget(m_about);
    inner->addSpacing(12);
    inner->addLayout(buttons);
    title->setAlignment(Qt::AlignHCenter);
    m_about->setAlignment(Qt::AlignHCenter);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
    setLocalEmulator(false);
}

void EmptyState::setLocalEmulator(bool local)
{
    m_about->setText(
        local
            ? tr("You are on the built-in emulator: a stand-in for Azure OpenAI that runs on this computer. "
                 "Its jobs train on a simulated clock and cost nothing; no account or network is needed. "
                 "Start a fine-tune of your own, or try one with sample data.")
            : tr("This resource has no fine-tuning jobs yet. Start a fine-tune of your own, or try one "
                 "with sample data."));
}

} // namespace ft::ui
