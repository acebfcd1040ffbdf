#pragma once

#include "wizardpage.h"

#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTextBrowser;

namespace ft::api {
class FineTuneSubmitter;
}

namespace ft::ui {
class ReviewEstimate;
}

namespace ft::ui {

// 9. Review: what will happen in words, the exact request that will be sent (secret masked), the token
// and cost estimate; Submit uploads what is still local and creates the job.
class ReviewPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

private:
    QString summaryHtml() const;
    QString sourceText(const core::DataSource &source) const;
    QString hyperparametersText() const;
    void submitted();

    QTextBrowser *m_summary;
    QPlainTextEdit *m_request;
    QLabel *m_stage;
    QProgressBar *m_progress;
    void removeUnusedWholeFile(const QString &wholeFileId);

    ReviewEstimate *m_estimate = nullptr;
    QPointer<api::FineTuneSubmitter> m_submitter;
    bool m_done = false;
};

} // namespace ft::ui
