#pragma once

#include "wizardpage.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace ft::ui {

// 2. Base model: the catalog models the connection offers, with what each can do, and this
// resource's fine-tuned models and checkpoints to continue from; a search box narrows the list.
class ModelPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPage)

public:
    explicit ModelPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void populate();
    void selectCurrent();
    void onSelected();
    void checkChosenIsShown();

    QLineEdit *m_search;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_detail;
    bool m_populating = false;
    bool m_chosenHidden = false; // the search hides the chosen model
    bool m_connected = false;
};

} // namespace ft::ui
