#include "finetunewizard.h"

#include <QWhatsThis>

#include "appearance.h"
#include "autodeploypage.h"
#include "datapage.h"
#include "hyperparameterspage.h"
#include "methodpage.h"
#include "modelpage.h"
#include "reviewpage.h"
#include "session.h"
#include "suffixseedpage.h"
#include "tierpage.h"

#include <QAbstractButton>
#include <QDir>
#include <QStandardPaths>

namespace ft::ui {

FineTuneWizard::FineTuneWizard(Session &session, DraftStore store, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_store(std::move(store))
{
    setObjectName(QStringLiteral("fineTuneWizard"));
    setWindowTitle(tr("Fine-tune model — %1").arg(session.title()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Help shows the current page's What's This? text (Shift+F1 works on every control too).
    setOption(QWizard::HaveHelpButton, true);
    setButtonText(QWizard::HelpButton, tr("&Help"));
    button(QWizard::BackButton)->setToolTip(tr("The previous page; nothing chosen is lost."));
    button(QWizard::NextButton)->setToolTip(tr("The next page, once this one is complete."));
    button(QWizard::CancelButton)->setToolTip(tr("Closes the wizard; the draft is kept for next time."));
    button(QWizard::FinishButton)->setToolTip(tr("Uploads what is still local and creates the job."));
    button(QWizard::HelpButton)->setToolTip(tr("Explains this page."));
    connect(this, &QWizard::helpRequested, this, [this] {
        if (QWizardPage *p = currentPage(); p && !p->whatsThis().isEmpty())
            QWhatsThis::showText(mapToGlobal(QPoint(width() / 3, height() / 4)), p->whatsThis(), this);
    });
    setMinimumSize(760, 560);
    setPage(MethodPageId, new MethodPage(this));
    setPage(ModelPageId, new ModelPage(this));
    setPage(TierPageId, new TierPage(this));
    setPage(TrainingPageId, new DataPage(DataSourceWidget::Role::Training, this, this));
    setPage(ValidationPageId, new DataPage(DataSourceWidget::Role::Validation, this, this));
    setPage(SuffixPageId, new SuffixSeedPage(this));
    setPage(HyperparametersPageId, new HyperparametersPage(this));
    setPage(DeployPageId, new AutoDeployPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setStartId(MethodPageId);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &FineTuneWizard::saveDraftNow);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == CustomButton1)
            saveDraftNow();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id >= 0) {
            m_draft.page = id;
            saveDraftNow();
        }
    });
}

FineTuneWizard::~FineTuneWizard()
{
    if (!m_job && m_saveTimer.isActive()) {
        // Nothing is left on screen to say it: the log does.
        if (const auto failed = m_store.save(m_draft))
            qWarning("wizard: the draft was not saved: %s", qPrintable(failed->message()));
    }
}

void FineTuneWizard::draftChanged()
{
    if (!m_job)
        m_saveTimer.start();
}

void FineTuneWizard::saveDraftNow()
{
    m_saveTimer.stop();
    if (!m_job)
        showDraftProblem(m_store.save(m_draft));
}

void FineTuneWizard::showDraftProblem(const std::optional<core::WriteError> &failed)
{
    // A button beside Back and Next says so while the draft cannot be saved, and tries again.
    if (!failed) {
        if (testOption(HaveCustomButton1))
            setOption(HaveCustomButton1, false);
        return;
    }
    setButtonText(CustomButton1, tr("Draft not saved — retry"));
    QAbstractButton *b = button(CustomButton1);
    b->setObjectName(QStringLiteral("draftNotSaved"));
    b->setToolTip(failed->message());
    b->setAccessibleDescription(failed->message());
    b->setStyleSheet(appearance::errorStyle());
    if (!testOption(HaveCustomButton1))
        setOption(HaveCustomButton1, true);
}

void FineTuneWizard::resume(const core::FineTuneDraft &draft)
{
    m_draft = draft;
    restart();
    walkTowards(draft.page, 0);
}

// Walks forward through the pages so Back works as if the user had clicked through them; a page may
// need a moment (a file re-checked), so each step waits for it, up to a point.
void FineTuneWizard::walkTowards(int target, int waited)
{
    QWizardPage *page = currentPage();
    if (!page || currentId() == target || currentId() == ReviewPageId || waited > 300)
        return;
    if (!page->isComplete()) {
        QTimer::singleShot(100, this, [this, target, waited] { walkTowards(target, waited + 1); });
        return;
    }
    const int before = currentId();
    next();
    if (currentId() != before)
        QTimer::singleShot(0, this, [this, target] { walkTowards(target, 0); });
}

void FineTuneWizard::setSubmittedJob(const core::FineTuningJob &job)
{
    m_job = job;
    m_saveTimer.stop();
    m_store.clear();
    showDraftProblem(std::nullopt);
    emit jobSubmitted(job);
}

core::DatasetAnalyzer::Options FineTuneWizard::analyzerOptions(bool validationFile) const
{
    core::DatasetAnalyzer::Options o;
    o.method = m_draft.method;
    o.model = m_draft.model;
    o.trainingType = m_session.isAzure() ? m_draft.trainingType : QStringLiteral("openai");
    o.isValidationFile = validationFile;
    if (m_draft.customHyperparameters)
        o.nEpochs = m_draft.hyperparameters.nEpochs;
    if (m_draft.method == core::MethodType::Reinforcement)
        o.grader = m_draft.grader;
    return o;
}

QString FineTuneWizard::workDir() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/work");
}

} // namespace ft::ui
