#pragma once

#include "core/catalog.h"

#include <QString>

namespace ft::control {

// A base model the wizard can start from: a catalog model, or a fine-tuned model or checkpoint of
// this resource (continued fine-tuning).
struct ModelChoice
{
    enum class Kind { Base, FineTuned, Checkpoint };

    Kind kind = Kind::Base;
    QString id; // what goes into the job's `model`
    QString displayName;
    const core::CatalogModel *catalog = nullptr; // the model (or the base of a fine-tuned one)
    QString detail;
};

} // namespace ft::control
