#pragma once

#include <QMenu>

#include <functional>

namespace ft::ui {

// The View menu: the language (used from the next start) and the theme (at once, or from the next
// start for the system's). What the user should know goes out through notice().
class ViewMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewMenu)

public:
    explicit ViewMenu(QWidget *parent = nullptr);

    // The built-in emulator's clock speed ("Demo speed"), offered while the local emulator is the
    // connection; a choice is applied at once through `apply` and saved for the next start.
    void setDemoSpeedControl(std::function<void(double)> apply);
    void setDemoSpeedAvailable(bool available);
    // The speed saved last (the built-in emulator starts at it), else the default.
    static double savedDemoSpeed();

signals:
    void notice(const QString &text);
    // A language was chosen (saved already): the app switches to it at once. Empty: the system's.
    void languageChosen(const QString &code);

private:
    void addLanguages();
    void addThemes();
    void addDemoSpeeds();

    QMenu *m_demoSpeed = nullptr;
    std::function<void(double)> m_applySpeed;
};

} // namespace ft::ui
