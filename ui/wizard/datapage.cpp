#include "datapage.h"

#include "finetunewizard.h"

#include <QVBoxLayout>

namespace ft::ui {

DataPage::DataPage(DataSourceWidget::Role role, FineTuneWizard *wizard, QWidget *parent)
    : WizardPage(parent)
    , m_role(role)
    , m_source(new DataSourceWidget(role, wizard, this))
{
    if (role == DataSourceWidget::Role::Training) {
        setObjectName(QStringLiteral("trainingPage"));
        setTitle(tr("Training data"));
        setSubTitle(
            tr("A JSONL file of examples. A local file is checked on this computer first — errors with line "
               "numbers, tokens and an estimate of the cost — then uploaded."));
    } else {
        setObjectName(QStringLiteral("validationPage"));
        setTitle(tr("Validation data"));
        setSubTitle(tr("Optional examples the model does not train on, to measure how well it generalises."));
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
