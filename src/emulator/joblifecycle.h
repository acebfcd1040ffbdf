#pragma once

#include "httpexchange.h"

#include "core/finetuningjob.h"

#include <QString>

namespace ft::emu {

// The states a job of the emulator moves through, as core::JobState, and the one table of the words
// each surface shows for them. A job is stored with its state's OpenAI word, as data directories
// written before have it.
//
//   Validating → Queued → Running → Succeeded
//   Validating → Failed;  Running ⇄ Paused (a resumed job may queue again behind a running one);
//   any state that has not ended → Cancelled.
class JobLifecycle final
{
public:
    // Whether a job may move from one state to the other (Unknown → Validating is its creation).
    static bool allows(core::JobState from, core::JobState to);
    // The word a surface shows for a state: OpenAI and Azure v1 share theirs, Azure classic says
    // "pending" for a job that is validating or queued. Empty for Unknown.
    static QString status(core::JobState state, Surface surface);
    // Moves the job to `to` and writes its stored status.
    static void move(core::FineTuningJob &job, core::JobState to);
};

} // namespace ft::emu
