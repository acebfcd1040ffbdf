#pragma once

#include <QString>

namespace ft::emu {

// Durations and defaults of the simulation, read from resources/emulator/simulation.json.
struct SimConfig
{
    double validatingSeconds = 6;
    double validatingSecondsPerMb = 2;
    double queuedMinSeconds = 2;
    double fileProcessingSeconds = 2;
    double fileProcessingSecondsPerMb = 0.5;
    double stepSeconds = 0.6;
    double stepSecondsPer1kTokens = 0.2;
    double acceptedSeconds = 2;
    double creatingSeconds = 4;
    double deletingSeconds = 2;
    double patchingSeconds = 2; // a sku change of a deployment
    QString armLocation = QStringLiteral("eastus"); // the location in operation-status URLs
    int tickMs = 100;
    QString organization = QStringLiteral("emulator-org");
    double autoLearningRateMultiplier = 1.0;
    double autoBeta = 0.1;
    double autoBatchFraction = 0.002;
    int autoBatchMax = 32;
    double autoComputeMultiplier = 1.0;
    int resultsPrecision = 5;

    static SimConfig builtin();
};

} // namespace ft::emu
