#pragma once

#include <QString>

class QCommandLineParser;

namespace ft::core {
struct CreateJobRequest;
}

namespace ft::cli {

// The job `jobs create` asks for, read from its options (--model, --training-file, --method, the
// hyperparameters, --grader-file, --metadata...). Returns the usage error to show, or empty when `request`
// is complete. `azure`: the connection is to Azure, the only service that takes --training-type.
QString readCreateJobRequest(const QCommandLineParser &options, bool azure, core::CreateJobRequest &request);

} // namespace ft::cli
