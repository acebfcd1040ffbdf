#pragma once

#include "core/datasetanalysis.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ft::ui {

// What the dataset check found: errors and warnings with their line numbers, then the token and cost
// summary (always labelled an estimate).
class CheckReportWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckReportWidget)

public:
    explicit CheckReportWidget(QWidget *parent = nullptr);

    void showAnalysis(const core::DatasetAnalysis &analysis);
    void clear();

    // One paragraph of the token and cost figures, also used by the review page.
    static QString summary(const core::DatasetAnalysis &analysis, int epochs = 0);

signals:
    void bomCopyRequested();

private:
    QLabel *m_headline;
    QTreeWidget *m_findings;
    QLabel *m_summary;
    QPushButton *m_bomButton;
};

} // namespace ft::ui
