#pragma once

#include "finetuningjob.h"
#include "jobevent.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ft::core {

// What the service's safety evaluation said about a job. The service checks the training data before
// training (harmful data ends the job, with no charge) and the trained model before it may be
// deployed (a harmful model is kept but cannot be deployed). The contract has no field for either:
// the service says it in words, so these are read from the job's error and its events, by the
// messages the Foundry article quotes.
struct SafetyOutcome
{
    enum class Kind { Passed, DataRejected, ModelNotDeployable };
    Kind kind = Kind::Passed;
    QStringList categories; // as the service names them: hate_fairness, self_harm, "Self Harm", …
    QString message; // the service's own words

    bool isDataRejected() const { return kind == Kind::DataRejected; }
    bool isModelBlocked() const { return kind == Kind::ModelNotDeployable; }
};

SafetyOutcome safetyOutcome(const FineTuningJob &job, const QList<JobEvent> &events);

// The categories inside the first "[a, b, c]" of a service message.
QStringList harmCategoriesIn(const QString &message);
// A category in the user's language ("self_harm" and "Self Harm" both read "Self-harm"); an unknown
// one as the service wrote it.
QString harmCategoryLabel(const QString &category);

// The service's messages, for the emulator and for tests; `categories` as the service writes them.
QString dataRejectedMessage(const QStringList &categories);
QString modelNotDeployableMessage(const QStringList &categories);

} // namespace ft::core
