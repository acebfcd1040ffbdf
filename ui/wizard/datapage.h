#pragma once

#include "datasourcewidget.h"
#include "wizardpage.h"

namespace ft::ui {

// 4. Training data and 5. Validation data: the same page around a DataSourceWidget.
class DataPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)

public:
    DataPage(DataSourceWidget::Role role, FineTuneWizard *wizard, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    DataSourceWidget *source() const { return m_source; }

private:
    DataSourceWidget::Role m_role;
    DataSourceWidget *m_source;
};

} // namespace ft::ui
