#include "datapage.h"

#include "core/catalog.h"

#include "finetunewizard.h"

#include <QVBoxLayout>

namespace ft::ui {

DataPage::DataPage(DataSourceWidget::Role role, FineTuneWizard *wizard, QWidget *parent)
    : WizardPage(parent)
    , m_role(role)
    , m_source(new DataSourceWidget(role, wizard, this))
{
    if (role == DataSourceWidget::Role::Training) {
        introduce(
            QStringLiteral("trainingPage"), tr("Training data"),
            tr("A JSONL file of examples. A local file is checked on this computer first — errors with line "
               "numbers, tokens and an estimate of the cost — then uploaded."),
            tr("<p><b>Training data</b></p><p>A JSONL file: one example per line, in the format of the "
               "method (chat messages for SFT, preferred and non-preferred answers for DPO, messages and "
               "reference fields for RFT).</p><p>Use a file already on the resource, upload one from this "
               "computer (Browse… or drop it on the page) or import one from a URL. A local file is "
               "checked first: errors are listed with line numbers and block Next; the token count and "
               "cost estimate are shown. Files above %1 MB go through the resumable chunked upload.</p>")
                .arg(core::Catalog::builtin().chunkedThresholdBytes() / (qint64(1024) * 1024)));
    } else {
        introduce(
            QStringLiteral("validationPage"), tr("Validation data"),
            tr("Optional examples the model does not train on, to measure how well it generalises."),
            tr("<p><b>Validation data</b></p><p>Examples the model does not train on: the service "
               "measures loss and accuracy on them as training goes, which shows whether the model "
               "generalises or only memorises. Use an existing file, upload or import one, or split a "
               "share off the training file (with a seed, so the split can be repeated).</p><p>Required "
               "for reinforcement fine-tuning.</p>"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    connect(m_source, &DataSourceWidget::changed, this, &DataPage::changed);
}

void DataPage::initializePage()
{
    m_source->load();
}

bool DataPage::isComplete() const
{
    return m_source->isComplete();
}

int DataPage::nextId() const
{
    return m_role == DataSourceWidget::Role::Training ? FineTuneWizard::ValidationPageId
                                                      : FineTuneWizard::SuffixPageId;
}

} // namespace ft::ui
