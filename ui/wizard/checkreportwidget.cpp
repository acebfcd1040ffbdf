#include "checkreportwidget.h"

#include "core/catalog.h"
#include "core/datasetanalyzer.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ft::ui {

CheckReportWidget::CheckReportWidget(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_bomButton(new QPushButton(tr("Save a copy with a byte-order &mark…"), this))
{
    setObjectName(QStringLiteral("checkReport"));
    m_headline->setObjectName(QStringLiteral("checkHeadline"));
    m_headline->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("checkFindings"));
    m_findings->setToolTip(tr("What the check found, with line numbers; errors block Next."));
    m_findings->setAccessibleDescription(m_findings->toolTip()); // item views describe themselves by this
    m_findings->setAccessibleName(tr("Findings of the dataset check"));
    m_findings->setHeaderLabels({tr("Line"), tr("Where"), tr("Finding")});
    m_findings->setRootIsDecorated(false);
    m_findings->setUniformRowHeights(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_findings->setMinimumHeight(90);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bomButton->setObjectName(QStringLiteral("bomCopyButton"));
    m_bomButton->setToolTip(tr("Writes a copy of the file that starts with a UTF-8 byte-order mark, as "
                               "Azure's documentation asks."));
    m_bomButton->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_findings);
    layout->addWidget(m_summary);
    layout->addWidget(m_bomButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_bomButton, &QPushButton::clicked, this, &CheckReportWidget::bomCopyRequested);
    clear();
}

void CheckReportWidget::clear()
{
    m_headline->clear();
    m_findings->clear();
    m_findings->hide();
    m_summary->clear();
    m_bomButton->hide();
}

namespace {
QString money(double amount, const QString &currency)
{
    if (amount > 0 && amount < 0.01)
        return CheckReportWidget::tr("less than %1").arg(money(0.01, currency));
    if (currency == u"USD")
        return QLocale(QLocale::English, QLocale::UnitedStates)
            .toCurrencyString(amount, QStringLiteral("$"), 2);
    return QStringLiteral("%1 %2").arg(QLocale().toString(amount, 'f', 2), currency);
}
} // namespace

QString CheckReportWidget::summary(const core::DatasetAnalysis &a, int epochs)
{
    const QLocale l;
    const int e = epochs > 0 ? epochs : a.epochs;
    const qint64 billed = a.billedTokensPerEpoch * e;
    QString text = tr("%1 examples · %2 tokens (per example: median %3, p95 %4, max %5)")
                       .arg(l.toString(a.report.examples), l.toString(a.exampleTokens.total),
                            l.toString(qint64(a.exampleTokens.median)),
                            l.toString(qint64(a.exampleTokens.p95)), l.toString(a.exampleTokens.max));
    if (a.overLimit > 0)
        text += QLatin1String("<br>")
            + tr("%n example(s) exceed the limit of %1 tokens and will be truncated.", nullptr,
                 int(a.overLimit))
                  .arg(l.toString(a.contextLimit));
    if (a.isValidationFile)
        return text; // validation data is not trained on, nor billed
    text += QLatin1String("<br>")
        + tr("%1 epochs%2 · %3 billed tokens")
              .arg(e)
              .arg(epochs > 0 || !a.epochsAuto ? QString() : tr(" (the service's choice)"))
              .arg(l.toString(billed));
    const auto cost = core::DatasetAnalyzer::estimate(a.model, a.trainingType, billed);
    if (cost) {
        const core::TrainingTier *tier = core::Catalog::builtin().trainingTier(a.trainingType);
        const QString tierName = tier ? core::Catalog::text(tier->label) : a.trainingType;
        if (cost->price.unit == core::TrainingPrice::Unit::PerHour)
            text += QLatin1String("<br>")
                + tr("<b>Estimated cost:</b> billed by training time at %1 per hour (%2). "
                     "Prices as of %3.")
                      .arg(money(cost->price.price, cost->currency), tierName, cost->asOf);
        else
            text += QLatin1String("<br>")
                + tr("<b>Estimated cost:</b> %1 (%2 at %3 per million tokens; prices as of %4 — "
                     "an estimate, check the pricing page).")
                      .arg(money(cost->amount, cost->currency), tierName,
                           money(cost->price.price, cost->currency), cost->asOf);
    }
    return text;
}

void CheckReportWidget::showAnalysis(const core::DatasetAnalysis &a)
{
    const core::DatasetReport &r = a.report;
    m_findings->clear();
    for (const core::DatasetFinding &f : r.findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(0, f.line > 0 ? QString::number(f.line) : tr("file"));
        item->setText(1, f.path);
        item->setText(2, f.message);
        item->setToolTip(2, f.message);
        const QStyle::StandardPixmap icon = f.severity == core::DatasetFinding::Severity::Error
            ? QStyle::SP_MessageBoxCritical
            : f.severity == core::DatasetFinding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                    : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
    }
    m_findings->setVisible(!r.findings.isEmpty());
    // As tall as its rows, up to ten; the summary sits right below.
    const int rows = std::min<int>(10, int(r.findings.size()));
    const int rowHeight = std::max(18, m_findings->sizeHintForRow(0));
    m_findings->setFixedHeight(m_findings->header()->sizeHint().height() + rows * rowHeight
                               + 2 * m_findings->frameWidth() + 2);
    if (r.hasErrors())
        m_headline->setText(
            tr("<b>%n error(s)</b> must be fixed before this file can be used.", nullptr, int(r.errorCount))
            + (r.warningCount ? QLatin1Char(' ') + tr("%n warning(s).", nullptr, int(r.warningCount))
                              : QString()));
    else if (r.warningCount)
        m_headline->setText(
            tr("<b>No errors.</b> %n warning(s) worth a look.", nullptr, int(r.warningCount)));
    else
        m_headline->setText(tr("<b>No errors.</b> The file is ready."));
    m_summary->setText(summary(a));
    m_bomButton->setVisible(!r.hasBom && r.examples > 0);
}

} // namespace ft::ui
