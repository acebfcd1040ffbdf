#include "jobdetailview.h"

#include "appearance.h"

#include "metricspanel.h"
#include "session.h"

#include "api/pager.h"
#include "core/catalog.h"
#include "core/jobtablemodel.h"
#include "core/localcache.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ft::ui {

JobDetailView::JobDetailView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_cancel(new QPushButton(tr("&Cancel job"), this))
    , m_deploy(new QPushButton(tr("Deplo&y…"), this))
    , m_deleteModel(new QPushButton(tr("Delete &model"), this))
    , m_download(new QPushButton(tr("Do&wnload"), this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new QWidget(this))
    , m_overviewForm(new QFormLayout(m_overview))
    , m_metrics(new MetricsPanel(this))
    , m_events(new QTreeWidget(this))
    , m_checkpoints(new QTableWidget(0, 4, this))
    , m_deployCheckpoint(new QPushButton(tr("Deploy this chec&kpoint…"), this))
    , m_fineTuneFrom(new QPushButton(tr("Fine-tune from this checkpo&int…"), this))
    , m_copyCheckpoint(new QPushButton(tr("Copy &to another resource…"), this))
{
    setObjectName(QStringLiteral("jobDetail"));
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_state->setObjectName(QStringLiteral("jobState"));
    m_pause->setObjectName(QStringLiteral("pauseJob"));
    m_resume->setObjectName(QStringLiteral("resumeJob"));
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setToolTip(tr("Stops the job for good; what was trained so far is not kept."));
    m_deploy->setObjectName(QStringLiteral("deployModel"));
    m_deleteModel->setObjectName(QStringLiteral("deleteModel"));
    m_download->setObjectName(QStringLiteral("downloadFiles"));
    m_deployCheckpoint->setObjectName(QStringLiteral("deployCheckpoint"));
    m_fineTuneFrom->setObjectName(QStringLiteral("fineTuneFromCheckpoint"));
    m_copyCheckpoint->setObjectName(QStringLiteral("copyCheckpoint"));
    m_tabs->setObjectName(QStringLiteral("jobTabs"));
    m_events->setObjectName(QStringLiteral("eventsList"));
    m_events->setToolTip(tr("What the service reported about the job, newest first."));
    m_events->setAccessibleDescription(m_events->toolTip()); // item views describe themselves by this
    m_events->setAccessibleName(tr("Events"));
    m_events->setHeaderLabels({tr("Time"), tr("Level"), tr("Message")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_events->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyEvents = new QAction(tr("&Copy"), m_events);
    copyEvents->setShortcut(QKeySequence::Copy);
    copyEvents->setShortcutContext(Qt::WidgetShortcut);
    m_events->addAction(copyEvents);
    connect(copyEvents, &QAction::triggered, this, [this] {
        QStringList lines;
        for (QTreeWidgetItem *item : m_events->selectedItems())
            lines << QStringLiteral("%1\t%2\t%3").arg(item->text(0), item->text(1), item->text(2));
        QApplication::clipboard()->setText(lines.join(u'\n'));
    });
    m_checkpoints->setObjectName(QStringLiteral("checkpointsTable"));
    m_checkpoints->setToolTip(
        tr("The checkpoints of the job with their metrics; deploy one or fine-tune from it."));
    m_checkpoints->setAccessibleDescription(
        m_checkpoints->toolTip()); // item views describe themselves by this
    m_checkpoints->setAccessibleName(tr("Checkpoints"));
    m_checkpoints->setHorizontalHeaderLabels({tr("Step"), tr("Checkpoint"), tr("Model"), tr("Metrics")});
    m_checkpoints->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkpoints->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checkpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkpoints->verticalHeader()->hide();
    m_checkpoints->setTextElideMode(Qt::ElideMiddle);
    m_checkpoints->setWordWrap(false);

    auto *overviewScroll = new QScrollArea(this);
    overviewScroll->setWidget(m_overview);
    overviewScroll->setWidgetResizable(true);
    auto *checkpointsTab = new QWidget(this);
    auto *ckptLayout = new QVBoxLayout(checkpointsTab);
    ckptLayout->addWidget(m_checkpoints, 1);
    auto *ckptButtons = new QHBoxLayout;
    ckptButtons->addWidget(m_deployCheckpoint);
    ckptButtons->addWidget(m_fineTuneFrom);
    ckptButtons->addWidget(m_copyCheckpoint);
    ckptButtons->addStretch();
    ckptLayout->addLayout(ckptButtons);
    m_tabs->addTab(overviewScroll, tr("Overview"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(checkpointsTab, tr("Checkpoints"));
    m_tabs->setTabToolTip(0, tr("Every field of the job, with copy buttons for the ids."));
    m_tabs->setTabToolTip(1, tr("Loss and accuracy charts from the job's results.csv."));
    m_tabs->setTabToolTip(2, tr("What the service reported about the job."));
    m_tabs->setTabToolTip(3, tr("The checkpoints: deploy one, or fine-tune from it."));
    m_tabs->setTabToolTip(0, tr("Every field of the job, with copy buttons for the ids."));
    m_tabs->setTabToolTip(1, tr("Loss and accuracy charts from the job's results.csv."));
    m_tabs->setTabToolTip(2, tr("What the service reported about the job."));
    m_tabs->setTabToolTip(3, tr("The checkpoints: deploy one, or fine-tune from it."));

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_state);
    header->addLayout(titles, 1);
    for (QPushButton *b : {m_pause, m_resume, m_cancel, m_download, m_deploy, m_deleteModel})
        header->addWidget(b);
    auto *hosting =
        new QLabel(tr("Deployments are billed by the hour; an unused deployment of a fine-tuned model is "
                      "removed after 15 days."),
                   this);
    hosting->setObjectName(QStringLiteral("hostingNote"));
    hosting->setWordWrap(true);
    hosting->setStyleSheet(appearance::secondaryTextStyle());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(hosting);
    layout->addWidget(m_tabs, 1);

    connect(m_pause, &QPushButton::clicked, this, &JobDetailView::pause);
    connect(m_resume, &QPushButton::clicked, this, &JobDetailView::resume);
    connect(m_cancel, &QPushButton::clicked, this, &JobDetailView::cancel);
    connect(m_deploy, &QPushButton::clicked, this, &JobDetailView::deployModel);
    connect(m_deleteModel, &QPushButton::clicked, this, &JobDetailView::deleteModel);
    connect(m_deployCheckpoint, &QPushButton::clicked, this, &JobDetailView::deployCheckpoint);
    connect(m_fineTuneFrom, &QPushButton::clicked, this, &JobDetailView::fineTuneFromCheckpoint);
    connect(m_copyCheckpoint, &QPushButton::clicked, this, &JobDetailView::copyCheckpoint);
    connect(m_checkpoints, &QTableWidget::itemSelectionChanged, this, &JobDetailView::updateActions);
    connect(&m_session, &Session::filesChanged, this, [this] {
        if (!m_job.id.isEmpty())
            fillOverview();
    });
    auto *downloads = new QMenu(m_download);
    m_download->setMenu(downloads);
    connect(downloads, &QMenu::aboutToShow, this, [this, downloads] {
        downloads->clear();
        const QList<std::pair<QString, QString>> files{
            {tr("Training file"), m_job.trainingFile},
            {tr("Validation file"), m_job.validationFile},
            {tr("Results (results.csv)"), m_job.resultFiles.value(0)}};
        for (const auto &[label, id] : files) {
            QAction *a = downloads->addAction(label);
            a->setEnabled(!id.isEmpty() && !m_offline);
            connect(a, &QAction::triggered, this, [this, id] {
                const QString path = QFileDialog::getSaveFileName(this, tr("Save as"), id);
                if (!path.isEmpty())
                    download(id, path);
            });
        }
    });
    clearJob();
}

void JobDetailView::clearJob()
{
    m_job = {};
    m_title->setText(tr("Select a job"));
    m_state->clear();
    m_metrics->clear(tr("Select a job to see its charts."));
    m_events->clear();
    m_eventList.clear();
    m_eventIds.clear();
    m_eventsFetchedFor.clear();
    m_checkpoints->setRowCount(0);
    updateActions();
}

void JobDetailView::setOffline(bool offline)
{
    m_offline = offline;
    updateActions();
}

bool JobDetailView::confirm(const QString &title, const QString &text)
{
    return !m_confirm || QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

void JobDetailView::showJob(const core::FineTuningJob &job)
{
    const bool other = job.id != m_job.id;
    m_job = job;
    if (other) {
        m_events->clear();
        m_eventList.clear();
        m_eventIds.clear();
        m_eventsFetchedFor.clear();
        m_checkpoints->setRowCount(0);
        m_checkpointList.clear();
        m_resultsFetchedFor.clear();
        m_trainedAStep = false;
        m_metrics->clear(tr("Loading results…"));
    }
    m_title->setText(job.fineTunedModel.isEmpty() ? (job.suffix.isEmpty() ? job.id : job.suffix)
                                                  : job.fineTunedModel);
    QString state = core::JobTableModel::stateName(job.state());
    if (state.isEmpty())
        state = job.status;
    if (job.error.isSet())
        state += QStringLiteral(" — ") + job.error.message;
    m_state->setText(state);
    fillOverview();
    updateActions();
    fetchDetails();
}

void JobDetailView::fillOverview()
{
    while (m_overviewForm->rowCount() > 0)
        m_overviewForm->removeRow(0);
    const QLocale l;
    auto when = [&l](std::optional<qint64> t) {
        return t && *t > 0 ? l.toString(QDateTime::fromSecsSinceEpoch(*t), QLocale::LongFormat) : QString();
    };
    bool unknownFile = false;
    auto fileName = [this, &unknownFile](const QString &id) {
        for (const core::File &f : m_session.files())
            if (f.id == id)
                return QStringLiteral("%1 (%2)").arg(f.filename, id);
        unknownFile = unknownFile || !id.isEmpty();
        return id;
    };
    auto row = [this](const QString &label, const QString &value, bool copyable = false) {
        if (value.isEmpty())
            return;
        auto *text = new QLabel(value, m_overview);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        if (!copyable) {
            m_overviewForm->addRow(label, text);
            return;
        }
        auto *box = new QHBoxLayout;
        box->addWidget(text, 1);
        auto *copy = new QToolButton(m_overview);
        copy->setText(tr("Copy"));
        copy->setAccessibleName(tr("Copy %1").arg(label));
        copy->setToolTip(tr("Copies %1 to the clipboard.").arg(label));
        copy->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
        connect(copy, &QToolButton::clicked, copy, [value] { QApplication::clipboard()->setText(value); });
        box->addWidget(copy);
        m_overviewForm->addRow(label, box);
    };
    const core::FineTuningJob &j = m_job;
    row(tr("Job ID"), j.id, true);
    QString status = core::JobTableModel::stateName(j.state());
    row(tr("Status"), status.isEmpty() ? j.status : QStringLiteral("%1 (%2)").arg(status, j.status));
    const QString method = core::JobTableModel::methodName(j.methodType());
    row(tr("Method"), method.isEmpty() && j.method ? j.method->typeName : method);
    row(tr("Base model"), j.model, true);
    row(tr("Fine-tuned model"), j.fineTunedModel, true);
    if (const core::TrainingTier *tier = core::Catalog::builtin().trainingTier(j.trainingType))
        row(tr("Training tier"), core::Catalog::text(tier->label));
    row(tr("Training file"), fileName(j.trainingFile), true);
    row(tr("Validation file"), j.validationFile.isEmpty() ? QString() : fileName(j.validationFile), true);
    row(tr("Result files"), j.resultFiles.join(QStringLiteral(", ")), !j.resultFiles.isEmpty());
    row(tr("Suffix"), j.suffix);
    row(tr("Seed"), j.seed ? QString::number(*j.seed) : QString());
    const core::Hyperparameters h = j.effectiveHyperparameters();
    QStringList hp{tr("epochs %1").arg(h.nEpochs.toString()), tr("batch size %1").arg(h.batchSize.toString()),
                   tr("learning rate multiplier %1").arg(h.learningRateMultiplier.toString())};
    if (h.beta.isPresent())
        hp << tr("beta %1").arg(h.beta.toString());
    if (!h.reasoningEffort.isEmpty())
        hp << tr("reasoning effort %1").arg(h.reasoningEffort);
    if (h.computeMultiplier.isPresent())
        hp << tr("compute multiplier %1").arg(h.computeMultiplier.toString());
    if (h.evalInterval.isPresent())
        hp << tr("eval interval %1").arg(h.evalInterval.toString());
    if (h.evalSamples.isPresent())
        hp << tr("eval samples %1").arg(h.evalSamples.toString());
    row(tr("Hyperparameters"), hp.join(QStringLiteral(", ")));
    if (j.method && j.method->grader)
        row(tr("Grader"), QStringLiteral("%1 (%2)").arg(j.method->grader->name, j.method->grader->typeName));
    row(tr("Created"), when(j.createdAt));
    row(tr("Estimated finish"), when(j.estimatedFinish));
    row(tr("Finished"), when(j.finishedAt));
    row(tr("Trained tokens"), j.trainedTokens ? l.toString(*j.trainedTokens) : QString());
    if (j.error.isSet())
        row(tr("Error"), QStringLiteral("%1: %2").arg(j.error.code, j.error.message));
    if (j.metadata) {
        QStringList pairs;
        for (auto it = j.metadata->begin(); it != j.metadata->end(); ++it)
            pairs << QStringLiteral("%1 = %2").arg(it.key(), it.value());
        row(tr("Metadata"), pairs.join(QStringLiteral("\n")));
    }
    for (const core::Integration &i : j.integrations)
        row(tr("Weights && Biases"), QStringLiteral("%1 %2").arg(i.project, i.runId));
    // Files uploaded elsewhere: fetch the list once for this job to show their names.
    if (unknownFile && !m_offline && m_filesRequestedFor != j.id) {
        m_filesRequestedFor = j.id;
        m_session.refreshFiles();
    }
}

void JobDetailView::fetchDetails()
{
    const QString id = m_job.id;
    const bool running = core::isActive(m_job.state()) || m_job.state() == core::JobState::Paused;
    if (m_offline) {
        if (m_cache) {
            fillEvents(m_cache->events(id));
            if (const auto csv = m_cache->results(id))
                m_metrics->setResults(*csv);
            else
                m_metrics->clear(tr("Offline: no cached results for this job."));
        }
        return;
    }
    fetchEvents(running);
    m_session.client().jobs().checkpoints(id, {{}, 100}, this,
                                          [this, id](core::Result<core::Page<core::Checkpoint>> page) {
                                              if (!page || id != m_job.id)
                                                  return;
                                              m_checkpointList = page.value().data;
                                              fillCheckpoints();
                                          });
    const QString results = m_job.resultFiles.value(0);
    if (results.isEmpty()) {
        m_metrics->clear(running ? tr("Results appear once training starts.")
                                 : tr("This job has no results file."));
        return;
    }
    // A running job's results grow: fetched again every few seconds, not on every poll.
    if (m_fetchingResults
        || (m_resultsFetchedFor == id && (!running || m_resultsClock.elapsed() < kResultsRefreshMs)))
        return;
    m_fetchingResults = true;
    m_resultsClock.start();
    m_session.client().files().content(results, this, [this, id](core::Result<QByteArray> csv) {
        m_fetchingResults = false;
        if (id != m_job.id)
            return;
        if (!csv) {
            m_metrics->clear(tr("The results could not be loaded: %1").arg(csv.error().toString()));
            return;
        }
        m_resultsFetchedFor = id;
        m_metrics->setResults(csv.value());
        if (m_metrics->table() && m_metrics->table()->rowCount() > 0 && !m_trainedAStep) {
            m_trainedAStep = true;
            updateActions();
        }
        if (m_cache) {
            if (const auto failed = m_cache->storeResults(id, csv.value()))
                emit message(failed->message(), true);
        }
    });
}

void JobDetailView::fetchEvents(bool running)
{
    const QString id = m_job.id;
    if (m_fetchingEvents || (!running && m_eventsFetchedFor == id))
        return;
    m_fetchingEvents = true;
    auto done = [this, id](core::Result<core::Page<core::JobEvent>> page, bool whole) {
        m_fetchingEvents = false;
        if (!page || id != m_job.id)
            return;
        const QList<core::JobEvent> &got = page.value().data;
        if (whole) {
            fillEvents(got);
        } else {
            // The newest page: keep what is new; if all of it is new, more may be missing: fetch all.
            QList<core::JobEvent> fresh;
            for (const core::JobEvent &e : got)
                if (!m_eventIds.contains(e.id))
                    fresh << e;
            if (fresh.size() == got.size() && page.value().hasMore) {
                m_eventList.clear();
                m_eventIds.clear();
                return fetchEvents(true);
            }
            fillEvents(fresh + m_eventList);
        }
        m_eventsFetchedFor = id;
        if (m_cache) {
            if (const auto failed = m_cache->storeEvents(id, m_eventList))
                emit message(failed->message(), true);
        }
    };
    if (m_eventList.isEmpty()) {
        api::fetchAll<core::JobEvent>(
            [this, id](const QString &after, api::Callback<core::Page<core::JobEvent>> cb) {
                return m_session.client().jobs().events(id, {after, 100}, this, std::move(cb));
            },
            [done](core::Result<core::Page<core::JobEvent>> page) { done(std::move(page), true); },
            kMaxEvents);
    } else {
        m_session.client().jobs().events(
            id, {{}, 100}, this,
            [done](core::Result<core::Page<core::JobEvent>> page) { done(std::move(page), false); });
    }
}

void JobDetailView::fillEvents(const QList<core::JobEvent> &events)
{
    const QList<core::JobEvent> all = events.mid(0, kMaxEvents);
    // New events arrive at the top: insert just those, so the selection and scroll position stay.
    qsizetype fresh = 0;
    while (fresh < all.size() && !m_eventIds.contains(all[fresh].id))
        ++fresh;
    const bool prepend =
        !m_eventList.isEmpty() && fresh < all.size() && all.size() == m_eventList.size() + fresh;
    if (!prepend) {
        m_events->clear();
        m_eventIds.clear();
        fresh = all.size();
    }
    const QLocale l;
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < fresh; ++i) { // newest first, as the service lists them
        const core::JobEvent &e = all[i];
        auto *item = new QTreeWidgetItem;
        item->setData(0, Qt::UserRole, e.id);
        item->setText(0, l.toString(QDateTime::fromSecsSinceEpoch(e.createdAt), QLocale::ShortFormat));
        item->setText(1, e.level);
        item->setText(2, e.message);
        item->setToolTip(2, e.message);
        const QStyle::StandardPixmap icon = e.levelKind() == core::JobEvent::Level::Error
            ? QStyle::SP_MessageBoxCritical
            : e.levelKind() == core::JobEvent::Level::Warning ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
        item->setIcon(1, style()->standardIcon(icon));
        items << item;
        m_eventIds.insert(e.id);
    }
    m_events->insertTopLevelItems(0, items);
    m_eventList = all;
    if (!m_trainedAStep
        && std::any_of(all.begin(), all.end(), [](const core::JobEvent &e) { return e.isMetrics(); })) {
        m_trainedAStep = true;
        updateActions();
    }
}

void JobDetailView::fillCheckpoints()
{
    const QString keep = selectedCheckpointModel();
    // One column per metric the checkpoints report, in the order they first appear.
    QStringList metrics;
    for (const core::Checkpoint &c : m_checkpointList)
        for (auto it = c.metrics.begin(); it != c.metrics.end(); ++it)
            if (it.key() != u"step" && !metrics.contains(it.key()))
                metrics << it.key();
    const QHash<QString, QString> shortNames{
        {QStringLiteral("train_loss"), tr("Train loss")},
        {QStringLiteral("valid_loss"), tr("Valid loss")},
        {QStringLiteral("full_valid_loss"), tr("Full valid loss")},
        {QStringLiteral("train_mean_token_accuracy"), tr("Train acc.")},
        {QStringLiteral("valid_mean_token_accuracy"), tr("Valid acc.")},
        {QStringLiteral("full_valid_mean_token_accuracy"), tr("Full valid acc.")},
        {QStringLiteral("train_mean_reward"), tr("Train reward")},
        {QStringLiteral("valid_mean_reward"), tr("Valid reward")},
        {QStringLiteral("full_valid_mean_reward"), tr("Full valid reward")},
    };
    QStringList headers{tr("Step"), tr("Checkpoint"), tr("Model")};
    for (const QString &m : metrics)
        headers << shortNames.value(m, QString(m).replace(u'_', u' '));
    m_checkpoints->clearSelection();
    m_checkpoints->setColumnCount(int(headers.size()));
    m_checkpoints->setHorizontalHeaderLabels(headers);
    for (int c = 3; c < headers.size(); ++c)
        m_checkpoints->horizontalHeaderItem(c)->setToolTip(metrics[c - 3]); // the results.csv name
    m_checkpoints->setRowCount(int(m_checkpointList.size()));
    const QLocale l;
    for (int r = 0; r < m_checkpointList.size(); ++r) {
        const core::Checkpoint &c = m_checkpointList[r];
        QStringList cells{QString::number(c.stepNumber), c.id, c.fineTunedModelCheckpoint};
        for (const QString &m : metrics)
            cells << (c.metrics.contains(m) ? l.toString(c.metrics.value(m), 'g', 4) : QString());
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col == 0 || col >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_checkpoints->setItem(r, col, item);
        }
        if (c.fineTunedModelCheckpoint == keep)
            m_checkpoints->selectRow(r);
    }
    m_checkpoints->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (headers.size() > 2)
        m_checkpoints->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    updateActions();
}

QString JobDetailView::selectedCheckpointModel() const
{
    const int row = m_checkpoints->currentRow();
    if (row < 0 || row >= m_checkpointList.size() || m_checkpoints->selectedItems().isEmpty())
        return {};
    return m_checkpointList[row].fineTunedModelCheckpoint;
}

void JobDetailView::updateActions()
{
    const core::JobState s = m_job.state();
    const bool online = !m_offline && !m_job.id.isEmpty();
    // Only a job that has trained a step can pause: a metrics event or a results row says so.
    const bool trainedAStep = m_job.trainedTokens.value_or(0) > 0 || m_trainedAStep;
    m_pause->setEnabled(online && s == core::JobState::Running && trainedAStep);
    m_resume->setEnabled(online && s == core::JobState::Paused);
    m_cancel->setEnabled(online && (core::isActive(s) || s == core::JobState::Paused));
    const bool model = online && s == core::JobState::Succeeded && !m_job.fineTunedModel.isEmpty();
    m_deploy->setEnabled(model);
    m_deleteModel->setEnabled(model);
    m_download->setEnabled(online);
    const bool checkpoint = online && !selectedCheckpointModel().isEmpty();
    m_deployCheckpoint->setEnabled(checkpoint);
    m_fineTuneFrom->setEnabled(checkpoint);
    m_copyCheckpoint->setEnabled(checkpoint && m_session.profile().kind == api::ServiceKind::AzureV1);
    m_copyCheckpoint->setToolTip(m_session.profile().kind == api::ServiceKind::AzureV1
                                     ? QString()
                                     : tr("Copying checkpoints is an Azure OpenAI v1 preview feature."));
}

void JobDetailView::act(const QString &verb)
{
    auto done = [this, verb](core::Result<core::FineTuningJob> r) {
        if (!r) {
            const QString why = r.error().toString();
            emit message(verb == u"pause"        ? tr("Could not pause the job: %1").arg(why)
                             : verb == u"resume" ? tr("Could not resume the job: %1").arg(why)
                                                 : tr("Could not cancel the job: %1").arg(why),
                         true);
            return;
        }
        showJob(r.value());
        emit jobChanged();
    };
    if (verb == u"pause")
        m_session.client().jobs().pause(m_job.id, this, done);
    else if (verb == u"resume")
        m_session.client().jobs().resume(m_job.id, this, done);
    else
        m_session.client().jobs().cancel(m_job.id, this, done);
}

void JobDetailView::pause()
{
    if (confirm(tr("Pause the job?"), tr("Training stops after the current step; you can resume it later.")))
        act(QStringLiteral("pause"));
}

void JobDetailView::resume()
{
    if (confirm(tr("Resume the job?"), tr("Training continues from where it stopped.")))
        act(QStringLiteral("resume"));
}

void JobDetailView::cancel()
{
    if (confirm(tr("Cancel the job?"), tr("A cancelled job cannot be resumed. Cancel %1?").arg(m_job.id)))
        act(QStringLiteral("cancel"));
}

void JobDetailView::deployModel()
{
    emit deployRequested(m_job.fineTunedModel,
                         m_job.suffix.isEmpty() ? QString() : m_job.suffix + QStringLiteral("-ft"));
}

void JobDetailView::deployCheckpoint()
{
    const QString model = selectedCheckpointModel();
    if (!model.isEmpty())
        emit deployRequested(model,
                             QStringLiteral("%1-step-%2")
                                 .arg(m_job.suffix.isEmpty() ? QStringLiteral("ckpt") : m_job.suffix,
                                      model.section(u'-', -1)));
}

void JobDetailView::fineTuneFromCheckpoint()
{
    const QString model = selectedCheckpointModel();
    if (!model.isEmpty())
        emit fineTuneFrom(model);
}

void JobDetailView::copyCheckpoint()
{
    const int row = m_checkpoints->currentRow();
    if (row < 0 || row >= m_checkpointList.size())
        return;
    bool ok = false;
    const QString destination = QInputDialog::getText(
        this, tr("Copy the checkpoint"), tr("Destination resource (ARM id, /subscriptions/…/accounts/…):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok || destination.isEmpty())
        return;
    const QString region =
        QInputDialog::getText(this, tr("Copy the checkpoint"), tr("Region (for example swedencentral):"),
                              QLineEdit::Normal, {}, &ok);
    if (!ok || region.isEmpty())
        return;
    const QString jobId = m_job.id;
    const QString ckpt = m_checkpointList[row].id;
    m_session.client().jobs().copyCheckpoint(
        jobId, ckpt, destination, region, this, [this, jobId, ckpt](core::Result<core::CheckpointCopy> r) {
            if (!r) {
                emit message(tr("The copy was refused: %1").arg(r.error().toString()), true);
                return;
            }
            emit message(tr("Copying %1…").arg(r.value().checkpointedModelName), false);
            pollCheckpointCopy(jobId, ckpt);
        });
}

void JobDetailView::pollCheckpointCopy(const QString &jobId, const QString &checkpointId)
{
    m_session.client().jobs().checkpointCopyStatus(
        jobId, checkpointId, this, [this, jobId, checkpointId](core::Result<core::CheckpointCopy> s) {
            if (!s)
                return emit message(tr("The copy's status could not be read: %1").arg(s.error().toString()),
                                    true);
            if (!s.value().isFinished() || s.value().copiedAccountDetails.isEmpty()) {
                QTimer::singleShot(2000, this,
                                   [this, jobId, checkpointId] { pollCheckpointCopy(jobId, checkpointId); });
                return;
            }
            const auto &d = s.value().copiedAccountDetails.constLast();
            emit message(tr("Copy of %1 to %2: %3").arg(s.value().checkpointedModelName, d.region, d.status),
                         d.status != u"Completed");
        });
}

void JobDetailView::deleteModel()
{
    const QString model = m_job.fineTunedModel;
    if (!confirm(tr("Delete the model?"),
                 tr("Delete %1? It cannot be undone; the job and its results stay.").arg(model)))
        return;
    const api::ArmTarget arm = m_session.connection().arm;
    if (!arm.isSet() || arm.token.isEmpty()) {
        removeModel(model); // the service refuses while deployed, and says so
        return;
    }
    // A deployed model cannot be deleted: say which deployments hold it before asking the service.
    m_session.client().deployments().list(
        this, [this, model](core::Result<core::Page<core::Deployment>> page) {
            QStringList holding;
            if (page) {
                for (const core::Deployment &d : page.value().data)
                    if (d.modelName == model)
                        holding << d.name;
            }
            if (!holding.isEmpty()) {
                emit message(tr("%1 cannot be deleted while it is deployed. Delete its deployment first "
                                "(Deployments tab): %2.")
                                 .arg(model, holding.join(QStringLiteral(", "))),
                             true);
                return;
            }
            removeModel(model);
        });
}

void JobDetailView::removeModel(const QString &model)
{
    m_session.client().models().remove(model, this, [this, model](core::Result<core::Deleted> r) {
        if (!r) {
            emit message(tr("%1 was not deleted: %2").arg(model, r.error().message), true);
            return;
        }
        emit message(tr("Deleted %1.").arg(model), false);
        emit jobChanged();
    });
}

void JobDetailView::download(const QString &fileId, const QString &path)
{
    m_session.client().files().download(fileId, path, this, [this, path](core::Result<core::Nothing> r) {
        emit message(r ? tr("Saved %1.").arg(path) : tr("The download failed: %1").arg(r.error().toString()),
                     !r);
    });
}

} // namespace ft::ui
