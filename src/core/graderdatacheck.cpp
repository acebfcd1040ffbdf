#include "graderdatacheck.h"

#include "jsonparse.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <nlohmann/json.hpp>

namespace ft::core {

namespace {

// `item.a.b` reads member b of member a of the example.
const nlohmann::ordered_json *lookUp(const nlohmann::ordered_json &item, const QString &key)
{
    const nlohmann::ordered_json *at = &item;
    for (const QString &part : key.split(u'.')) {
        if (!at->is_object())
            return nullptr;
        const auto it = at->find(part.toStdString());
        if (it == at->end())
            return nullptr;
        at = &*it;
    }
    return at;
}

void checkLine(const nlohmann::ordered_json &item, qint64 lineNumber, GraderDataCheck &out)
{
    ++out.examples;
    for (const QString &key : std::as_const(out.keys)) {
        const nlohmann::ordered_json *value = lookUp(item, key);
        QMap<QString, qint64> *bad = nullptr;
        if (!value || value->is_null())
            bad = &out.missing;
        else if (value->is_object() || value->is_array())
            bad = &out.notText;
        if (!bad)
            continue;
        ++(*bad)[key];
        if (!out.firstBadLine.contains(key))
            out.firstBadLine.insert(key, lineNumber);
    }
}

} // namespace

QStringList GraderDataCheck::problems() const
{
    QStringList out;
    if (!readError.isEmpty())
        out << readError;
    // The two kinds of finding, each with its sentence.
    const std::pair<const QMap<QString, qint64> *, const char *> kinds[] = {
        {&missing,
         QT_TRANSLATE_NOOP("GraderDataCheck",
                           "%1 of %2 examples have no field \"%3\" (first on line %4), "
                           "which the grader reads as {{item.%3}}.")},
        {&notText,
         QT_TRANSLATE_NOOP("GraderDataCheck",
                           "In %1 of %2 examples the field \"%3\" is an object or a "
                           "list (first on line %4); the grader reads it as text.")}};
    for (const auto &[counts, sentence] : kinds) {
        for (auto it = counts->begin(); it != counts->end(); ++it)
            out << QCoreApplication::translate("GraderDataCheck", sentence)
                       .arg(it.value())
                       .arg(examples)
                       .arg(it.key())
                       .arg(firstBadLine.value(it.key()));
    }
    return out;
}

GraderDataCheck checkGraderAgainstData(const Grader &grader, QIODevice &jsonl)
{
    GraderDataCheck out;
    out.keys = grader.referencedItemKeys();
    if (!jsonl.isOpen() && !jsonl.open(QIODevice::ReadOnly)) {
        out.readError = QCoreApplication::translate("GraderDataCheck", "The data file cannot be read: %1")
                            .arg(jsonl.errorString());
        return out;
    }
    qint64 lineNumber = 0;
    while (!jsonl.atEnd()) {
        const QByteArray line = jsonl.readLine(js::kMaxBytes).trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        nlohmann::ordered_json item;
        if (js::parseText(line, item) != js::ParseError::None || !item.is_object())
            continue;
        checkLine(item, lineNumber, out);
    }
    if (out.examples == 0)
        out.readError = QCoreApplication::translate(
            "GraderDataCheck", "The data file holds no examples to check the grader against.");
    return out;
}

GraderDataCheck checkGraderAgainstData(const Grader &grader, QByteArrayView jsonl)
{
    QByteArray bytes = jsonl.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return checkGraderAgainstData(grader, buffer);
}

} // namespace ft::core
