#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace ft::core {
struct DatasetAnalysis;
}

namespace ft::cli {

// What ftctl check reports about a dataset: the --json document, and the readable text.
nlohmann::ordered_json checkReportJson(const QString &path, const core::DatasetAnalysis &analysis);
QString checkReportText(const QString &path, const core::DatasetAnalysis &analysis);

} // namespace ft::cli
