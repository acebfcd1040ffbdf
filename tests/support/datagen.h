#pragma once

#include <QByteArray>
#include <QString>

namespace ft::test {

// Valid training data of each method, deterministic for a seed.
QByteArray sftJsonl(int examples, int seed = 1);
QByteArray dpoJsonl(int examples, int seed = 1);
QByteArray rftJsonl(int examples, int seed = 1); // each line has "answer" for the grader
QByteArray stringCheckGrader(); // compares the output with {{item.answer}}

// Writes bytes to a file; fails the test on error.
QString writeFile(const QString &path, const QByteArray &content);

} // namespace ft::test
