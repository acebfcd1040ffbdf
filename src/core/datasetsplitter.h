#pragma once

#include <QString>

namespace ft::core {

// Splits a JSONL file into training and validation parts: each non-blank line goes to validation with
// probability `percent`/100, decided by a seeded generator, so the same seed gives the same split.
// Both files are written whole or not at all. At least one line lands on each side when possible.
struct SplitResult
{
    qint64 trainingLines = 0;
    qint64 validationLines = 0;
};

bool splitDataset(const QString &source, int percent, quint64 seed, const QString &trainingOut,
                  const QString &validationOut, SplitResult *result, QString *error);

} // namespace ft::core
