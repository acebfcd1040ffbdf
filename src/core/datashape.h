#pragma once

#include "datasetreport.h"
#include "method.h"

#include <QMap>
#include <QString>

#include <utility>

#include <nlohmann/json_fwd.hpp>

namespace ft::core::datashape {

// Which method's data format an example has, by its shape alone: DPO has input and preferred
// outputs; a conversation with an assistant answer is supervised; one ending with the user and no
// answer is reinforcement (the model answers, a grader scores). Unknown otherwise.
MethodType shapeOf(const nlohmann::ordered_json &example);

// The shape nine in ten examples share (a few odd lines in a file of the right shape still get their
// own errors) and how many have it; Unknown when none dominates.
std::pair<MethodType, qint64> dominant(const QMap<MethodType, qint64> &shapes, qint64 examples);

// Removes the findings of the per-method rules (sft., dpo., rft., message.) and their counts: for a
// file of another method's data they are one mistake, not one per line.
void dropShapeFindings(DatasetReport &report, const QMap<QString, DatasetFinding::Severity> &severities);

// "This file looks like supervised (SFT) data (40 of 40 examples), but the training method is …"
QString mismatchMessage(MethodType looks, qint64 count, qint64 examples, MethodType chosen);

} // namespace ft::core::datashape
