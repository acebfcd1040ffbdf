#pragma once

#include "core/fileobject.h"
#include "core/finetuningjob.h"

#include <QString>

namespace ft::control {

// The name a download of one of a job's files is offered under: "<model or job>-results.csv" for its
// results, the uploaded name for its training and validation files (`file`, when known), else the id.
// Only characters every file system takes.
QString downloadName(const core::FineTuningJob &job, const core::File *file, const QString &fileId);

} // namespace ft::control
