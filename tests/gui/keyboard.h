#pragma once

#include <QStringList>

class QWidget;

namespace ft::test {

// Mnemonics (Alt+letter) that two visible controls under `root` share — buttons, buddied labels,
// checkable group boxes, tab bars and the menu bar — each as "Alt+X: first, second". A clash means
// Alt+X cycles focus instead of acting, so a keyboard user cannot reach one of them directly.
QStringList mnemonicClashes(QWidget *root);

// Interactive controls under `root` (visible, enabled, taking focus) without an accessible name or
// description, as assistive technology sees them (a buddy label or the control's own text count as a
// name; the tool tip as a description).
QStringList unnamedControls(QWidget *root);

// Visible labels (without word wrap) and buttons narrower than their text needs: cut-off text, typically
// after a translation made it longer. Each as "object \"text\" (width < needed)".
QStringList truncatedTexts(QWidget *root);

} // namespace ft::test
