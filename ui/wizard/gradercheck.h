#pragma once

#include "core/finetunedraft.h"
#include "core/grader.h"

#include <QStringList>

#include <functional>

class QObject;

namespace ft::ui {

class Session;

// What the grader check found in the training examples: `examples` is how many were read, -1 when
// the data is not known yet (imported from a URL, or not chosen).
struct GraderDataOutcome
{
    QStringList problems;
    qint64 examples = -1;
};

// Reads the training examples the draft names (a local file, the local file a split comes from, or a
// file on the resource) and checks that each has every field the grader reads.
void checkGraderAgainstTraining(Session &session, const core::FineTuneDraft &draft,
                                const core::Grader &grader, QObject *context,
                                const std::function<void(const GraderDataOutcome &)> &done);

} // namespace ft::ui
