#pragma once

#include "core/finetuningjob.h"

#include <QStringList>
#include <QStringView>

namespace ft::core::azureml {

// The spec's JobStatus values, in the order a job goes through them.
const QStringList &jobStatuses();

// Where an Azure ML job status lands among the app's states: the one mapping the dashboard, the CLI and
// the wizard use for hub-project jobs. Any string the service invents (the official examples answer
// "Created") reads as a state rather than failing.
JobState jobStateFromStatus(QStringView status);

} // namespace ft::core::azureml
