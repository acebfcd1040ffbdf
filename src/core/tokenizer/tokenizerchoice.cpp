#include "tokenizerchoice.h"

#include "tokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ft::core {

namespace {

const char *const kDataFile = ":/ft/vocab/open-models.json";

struct Entry
{
    QStringList names; // patterns, * for any run of characters
    TokenizerChoice choice;
};

struct Table
{
    QList<Entry> entries;
    TokenizerChoice fallback;
};

// `name` against `pattern`, case-insensitively, * matching any run (greedy with backtracking to the last *).
bool matches(QStringView name, QStringView pattern)
{
    qsizetype n = 0;
    qsizetype p = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = n;
        } else if (p < pattern.size() && pattern[p].toCaseFolded() == name[n].toCaseFolded()) {
            ++p;
            ++n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool isEncoding(const QString &name)
{
    return Tokenizer::encodingNames().contains(name);
}

// The estimate of an entry ({"encoding": ..., "factor": ...}) into *choice; false when it is not one.
bool readEstimate(const QJsonValue &value, TokenizerChoice *choice)
{
    const QJsonObject estimate = value.toObject();
    const QString encoding = estimate.value(QLatin1String("encoding")).toString();
    const double factor = estimate.value(QLatin1String("factor")).toDouble(-1);
    // An estimate below a tenth or above ten times another encoding's count is a typo, not an estimate.
    if (!isEncoding(encoding) || !std::isfinite(factor) || factor < 0.1 || factor > 10)
        return false;
    choice->encoding = encoding;
    choice->factor = factor;
    choice->accuracy = TokenizerChoice::Accuracy::Estimate;
    return true;
}

// One entry of "models": names, tokenizer, and either an exact "encoding" or an "estimate".
bool readEntry(const QJsonObject &object, Entry *entry)
{
    for (const QJsonValue &name : object.value(QLatin1String("names")).toArray()) {
        if (!name.isString() || name.toString().isEmpty())
            return false;
        entry->names << name.toString();
    }
    entry->choice.tokenizer = object.value(QLatin1String("tokenizer")).toString();
    entry->choice.known = true;
    if (object.contains(QLatin1String("encoding"))) {
        entry->choice.encoding = object.value(QLatin1String("encoding")).toString();
        entry->choice.accuracy = TokenizerChoice::Accuracy::Exact;
        return !entry->names.isEmpty() && isEncoding(entry->choice.encoding)
            && !object.contains(QLatin1String("estimate"));
    }
    return !entry->names.isEmpty() && readEstimate(object.value(QLatin1String("estimate")), &entry->choice);
}

Table readTable()
{
    Table table;
    // Without a usable default (a broken data file), the most cautious estimate of the file's own.
    table.fallback.encoding = QStringLiteral("cl100k_base");
    table.fallback.factor = 1.3;
    QFile file(QString::fromLatin1(kDataFile));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("tokenizerForOpenModel: no %s", kDataFile);
        return table;
    }
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject fallback = doc.value(QLatin1String("default")).toObject();
    table.fallback.tokenizer = fallback.value(QLatin1String("tokenizer")).toString();
    if (!readEstimate(fallback.value(QLatin1String("estimate")), &table.fallback))
        qWarning("tokenizerForOpenModel: %s has no valid default estimate", kDataFile);
    const QJsonArray models = doc.value(QLatin1String("models")).toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        Entry entry;
        if (readEntry(models.at(i).toObject(), &entry))
            table.entries << entry;
        else
            qWarning("tokenizerForOpenModel: %s: models[%lld] is not valid, skipped", kDataFile,
                     qlonglong(i));
    }
    return table;
}

const Table &table()
{
    static const Table t = readTable();
    return t;
}

// NAME of azureml://registries/R/models/NAME[/versions/V | /labels/L], else the name itself, trimmed.
QString modelNameOf(const QString &model)
{
    const QString trimmed = model.trimmed();
    const QLatin1String marker("/models/");
    const qsizetype at = trimmed.indexOf(marker, 0, Qt::CaseInsensitive);
    if (at < 0)
        return trimmed;
    const qsizetype start = at + marker.size();
    const qsizetype end = trimmed.indexOf(u'/', start);
    return trimmed.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

TokenizerChoice tokenizerForOpenModel(const QString &model)
{
    const QString name = modelNameOf(model);
    const Table &t = table();
    TokenizerChoice choice = t.fallback;
    if (!name.isEmpty()) {
        for (const Entry &entry : t.entries) {
            const bool hit = std::any_of(entry.names.cbegin(), entry.names.cend(),
                                         [&](const QString &pattern) { return matches(name, pattern); });
            if (hit) {
                choice = entry.choice;
                break;
            }
        }
    }
    choice.model = name;
    return choice;
}

const Tokenizer *TokenizerChoice::counter() const
{
    return Tokenizer::forEncoding(encoding);
}

qint64 TokenizerChoice::scaled(qint64 counterTokens) const
{
    if (isExact() || counterTokens <= 0)
        return counterTokens;
    const double estimate = std::ceil(double(counterTokens) * factor);
    return estimate >= double(std::numeric_limits<qint64>::max()) ? std::numeric_limits<qint64>::max()
                                                                  : qint64(estimate);
}

qint64 TokenizerChoice::count(QByteArrayView utf8) const
{
    const Tokenizer *tokenizer = counter();
    return tokenizer ? scaled(tokenizer->count(utf8)) : -1;
}

QString TokenizerChoice::label() const
{
    return isExact() ? QCoreApplication::translate("TokenizerChoice", "exact")
                     : QCoreApplication::translate("TokenizerChoice", "estimate");
}

QString TokenizerChoice::explanation() const
{
    if (isExact()) {
        return QCoreApplication::translate("TokenizerChoice",
                                           "Exact: counted with %1's own tokenizer (%2); special tokens "
                                           "are not included.")
            .arg(model, encoding);
    }
    const QString tokenizerText = tokenizer.isEmpty() ? QStringLiteral("?") : tokenizer;
    return QCoreApplication::translate("TokenizerChoice",
                                       "Estimate: %1 tokens × %2, rounded up; %3 uses a tokenizer this app "
                                       "does not have (%4).")
        .arg(encoding, QString::number(factor), model.isEmpty() ? QStringLiteral("?") : model, tokenizerText);
}

} // namespace ft::core
