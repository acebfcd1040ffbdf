#pragma once

#include "core/catalog.h"

#include <QString>

namespace ft::core::azureml {

// The ranges the portal allows for the task parameters of a serverless fine-tuning job, from the data file.
struct TaskParameterRules
{
    NumberRange batchSize;
    NumberRange learningRateMultiplier;
    NumberRange epochs;
    // What a learning rate multiplier of 1 stands for on the wire (see TaskParameters::toHyperParameters).
    double baseLearningRate = 0.00002;
};

} // namespace ft::core::azureml
