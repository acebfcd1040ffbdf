#pragma once

#include <QWidget>

class QTextBrowser;
class QLineEdit;

namespace ft::ui {

// The user guide, shipped inside the app (Markdown and its screenshots in the resources), so Help
// works on a plane. Links inside the guide move within it; links to the web open in the browser.
class UserGuideWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideWindow)

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // The guide shipped with the app; empty when the resource is missing from the build.
    static QString guideText();
    QTextBrowser *browser() const { return m_browser; }
    // Moves to the next place the text occurs (wrapping around); false when it does not occur.
    bool findNext(const QString &text);

private:
    QTextBrowser *m_browser;
    QLineEdit *m_find;
};

} // namespace ft::ui
