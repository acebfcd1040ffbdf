#pragma once

#include "datasetreport.h"
#include "grader.h"
#include "hyperparam.h"
#include "method.h"
#include "pricetable.h"

#include <QString>

#include <optional>
#include <vector>

namespace ft::core {

// A distribution of per-example token counts.
struct TokenStats
{
    qint64 count = 0;
    qint64 total = 0;
    qint64 min = 0;
    qint64 max = 0;
    double mean = 0;
    double median = 0;
    double p5 = 0;
    double p95 = 0;

    // Sorts `values` in place.
    static TokenStats of(std::vector<qint32> &values);
};

struct CostEstimate
{
    TrainingPrice price;
    double amount = 0; // in `currency`; 0 for per-hour prices (time-based billing)
    QString currency;
    QString asOf;
    QString source;
};

// Everything a dataset check finds: the validator's report, exact token counts, the epochs the service
// would train for, the tokens it would bill and an estimate of the cost.
struct DatasetAnalysis
{
    DatasetReport report;
    MethodType method = MethodType::Supervised;
    bool isValidationFile = false;
    QString model; // catalog id, empty when none was named
    QString encoding; // o200k_base, cl100k_base
    QString trainingType; // the tier priced
    qint64 contextLimit = 0;
    TokenStats exampleTokens; // cookbook count per example
    TokenStats trainedTokens; // tokens of the messages trained on, per example
    qint64 overLimit = 0; // examples longer than the context limit (truncated by the service)
    int epochs = 0;
    bool epochsAuto = true;
    qint64 billedTokens = 0; // per example capped at the limit, times epochs
    qint64 billedTokensPerEpoch = 0; // the same for one epoch
    std::optional<CostEstimate> cost;
};

} // namespace ft::core
