#include "simconfig.h"

#include "core/jsonutil.h"

#include <QFile>

namespace ft::emu {

namespace js = core::js;

SimConfig SimConfig::builtin()
{
    SimConfig c;
    QFile f(QStringLiteral(":/ft/emulator/simulation.json"));
    js::Json v;
    if (!f.open(QIODevice::ReadOnly) || !js::parse(f.readAll(), v))
        qFatal("emulator: built-in simulation.json is missing or invalid");
    c.validatingSeconds = js::optNum(v, "validating_seconds").value_or(c.validatingSeconds);
    c.validatingSecondsPerMb = js::optNum(v, "validating_seconds_per_mb").value_or(c.validatingSecondsPerMb);
    c.queuedMinSeconds = js::optNum(v, "queued_min_seconds").value_or(c.queuedMinSeconds);
    c.fileProcessingSeconds = js::optNum(v, "file_processing_seconds").value_or(c.fileProcessingSeconds);
    c.fileProcessingSecondsPerMb =
        js::optNum(v, "file_processing_seconds_per_mb").value_or(c.fileProcessingSecondsPerMb);
    c.stepSeconds = js::optNum(v, "step_seconds").value_or(c.stepSeconds);
    c.stepSecondsPer1kTokens = js::optNum(v, "step_seconds_per_1k_tokens").value_or(c.stepSecondsPer1kTokens);
    if (const auto *p = js::find(v, "provisioning")) {
        c.acceptedSeconds = js::optNum(*p, "accepted_seconds").value_or(c.acceptedSeconds);
        c.creatingSeconds = js::optNum(*p, "creating_seconds").value_or(c.creatingSeconds);
        c.deletingSeconds = js::optNum(*p, "deleting_seconds").value_or(c.deletingSeconds);
        c.patchingSeconds = js::optNum(*p, "patching_seconds").value_or(c.patchingSeconds);
    }
    c.armLocation = js::str(v, "arm_location", c.armLocation);
    c.tickMs = int(js::int64(v, "tick_ms", c.tickMs));
    c.organization = js::str(v, "organization", c.organization);
    if (const auto *a = js::find(v, "auto")) {
        c.autoLearningRateMultiplier =
            js::optNum(*a, "learning_rate_multiplier").value_or(c.autoLearningRateMultiplier);
        c.autoBeta = js::optNum(*a, "beta").value_or(c.autoBeta);
        c.autoBatchFraction = js::optNum(*a, "batch_fraction").value_or(c.autoBatchFraction);
        c.autoBatchMax = int(js::int64(*a, "batch_max", c.autoBatchMax));
        c.autoComputeMultiplier = js::optNum(*a, "compute_multiplier").value_or(c.autoComputeMultiplier);
    }
    c.resultsPrecision = int(js::int64(v, "results_precision", c.resultsPrecision));
    return c;
}

} // namespace ft::emu
