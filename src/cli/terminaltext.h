#pragma once

#include <QByteArray>
#include <QString>

namespace ft::cli {

// Text from a service (or a file) made harmless for a terminal before ftctl prints it: control characters
// (C0 such as ESC and CR, DEL, C1) and the bidirectional overrides that reorder what is shown are written
// out as visible escapes (\x1b, \r, \u202e), so a message cannot clear the screen, move the cursor, set a
// hyperlink or the window title, or overwrite and disguise what ftctl itself printed. With
// `keepLineBreaks`, "\n" (and tab) stay as they are, for ftctl's own multi-line output.
QString terminalSafe(const QString &text, bool keepLineBreaks = false);

// The same for ftctl's --json output: the characters that JSON lets through unescaped (DEL, C1, the
// bidirectional controls) become \u escapes, which leaves the document valid and equal in meaning.
QByteArray terminalSafeJson(const QByteArray &json);

} // namespace ft::cli
