#pragma once

#include <QObject>

namespace ft::control {
Q_NAMESPACE

// What a user can do to a job, a model, a deployment or a file. Controllers report each action's end
// as succeeded(action, subject) or failed(action, subject, error).
enum class Action {
    Pause,
    Resume,
    Cancel,
    DeployModel,
    DeleteModel,
    Download,
    DeployCheckpoint,
    FineTuneFromCheckpoint,
    CopyCheckpoint,
    FollowCopy, // reading how a checkpoint copy is going
    Deploy,
    DeleteDeployment,
    ListDeployments,
    DeleteFiles,
};
Q_ENUM_NS(Action)

} // namespace ft::control
