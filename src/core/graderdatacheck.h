#pragma once

#include "grader.h"

#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ft::core {

// A grader read against the examples it will grade: every `{{item.<key>}}` it uses must be in every
// example, with a value the grader can read (text or a number; not an object, list or null).
struct GraderDataCheck
{
    QStringList keys; // what the grader reads, as referencedItemKeys() says
    qint64 examples = 0; // the data lines read
    QMap<QString, qint64> missing; // key -> examples without it (or with null)
    QMap<QString, qint64> notText; // key -> examples where it is an object or a list
    QMap<QString, qint64> firstBadLine; // key -> the first such line (1-based)
    QString readError; // the data could not be read at all

    bool ok() const { return readError.isEmpty() && missing.isEmpty() && notText.isEmpty(); }
    // What is wrong, in words for a user (one sentence per key); empty when ok().
    QStringList problems() const;
};

// Reads JSONL examples (one per line; blank lines and lines that are not JSON objects are the data
// check's to report, and are skipped here) and checks each against the grader's keys.
GraderDataCheck checkGraderAgainstData(const Grader &grader, QIODevice &jsonl);
GraderDataCheck checkGraderAgainstData(const Grader &grader, QByteArrayView jsonl);

} // namespace ft::core
