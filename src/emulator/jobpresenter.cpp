#include "jobpresenter.h"

#include "joblifecycle.h"
#include "simulator.h"

#include "core/jsonutil.h"

namespace ft::emu {

namespace js = core::js;

JobPresenter::JobPresenter(Simulator &simulator)
    : m_simulator(simulator)
{ }

nlohmann::ordered_json JobPresenter::job(const JobRecord &record, Surface surface)
{
    core::FineTuningJob job = record.job;
    job.organizationId = m_simulator.config().organization;
    js::Json o = job.toJson();
    if (job.state() == core::JobState::Queued)
        o["queue_position"] = m_simulator.queuePosition(record); // not in the contract: extra information
    if (const QString status = JobLifecycle::status(job.state(), surface); !status.isEmpty())
        o["status"] = js::s(status);
    if (surface == Surface::AzureClassic)
        classicShape(o, job);
    if (surface == Surface::OpenAI)
        o.erase("trainingType");
    return o;
}

void JobPresenter::classicShape(nlohmann::ordered_json &o, const core::FineTuningJob &job)
{
    o["organisation_id"] = o["organization_id"];
    o.erase("organization_id");
    o.erase("user_provided_suffix");
    o.erase("metadata");
    if (!job.suffix.isEmpty())
        o["suffix"] = js::s(job.suffix);
    for (auto key : {"finished_at", "estimated_finish", "fine_tuned_model", "trained_tokens", "error",
                     "validation_file"}) {
        if (o.contains(key) && o[key].is_null())
            o.erase(key);
    }
    // Classic types hyperparameters as numbers and spells "auto" as -1 (its own example does).
    auto classicNumbers = [](js::Json &h) {
        if (!h.is_object())
            return;
        for (auto it = h.begin(); it != h.end(); ++it) {
            if (it.value() == "auto")
                it.value() = -1;
        }
    };
    classicNumbers(o["hyperparameters"]);
    if (o.contains("method") && o["method"].is_object()) {
        for (auto it = o["method"].begin(); it != o["method"].end(); ++it) {
            if (it.value().is_object() && it.value().contains("hyperparameters"))
                classicNumbers(it.value()["hyperparameters"]);
        }
    }
}

nlohmann::ordered_json JobPresenter::event(const core::JobEvent &event, Surface surface)
{
    js::Json o = event.toJson();
    const bool warn = event.levelKind() == core::JobEvent::Level::Warning;
    if (warn)
        o["level"] = surface == Surface::AzureClassic ? "warning" : "warn";
    return o;
}

} // namespace ft::emu
