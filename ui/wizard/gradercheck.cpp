#include "gradercheck.h"

#include "finetunewizard.h"
#include "offthread.h"
#include "session.h"

#include "core/graderdatacheck.h"

#include <QCoreApplication>
#include <QFile>

namespace ft::ui {

namespace {

GraderDataOutcome outcomeOf(const core::GraderDataCheck &check)
{
    return {check.problems(), check.examples};
}

} // namespace

void checkGraderAgainstTraining(Session &session, const core::FineTuneDraft &draft,
                                const core::Grader &grader, QObject *context,
                                const std::function<void(const GraderDataOutcome &)> &done)
{
    const core::DataSource &training = draft.training;
    if (training.kind == core::DataSource::Kind::Local && !training.localPath.isEmpty()) {
        const QString path = training.localPath;
        runOffThread<GraderDataOutcome>(
            context,
            [grader, path] {
                QFile file(path);
                return outcomeOf(core::checkGraderAgainstData(grader, file));
            },
            done);
        return;
    }
    if (training.kind == core::DataSource::Kind::Existing && !training.fileId.isEmpty()) {
        session.client().files().content(
            training.fileId, context,
            [grader, done](const core::Result<QByteArray> &bytes) {
                if (!bytes) {
                    done({{QCoreApplication::translate("ft::ui::GraderCheck",
                                                       "The training file cannot be read back to check "
                                                       "the grader against it: %1")
                               .arg(bytes.error().message)},
                          0});
                    return;
                }
                done(outcomeOf(core::checkGraderAgainstData(grader, bytes.value())));
            },
            FineTuneWizard::kMaxReadBackBytes);
        return;
    }
    done({});
}

} // namespace ft::ui
