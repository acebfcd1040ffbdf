#pragma once

#include "draftstore.h"

#include "core/datasetanalysis.h"
#include "core/datasetanalyzer.h"
#include "core/finetunedraft.h"
#include "core/finetuningjob.h"

#include <QSet>
#include <QTimer>
#include <QWizard>

#include <optional>

namespace ft::ui {

class Session;

// Create a fine-tuned model, one page per step of the Foundry flow: method, base model, training tier,
// training data, validation data, suffix and seed, hyperparameters, auto-deploy, review. The draft is
// saved as the user goes; Submit uploads what is still local and creates the job.
class FineTuneWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FineTuneWizard)

public:
    enum PageId {
        MethodPageId,
        ModelPageId,
        TierPageId,
        TrainingPageId,
        ValidationPageId,
        SuffixPageId,
        HyperparametersPageId,
        DeployPageId,
        ReviewPageId,
    };

    FineTuneWizard(Session &session, DraftStore store, QWidget *parent = nullptr);
    ~FineTuneWizard() override;

    core::FineTuneDraft &draft() { return m_draft; }
    Session &session() { return m_session; }
    // Pages call this after every change; the draft is written shortly after.
    void draftChanged();
    // Starts from a saved draft: its values fill the pages, and the wizard walks forward to its page.
    void resume(const core::FineTuneDraft &draft);
    void saveDraftNow();

    const std::optional<core::DatasetAnalysis> &trainingAnalysis() const { return m_trainingAnalysis; }
    void setTrainingAnalysis(std::optional<core::DatasetAnalysis> analysis)
    {
        m_trainingAnalysis = std::move(analysis);
    }
    const std::optional<core::FineTuningJob> &submittedJob() const { return m_job; }
    void setSubmittedJob(const core::FineTuningJob &job);
    QString workDir() const;
    // How the data check reads a file of this draft (method, model, tier priced, epochs, grader).
    core::DatasetAnalyzer::Options analyzerOptions(bool validationFile) const;
    // A file on the resource is read back (for the estimate, the grader check) up to this size.
    static constexpr qint64 kMaxReadBackBytes = 32LL * 1024 * 1024;
    // Files this wizard uploaded (not ones it found already on the resource): only these may be removed
    // when the job ends up not using them.
    void noteOwnUpload(const QString &fileId) { m_ownUploads.insert(fileId); }
    bool isOwnUpload(const QString &fileId) const { return m_ownUploads.contains(fileId); }

signals:
    void jobSubmitted(const ft::core::FineTuningJob &job);

private:
    void walkTowards(int pageId, int waited);
    void showDraftProblem(const std::optional<core::WriteError> &failed);

    Session &m_session;
    DraftStore m_store;
    core::FineTuneDraft m_draft;
    QTimer m_saveTimer;
    std::optional<core::DatasetAnalysis> m_trainingAnalysis;
    std::optional<core::FineTuningJob> m_job;
    QSet<QString> m_ownUploads;
};

} // namespace ft::ui
