// Where the time of `ftctl check` goes: the stages of its pipeline timed alone, on the same file, with the
// same code (linked against the build tree's libftcore.a by breakdown.sh; not part of the CMake build).
//
//   stages FILE
//
// Stages, each a separate pass over FILE (page cache warm):
//   read        QFile reads of 1 MiB, as DatasetAnalyzer::analyzeFile does
//   split       + lines found with memchr
//   parse       + nlohmann::ordered_json parse of each line (what DatasetValidator::processLine does)
//   validate    DatasetValidator::checkFile, SFT: read, split, UTF-8 check, duplicate hash, parse, checks
//   tokenize    Tokenizer::count over the strings the cookbook count reads (collected beforehand), i.e.
//               the tokenizer alone
//   trained     Tokenizer::count over the strings DatasetAnalyzer's trainedOf counts again (assistant
//               content of trained messages): work the analyzer does twice
// and the vocabulary load (Tokenizer::forEncoding, once per process).

#include "core/datasetvalidator.h"
#include "core/jsonutil.h"
#include "core/method.h"
#include "core/tokenizer/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace ft::core;
using Json = nlohmann::ordered_json;

namespace {

template<typename F>
qint64 forEachLine(const QString &path, F &&f)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    std::string pending;
    qint64 lines = 0;
    for (qint64 n; (n = file.read(buffer.data(), buffer.size())) > 0;) {
        const char *p = buffer.constData();
        const char *end = p + n;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
            if (!nl) {
                pending.append(p, std::size_t(end - p));
                break;
            }
            ++lines;
            if (pending.empty()) {
                f(std::string_view(p, std::size_t(nl - p)));
            } else {
                pending.append(p, std::size_t(nl - p));
                f(std::string_view(pending));
                pending.clear();
            }
            p = nl + 1;
        }
    }
    if (!pending.empty()) {
        ++lines;
        f(std::string_view(pending));
    }
    return lines;
}

double mib(qint64 bytes)
{
    return double(bytes) / double(1 << 20);
}

void row(const char *stage, double seconds, qint64 bytes, const char *note)
{
    std::printf("%-10s %8.3f s %9.1f MB/s  %s\n", stage, seconds, seconds > 0 ? mib(bytes) / seconds : 0.0,
                note);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: stages FILE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 fileBytes = QFile(path).size();
    QElapsedTimer t;

    t.start();
    const Tokenizer *tokenizer = Tokenizer::forEncoding(QStringLiteral("o200k_base"));
    const double vocab = double(t.nsecsElapsed()) / 1e9;
    if (!tokenizer) {
        std::fprintf(stderr, "stages: no o200k_base\n");
        return 1;
    }

    // read
    t.restart();
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 sum = 0;
        for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
            sum += quint8(buffer[0]);
        if (sum == -1)
            return 1;
    }
    const double read = double(t.nsecsElapsed()) / 1e9;

    // split
    t.restart();
    qint64 chars = 0;
    const qint64 lines = forEachLine(path, [&](std::string_view l) { chars += qint64(l.size()); });
    const double split = double(t.nsecsElapsed()) / 1e9;

    // parse
    t.restart();
    qint64 parsed = 0;
    forEachLine(path, [&](std::string_view l) {
        Json v = Json::parse(l.begin(), l.end(), nullptr, false);
        parsed += v.is_object();
    });
    const double parse = double(t.nsecsElapsed()) / 1e9;

    // validate
    t.restart();
    const auto report =
        DatasetValidator::checkFile(path, DatasetValidator::defaultOptions(MethodType::Supervised));
    const double validate = double(t.nsecsElapsed()) / 1e9;

    // the strings the count reads, and those trainedOf reads again
    std::vector<std::string> counted;
    std::vector<std::string> trained;
    qint64 countedBytes = 0;
    qint64 trainedBytes = 0;
    forEachLine(path, [&](std::string_view l) {
        Json v = Json::parse(l.begin(), l.end(), nullptr, false);
        const Json *messages = v.is_object() ? ft::core::js::find(v, "messages") : nullptr;
        if (!messages || !messages->is_array())
            return;
        for (const Json &m : *messages) {
            if (!m.is_object())
                continue;
            const bool isTrained = ft::core::js::str(m, "role") == u"assistant"
                && ft::core::js::optInt(m, "weight").value_or(1) != 0;
            for (auto it = m.begin(); it != m.end(); ++it) {
                const Json &value = it.value();
                if (value.is_string()) {
                    counted.push_back(value.get<std::string>());
                    countedBytes += qint64(counted.back().size());
                    if (isTrained && it.key() == "content") {
                        trained.push_back(counted.back());
                        trainedBytes += qint64(trained.back().size());
                    }
                } else if (it.key() == "content" && value.is_array()) {
                    for (const Json &part : value) {
                        const Json *text = ft::core::js::find(part, "text");
                        const Json *type = ft::core::js::find(part, "type");
                        if (text && text->is_string()) {
                            if (!type || *type == "text") {
                                counted.push_back(text->get<std::string>());
                                countedBytes += qint64(counted.back().size());
                            }
                            if (isTrained) {
                                trained.push_back(text->get<std::string>());
                                trainedBytes += qint64(trained.back().size());
                            }
                        }
                    }
                }
            }
        }
    });

    t.restart();
    qint64 tokens = 0;
    for (const std::string &s : counted)
        tokens += tokenizer->count(QByteArrayView(s.data(), qsizetype(s.size())));
    const double tokenize = double(t.nsecsElapsed()) / 1e9;

    t.restart();
    qint64 trainedTokens = 0;
    for (const std::string &s : trained)
        trainedTokens += tokenizer->count(QByteArrayView(s.data(), qsizetype(s.size())));
    const double again = double(t.nsecsElapsed()) / 1e9;

    std::printf(
        "%s: %.1f MiB, %lld lines, %lld objects; %lld counted strings (%.1f MiB of UTF-8, %lld tokens "
        "without the per-message overhead); trained content %.1f MiB, %lld tokens\n",
        qPrintable(path), mib(fileBytes), lines, parsed, qint64(counted.size()), mib(countedBytes), tokens,
        mib(trainedBytes), trainedTokens);
    std::printf("%-10s %10s %14s  %s\n", "stage", "seconds", "MB/s",
                "(MB/s of the file; tokenize: of its strings)");
    row("vocab", vocab, 0, "Tokenizer::forEncoding(o200k_base), once per process");
    row("read", read, fileBytes, "1 MiB QFile reads");
    row("split", split, fileBytes, "read + memchr for lines");
    row("parse", parse, fileBytes, "read + split + nlohmann::ordered_json::parse per line");
    row("validate", validate, fileBytes,
        qPrintable(QStringLiteral("DatasetValidator::checkFile (SFT): %1 examples, %2 errors")
                       .arg(report ? report->examples : -1)
                       .arg(report ? report->errorCount : -1)));
    row("tokenize", tokenize, countedBytes, "Tokenizer::count over the counted strings");
    row("trained", again, trainedBytes, "Tokenizer::count again over trained assistant content (trainedOf)");
    std::printf("sum validate + tokenize + trained + vocab = %.3f s\n", validate + tokenize + again + vocab);
    (void)chars;
    return 0;
}
