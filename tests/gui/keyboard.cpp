#include "keyboard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QTabBar>
#include <QWidget>

namespace ft::test {

namespace {

bool shown(const QWidget *w, const QWidget *root)
{
    return w->isVisibleTo(root) && w->window()->isVisible();
}

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName(),
             QString(text).remove(u'&'));
}

} // namespace

QStringList mnemonicClashes(QWidget *root)
{
    QMap<QString, QStringList> byKey;
    auto add = [&](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString(QKeySequence::PortableText).toUpper()] << what;
    };
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (shown(b, root)) // disabled ones too: they are enabled later
            add(b->text(), describe(b, b->text()));
    for (QLabel *l : root->findChildren<QLabel *>())
        if (shown(l, root) && l->buddy() && l->buddy()->isVisibleTo(root))
            add(l->text(), describe(l, l->text()));
    for (QGroupBox *g : root->findChildren<QGroupBox *>())
        if (shown(g, root) && g->isCheckable())
            add(g->title(), describe(g, g->title()));
    for (QTabBar *t : root->findChildren<QTabBar *>())
        if (shown(t, root))
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabEnabled(i) && t->isTabVisible(i))
                    add(t->tabText(i), describe(t, t->tabText(i)));
    if (auto *main = qobject_cast<QMainWindow *>(root))
        for (QAction *a : main->menuBar()->actions())
            if (a->isVisible())
                add(a->text(), QStringLiteral("menu \"%1\"").arg(QString(a->text()).remove(u'&')));
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.key() + u": " + it.value().join(QStringLiteral(", "));
    return clashes;
}

QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!shown(w, root) || !w->isEnabled() || w->focusPolicy() == Qt::NoFocus || w->isWindow())
            continue;
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            // Each tab is its own accessible child, named by its text and described by its tool tip.
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i) && tabs->tabToolTip(i).trimmed().isEmpty())
                    out << QStringLiteral("tab \"%1\": no description")
                               .arg(QString(tabs->tabText(i)).remove(u'&'));
            continue;
        }
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || !a->isValid())
            continue;
        const QAccessible::Role role = a->role();
        const bool interactive = role == QAccessible::PushButton || role == QAccessible::RadioButton
            || role == QAccessible::CheckBox || role == QAccessible::EditableText
            || role == QAccessible::ComboBox || role == QAccessible::SpinBox || role == QAccessible::Slider
            || role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table
            || role == QAccessible::PageTabList;
        if (interactive && a->text(QAccessible::Description).trimmed().isEmpty())
            out << QStringLiteral("%1 \"%2\": no description")
                       .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                      : w->objectName(),
                            a->text(QAccessible::Name));
        if (interactive && a->text(QAccessible::Name).trimmed().isEmpty())
            out << QStringLiteral("%1 (%2)")
                       .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                      : w->objectName())
                       .arg(int(role), 0, 16);
    }
    return out;
}

QStringList truncatedTexts(QWidget *root)
{
    QStringList out;
    auto check = [&](QWidget *w, const QString &text) {
        if (!shown(w, root) || text.isEmpty() || w->sizeHint().width() <= 0)
            return;
        if (w->width() + 1 < w->sizeHint().width())
            out << QStringLiteral("%1 (%2 < %3)")
                       .arg(describe(w, text))
                       .arg(w->width())
                       .arg(w->sizeHint().width());
    };
    for (QLabel *l : root->findChildren<QLabel *>())
        if (!l->wordWrap() && l->textFormat() != Qt::RichText && !l->text().contains(u'<'))
            check(l, l->text());
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (!b->inherits("QToolButton") && !b->text().isEmpty())
            check(b, b->text());
    return out;
}

} // namespace ft::test
