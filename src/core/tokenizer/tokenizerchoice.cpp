#include "tokenizerchoice.h"

#include "tokenizer.h"

#include "core/jsonutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QStringList>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

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
bool readEstimate(const js::Json *estimate, TokenizerChoice *choice)
{
    if (!estimate || !estimate->is_object())
        return false;
    const QString encoding = js::str(*estimate, "encoding");
    const js::Json *number = js::find(*estimate, "factor");
    const double factor = number && number->is_number() ? number->get<double>() : -1;
    // An estimate below a tenth or above ten times another encoding's count is a typo, not an estimate.
    if (!isEncoding(encoding) || !std::isfinite(factor) || factor < 0.1 || factor > 10)
        return false;
    choice->encoding = encoding;
    choice->factor = factor;
    choice->accuracy = TokenizerChoice::Accuracy::Estimate;
    return true;
}

// One entry of "models": names, tokenizer, and either an exact "encoding" or an "estimate".
bool readEntry(const js::Json &object, Entry *entry)
{
    if (!object.is_object())
        return false;
    if (const js::Json *names = js::find(object, "names"); names && names->is_array()) {
        for (const js::Json &name : *names) {
            if (!name.is_string() || name.get<std::string>().empty())
                return false;
            entry->names << QString::fromStdString(name.get<std::string>());
        }
    }
    entry->choice.tokenizer = js::str(object, "tokenizer");
    entry->choice.known = true;
    if (js::find(object, "encoding")) {
        entry->choice.encoding = js::str(object, "encoding");
        entry->choice.accuracy = TokenizerChoice::Accuracy::Exact;
        return !entry->names.isEmpty() && isEncoding(entry->choice.encoding) && !js::find(object, "estimate");
    }
    return !entry->names.isEmpty() && readEstimate(js::find(object, "estimate"), &entry->choice);
}

Table readTable()
{
    Table table;
    // Without a usable default (a broken data file), the most cautious estimate of the file's own.
    table.fallback.encoding = QStringLiteral("cl100k_base");
    table.fallback.factor = 1.3;
    QFile file(QString::fromLatin1(kDataFile));
    js::Json doc;
    if (!file.open(QIODevice::ReadOnly) || !js::parse(file.readAll(), doc) || !doc.is_object()) {
        qWarning("tokenizerForOpenModel: no readable %s", kDataFile);
        return table;
    }
    const js::Json *fallback = js::find(doc, "default");
    if (fallback && fallback->is_object())
        table.fallback.tokenizer = js::str(*fallback, "tokenizer");
    if (!readEstimate(fallback && fallback->is_object() ? js::find(*fallback, "estimate") : nullptr,
                      &table.fallback))
        qWarning("tokenizerForOpenModel: %s has no valid default estimate", kDataFile);
    const js::Json *models = js::find(doc, "models");
    if (!models || !models->is_array())
        return table;
    for (size_t i = 0; i < models->size(); ++i) {
        Entry entry;
        if (readEntry((*models)[i], &entry))
            table.entries << entry;
        else
            qWarning("tokenizerForOpenModel: %s: models[%zu] is not valid, skipped", kDataFile, i);
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
    QString trimmed = model.trimmed();
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
