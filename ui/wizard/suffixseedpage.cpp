#include "suffixseedpage.h"

#include "appearance.h"

#include "finetunewizard.h"
#include "session.h"

#include "core/catalog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ft::ui {

SuffixSeedPage::SuffixSeedPage(QWidget *parent)
    : WizardPage(parent)
    , m_suffix(new QLineEdit(this))
    , m_suffixState(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_seed(new QLineEdit(this))
    , m_seedState(new QLabel(this))
{
    introduce(
        QStringLiteral("suffixPage"), tr("Suffix and seed"),
        tr("The suffix becomes part of the fine-tuned model's name. The same seed and data give the same "
           "training run."),
        tr("<p><b>Suffix and seed</b></p><p>The suffix is added to the fine-tuned model's name so you can "
           "recognise it; the service's rule for it is checked as you type, and the preview shows the name "
           "the "
           "model will get.</p><p>The seed makes a run reproducible: the same seed, data and settings train "
           "the "
           "same model. Leave it empty for a random seed.</p>"));
    m_suffix->setObjectName(QStringLiteral("suffix"));
    m_suffix->setToolTip(tr("Added to the fine-tuned model's name so you can recognise it."));
    m_suffix->setAccessibleName(tr("Suffix"));
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setPlaceholderText(tr("random"));
    m_suffixState->setObjectName(QStringLiteral("suffixState"));
    m_suffixState->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("modelNamePreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_seedState->setObjectName(QStringLiteral("seedState"));
    m_seedState->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("S&uffix:"), m_suffix);
    form->addRow(QString(), m_suffixState);
    form->addRow(tr("Model name:"), m_preview);
    form->addRow(tr("S&eed:"), m_seed);
    form->addRow(QString(), m_seedState);
    connect(m_suffix, &QLineEdit::textChanged, this, [this](const QString &text) {
        draft().suffix = text;
        update();
        changed();
    });
    connect(m_seed, &QLineEdit::textChanged, this, [this](const QString &text) {
        bool ok = false;
        const qint64 v = text.trimmed().toLongLong(&ok);
        draft().seed = ok ? std::optional<qint64>(v) : std::nullopt;
        update();
        changed();
    });
}

QString SuffixSeedPage::previewName(const QString &baseModel, const QString &suffix, bool azure)
{
    const core::CatalogModel *m = core::Catalog::builtin().find(baseModel);
    const QString base = m ? m->id : baseModel;
    if (azure)
        return base + QStringLiteral(".ft-<job id>") + (suffix.isEmpty() ? QString() : u'-' + suffix);
    return QStringLiteral("ft:%1:<organization>:%2:<id>").arg(m ? m->openaiId : baseModel, suffix);
}

void SuffixSeedPage::initializePage()
{
    const core::SuffixRule rule = core::Catalog::builtin().suffixRule(session().isAzure());
    m_suffix->setMaxLength(rule.maxLength + 10); // let a user see the overflow, then say it
    m_suffix->setText(draft().suffix);
    m_seed->setText(draft().seed ? QString::number(*draft().seed) : QString());
    update();
}

void SuffixSeedPage::update()
{
    const core::Catalog &catalog = core::Catalog::builtin();
    const core::SuffixRule rule = catalog.suffixRule(session().isAzure());
    if (const auto problem = rule.check(m_suffix->text())) {
        m_suffixState->setText(*problem);
        m_suffixState->setStyleSheet(appearance::errorStyle());
    } else {
        m_suffixState->setText(tr("%1 allows %2.")
                                   .arg(session().isAzure() ? tr("Azure OpenAI") : tr("OpenAI"),
                                        core::Catalog::text(rule.description)));
        m_suffixState->setStyleSheet(QString());
    }
    m_preview->setText(previewName(draft().model, m_suffix->text(), session().isAzure()));
    const QString seed = m_seed->text().trimmed();
    bool ok = false;
    const qint64 v = seed.toLongLong(&ok);
    if (seed.isEmpty()) {
        m_seedState->setText(tr("The service picks a seed and reports it with the job."));
        m_seedState->setStyleSheet(QString());
    } else if (!ok || v < 0 || v > catalog.seedMax()) {
        m_seedState->setText(tr("The seed must be a whole number from 0 to %1.").arg(catalog.seedMax()));
        m_seedState->setStyleSheet(appearance::errorStyle());
    } else {
        m_seedState->clear();
    }
}

bool SuffixSeedPage::isComplete() const
{
    const core::Catalog &catalog = core::Catalog::builtin();
    if (catalog.suffixRule(session().isAzure()).check(m_suffix->text()))
        return false;
    const QString seed = m_seed->text().trimmed();
    if (seed.isEmpty())
        return true;
    bool ok = false;
    const qint64 v = seed.toLongLong(&ok);
    return ok && v >= 0 && v <= catalog.seedMax();
}

int SuffixSeedPage::nextId() const
{
    return FineTuneWizard::HyperparametersPageId;
}

} // namespace ft::ui
