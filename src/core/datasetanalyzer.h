#pragma once

#include "datasetanalysis.h"

#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ft::core {

class Tokenizer;

// Checks a dataset and counts its tokens in one streaming pass, in memory that does not grow with the
// file (besides four bytes per example for the distributions). Runs on whatever thread calls it.
class DatasetAnalyzer
{
public:
    struct Options
    {
        MethodType method = MethodType::Supervised;
        QString model; // catalog id or alias: sets the encoding, context limit and price
        QString trainingType; // Azure tier, or "openai"; empty: the model's first tier
        std::optional<Grader> grader;
        HyperParam nEpochs; // a number, or auto/absent for the service's choice
        bool isValidationFile = false;
        int keepPerRule = 20;
    };

    explicit DatasetAnalyzer(const Options &options);
    ~DatasetAnalyzer();

    void addData(QByteArrayView chunk);
    DatasetAnalysis finish();

    // A whole file, read in chunks. `progress(done, total)` returns false to cancel (→ nullopt).
    static std::optional<DatasetAnalysis>
    analyzeFile(const QString &path, const Options &options,
                const std::function<bool(qint64, qint64)> &progress = {}, QString *error = nullptr);
    static DatasetAnalysis analyzeBytes(QByteArrayView data, const Options &options);

    // The cost of training `billedTokens` on a model and tier, from the built-in price table.
    static std::optional<CostEstimate> estimate(const QString &model, const QString &trainingType,
                                                qint64 billedTokens);

    // A copy of `source` starting with a UTF-8 byte-order mark (written whole or not at all).
    static bool writeCopyWithBom(const QString &source, const QString &target, QString *error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ft::core
