#include "modelpage.h"

#include "finetunewizard.h"
#include "session.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ft::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;

QString methodNames(const core::CatalogModel *m)
{
    QStringList names;
    if (!m)
        return {};
    for (core::MethodType t : m->methods) {
        switch (t) {
        case core::MethodType::Supervised:
            names << QObject::tr("SFT");
            break;
        case core::MethodType::Dpo:
            names << QObject::tr("DPO");
            break;
        case core::MethodType::Reinforcement:
            names << QObject::tr("RFT");
            break;
        case core::MethodType::Unknown:
            break;
        }
    }
    return names.join(QStringLiteral(", "));
}
} // namespace

ModelPage::ModelPage(QWidget *parent)
    : WizardPage(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detail(new QLabel(this))
{
    introduce(QStringLiteral("modelPage"), tr("Base model"),
              tr("Choose the model to fine-tune, or a model you fine-tuned before to continue training it."),
              tr("<p><b>Base model</b></p><p>The models of this connection that can be fine-tuned, with the "
                 "methods "
                 "each supports and its context length. Below them: models you fine-tuned before and their "
                 "checkpoints — pick one to continue training it on new data.</p><p>Type in the search box "
                 "to filter "
                 "by name.</p>"));
    m_search->setPlaceholderText(tr("Search models"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("modelSearch"));
    m_search->setAccessibleName(tr("Search models"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(kSearchRole);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("modelList"));
    m_view->setToolTip(tr("Base models, and your fine-tuned models and checkpoints to continue from."));
    m_view->setAccessibleDescription(m_view->toolTip()); // item views describe themselves by this
    m_view->setAccessibleName(tr("Models"));
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_detail->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("modelDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Rows the filter removes move the current row to a neighbour: that is not the user's choice.
        m_populating = true;
        m_proxy->setFilterFixedString(text);
        m_populating = false;
        checkChosenIsShown();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ModelPage::onSelected);
}

void ModelPage::initializePage()
{
    Session &s = session();
    if (!m_connected) {
        m_connected = true;
        connect(&s, &Session::modelsChanged, this, &ModelPage::populate);
        connect(&s, &Session::jobsChanged, this, [this] {
            for (const auto &job : session().jobs())
                if (job.state() == core::JobState::Succeeded)
                    session().fetchCheckpoints(job.id);
            populate();
        });
        connect(&s, &Session::checkpointsChanged, this, &ModelPage::populate);
    }
    // A model that suits the method, until the user picks one.
    const core::CatalogModel *current = core::Catalog::builtin().find(draft().model);
    if (!current || !current->supports(draft().method)) {
        for (const core::CatalogModel &m : core::Catalog::builtin().models()) {
            if (m.supports(draft().method)) {
                draft().model = s.isAzure() ? m.id : m.openaiId;
                if (!m.supportsTrainingType(draft().trainingType))
                    draft().trainingType = m.trainingTypes.value(0);
                break;
            }
        }
    }
    populate();
    s.refreshModels();
    s.refreshJobs();
}

void ModelPage::populate()
{
    m_populating = true;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Model"), tr("Methods"), tr("Tiers"), tr("Tokens per example")});
    auto *base = new QStandardItem(tr("Base models"));
    auto *tuned = new QStandardItem(tr("Your fine-tuned models and checkpoints"));
    for (QStandardItem *group : {base, tuned})
        group->setFlags(Qt::ItemIsEnabled);
    const core::MethodType method = draft().method;
    QStandardItem *lastTuned = nullptr; // a model's checkpoints follow it, and are listed under it
    for (const ModelChoice &c : session().modelChoices()) {
        auto *name = new QStandardItem(c.displayName);
        name->setData(c.id, kIdRole);
        name->setData(QString(c.displayName + u' ' + c.id), kSearchRole); // found by its name or its id
        name->setToolTip(c.detail);
        const bool usable = c.catalog && c.catalog->supports(method);
        QList<QStandardItem *> row{
            name, new QStandardItem(methodNames(c.catalog)),
            new QStandardItem(c.catalog ? QString::number(c.catalog->trainingTypes.size()) : QString()),
            new QStandardItem(c.catalog ? QLocale().toString(c.catalog->contextLimit) : QString())};
        if (c.catalog && session().isAzure()) {
            QStringList tiers;
            for (const QString &t : c.catalog->trainingTypes) {
                const core::TrainingTier *tier = core::Catalog::builtin().trainingTier(t);
                tiers << (tier ? core::Catalog::text(tier->label) : t);
            }
            row[2]->setText(tiers.join(QStringLiteral(", ")));
        } else if (c.catalog)
            row[2]->setText(tr("n/a"));
        for (QStandardItem *item : row) {
            item->setEditable(false);
            if (!usable) {
                item->setFlags(Qt::NoItemFlags);
                item->setToolTip(c.catalog
                                     ? tr("%1 cannot be trained with the method chosen on the first page.")
                                           .arg(c.displayName)
                                     : tr("Not in this app's model catalog."));
            }
        }
        if (c.kind == ModelChoice::Kind::Checkpoint && lastTuned)
            lastTuned->appendRow(row);
        else
            (c.kind == ModelChoice::Kind::Base ? base : tuned)->appendRow(row);
        if (c.kind == ModelChoice::Kind::FineTuned)
            lastTuned = name;
    }
    m_model->appendRow(base);
    if (tuned->rowCount() > 0)
        m_model->appendRow(tuned);
    else
        delete tuned;
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_populating = false;
    selectCurrent();
}

void ModelPage::selectCurrent()
{
    const QModelIndexList hits = m_model->match(m_model->index(0, 0), kIdRole, draft().model, 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    if (!hits.isEmpty() && (hits.first().flags() & Qt::ItemIsEnabled))
        m_view->setCurrentIndex(m_proxy->mapFromSource(hits.first()));
    else
        m_detail->clear();
    emit completeChanged();
}

void ModelPage::onSelected()
{
    if (m_populating)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex().siblingAtColumn(0));
    const QString id = current.data(kIdRole).toString();
    if (id.isEmpty() || !(current.flags() & Qt::ItemIsEnabled))
        return;
    draft().model = id;
    m_chosenHidden = false;
    const core::CatalogModel *m = core::Catalog::builtin().find(id);
    if (m && !m->supportsTrainingType(draft().trainingType))
        draft().trainingType = m->trainingTypes.value(0);
    m_detail->setText(m ? tr("<b>%1</b> — %2<br>Trains with up to %3 tokens per example; encoding %4.")
                              .arg(current.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                                   core::Catalog::text(m->description).toHtmlEscaped(),
                                   QLocale().toString(m->contextLimit), m->encoding)
                        : QString());
    changed();
}

void ModelPage::checkChosenIsShown()
{
    // A row the search hides is never the choice: Next waits until a shown row is picked.
    const QModelIndexList shown = m_proxy->match(m_proxy->index(0, 0), kIdRole, draft().model, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    const bool hidden = !draft().model.isEmpty() && shown.isEmpty();
    if (hidden != m_chosenHidden) {
        m_chosenHidden = hidden;
        if (hidden) {
            m_view->selectionModel()->clear();
            m_detail->setText(tr("The search hides the chosen model: pick one of the models shown, or clear "
                                 "the search."));
        } else {
            m_view->setCurrentIndex(shown.first()); // shown again: it is the choice again
        }
        emit completeChanged();
    }
}

bool ModelPage::isComplete() const
{
    if (m_chosenHidden)
        return false;
    const core::CatalogModel *m = core::Catalog::builtin().find(draft().model);
    return m && m->supports(draft().method);
}

int ModelPage::nextId() const
{
    return session().isAzure() ? FineTuneWizard::TierPageId : FineTuneWizard::TrainingPageId;
}

} // namespace ft::ui
