#pragma once

#include "records.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <nlohmann/json_fwd.hpp>

namespace ft::emu {

// The training curves of a simulated job: a pure function of the seed, the method, the data and the
// hyperparameters, so the same inputs give a byte-identical results.csv. Loss falls as the model
// learns; with many epochs and a high learning rate on little data, validation loss turns up.
class MetricsModel
{
public:
    MetricsModel(core::MethodType method, qint64 seed, const JobPlan &plan, int precision = 5);

    const QStringList &columns() const { return m_columns; } // without "step"
    QVector<double> row(qint64 step) const; // NaN for an empty cell
    QByteArray csv(qint64 uptoStep) const; // header + rows 1..uptoStep
    QMap<QString, double> checkpointMetrics(qint64 step) const;
    nlohmann::ordered_json eventData(qint64 step) const;
    QString eventMessage(qint64 step) const;

private:
    double noise(qint64 step, int channel) const; // deterministic, in [-1, 1]
    double epochsAt(qint64 step) const;
    bool isEpochEnd(qint64 step) const;
    bool isValidationStep(qint64 step) const;
    // The losses of one step of a loss-shaped method (supervised, DPO), before the noise of validation;
    // lossRow adds the noise and the accuracies.
    struct LossCurves
    {
        double train;
        double validClean;
        double fullValid;
        double validNoise; // relative spread of a validation loss
        double accuracyNoise;
        double (*accuracy)(double loss);
    };
    QVector<double> lossRow(qint64 step, const LossCurves &c) const;
    QVector<double> supervisedRow(qint64 step) const;
    QVector<double> dpoRow(qint64 step) const;
    QVector<double> reinforcementRow(qint64 step) const;

    core::MethodType m_method;
    quint64 m_seed;
    JobPlan m_plan;
    int m_precision;
    QStringList m_columns;
};

} // namespace ft::emu
