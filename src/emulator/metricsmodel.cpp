#include "metricsmodel.h"

#include "core/jsonutil.h"

#include <cmath>
#include <limits>

namespace ft::emu {

namespace js = core::js;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

double clamp01(double v)
{
    return std::clamp(v, 0.0, 1.0);
}
double accuracyOf(double loss)
{
    return std::exp(-0.62 * loss);
}
// DPO's preference accuracy: how often the preferred answer wins at this loss.
double preferenceAccuracy(double loss)
{
    return clamp01(1.0 / (1.0 + std::exp(4.0 * (loss - 0.55))));
}
} // namespace

MetricsModel::MetricsModel(core::MethodType method, qint64 seed, const JobPlan &plan, int precision)
    : m_method(method)
    , m_seed(quint64(seed))
    , m_plan(plan)
    , m_precision(precision)
{
    if (method == core::MethodType::Reinforcement) {
        m_columns = {
            QStringLiteral("train_mean_reward"),        QStringLiteral("valid_mean_reward"),
            QStringLiteral("full_valid_mean_reward"),   QStringLiteral("full_valid_mean_parse_error"),
            QStringLiteral("reasoning_tokens_mean"),    QStringLiteral("completion_tokens_mean"),
            QStringLiteral("mean_unresponsive_rewards")};
        for (const QString &g : plan.graderNames)
            m_columns << QStringLiteral("errors/graders/%1/train_sample_parse_error_count").arg(g);
    } else {
        m_columns = {QStringLiteral("train_loss"),      QStringLiteral("train_mean_token_accuracy"),
                     QStringLiteral("valid_loss"),      QStringLiteral("valid_mean_token_accuracy"),
                     QStringLiteral("full_valid_loss"), QStringLiteral("full_valid_mean_token_accuracy")};
    }
}

double MetricsModel::noise(qint64 step, int channel) const
{
    const quint64 h = splitmix(m_seed ^ splitmix(quint64(step) * 0x100000001B3ULL + quint64(channel)));
    return double(h >> 11) / double(1ULL << 52) - 1.0;
}

double MetricsModel::epochsAt(qint64 step) const
{
    return m_plan.stepsPerEpoch > 0 ? double(step) / double(m_plan.stepsPerEpoch) : 0.0;
}

bool MetricsModel::isEpochEnd(qint64 step) const
{
    return m_plan.stepsPerEpoch > 0 && step % m_plan.stepsPerEpoch == 0;
}

bool MetricsModel::isValidationStep(qint64 step) const
{
    if (!m_plan.hasValidation())
        return false;
    const qint64 every = std::max<qint64>(1, m_plan.stepsPerEpoch / 5);
    return step % every == 0 || step == 1;
}

QVector<double> MetricsModel::row(qint64 step) const
{
    switch (m_method) {
    case core::MethodType::Dpo:
        return dpoRow(step);
    case core::MethodType::Reinforcement:
        return reinforcementRow(step);
    default:
        return supervisedRow(step);
    }
}

QVector<double> MetricsModel::supervisedRow(qint64 step) const
{
    const double e = epochsAt(step);
    const double n = std::max<double>(1.0, double(m_plan.trainExamples));
    const double rate = std::sqrt(std::clamp(m_plan.learningRateMultiplier, 0.01, 10.0));
    const double batch = std::max(1, m_plan.batchSize);
    const double seedBias = (noise(0, 1) + 1.0) / 2.0; // per job, in [0, 1]
    const double start = 1.6 + 0.8 * seedBias + 0.15 * std::log10(m_plan.meanTokens + 10.0);
    const double k = 1.6 * rate * (1.0 + 0.1 * std::log10(n));

    const double trainFloor = 0.08 + 0.5 / (1.0 + 0.8 * e * rate);
    double train = trainFloor + (start - trainFloor) * std::exp(-k * e);
    train *= 1.0 + 0.22 / std::sqrt(batch) * noise(step, 2);

    const double validFloor = 0.3 + 1.2 / std::sqrt(n);
    const double overfitFrom = 1.5 + 0.5 * std::log10(n);
    const double overfit =
        0.02 * (1.0 + 3.0 / std::sqrt(n)) * std::pow(std::max(0.0, e * rate - overfitFrom), 1.3);
    const double validClean = validFloor + (start * 1.05 - validFloor) * std::exp(-k * e) + overfit;

    const double fullValid = validClean * (1.0 + 0.02 * noise(step, 6));
    return lossRow(step, {train, validClean, fullValid, 0.3 / std::sqrt(batch), 0.02, accuracyOf});
}

QVector<double> MetricsModel::dpoRow(qint64 step) const
{
    const double e = epochsAt(step);
    const double n = std::max<double>(1.0, double(m_plan.trainExamples));
    const double rate = std::sqrt(std::clamp(m_plan.learningRateMultiplier, 0.01, 10.0));
    const double betaFactor = std::pow(std::clamp(m_plan.beta / 0.1, 0.2, 5.0), 0.3);
    const double k = 1.2 * rate * betaFactor;
    const double batch = std::max(1, m_plan.batchSize);
    const double floor = 0.05 + 0.3 / std::sqrt(n);
    double train = floor + (std::log(2.0) - floor) * std::exp(-k * e);
    train *= 1.0 + 0.2 / std::sqrt(batch) * noise(step, 2);
    const double overfit = 0.015 * std::pow(std::max(0.0, e * rate - 2.0), 1.2);
    const double validClean = floor * 1.6 + (std::log(2.0) - floor * 1.6) * std::exp(-k * e * 0.8) + overfit;
    return lossRow(step, {train, validClean, validClean, 0.25 / std::sqrt(batch), 0.03, preferenceAccuracy});
}

QVector<double> MetricsModel::lossRow(qint64 step, const LossCurves &c) const
{
    QVector<double> r(m_columns.size(), kNaN);
    r[0] = std::max(0.0, c.train);
    r[1] = clamp01(c.accuracy(c.train) + c.accuracyNoise * noise(step, 3));
    if (isValidationStep(step)) {
        const double valid = c.validClean * (1.0 + c.validNoise * noise(step, 4));
        r[2] = std::max(0.0, valid);
        r[3] = clamp01(c.accuracy(valid) + c.accuracyNoise * noise(step, 5));
    }
    if (m_plan.hasValidation() && isEpochEnd(step)) {
        r[4] = c.fullValid;
        r[5] = clamp01(c.accuracy(c.fullValid));
    }
    return r;
}

QVector<double> MetricsModel::reinforcementRow(qint64 step) const
{
    const double e = epochsAt(step);
    const double rate = std::sqrt(std::clamp(m_plan.learningRateMultiplier, 0.01, 10.0));
    const double seedBias = (noise(0, 1) + 1.0) / 2.0;
    double effortBoost = 1.0;
    double reasoningBase = 800;
    if (m_plan.reasoningEffort == u"low") {
        effortBoost = 0.85;
        reasoningBase = 300;
    } else if (m_plan.reasoningEffort == u"high") {
        effortBoost = 1.1;
        reasoningBase = 1600;
    }
    const double r0 = 0.2 + 0.2 * seedBias;
    const double rMax = std::min(0.98, (0.6 + 0.25 * seedBias) * effortBoost);
    const double k = 1.1 * rate;
    auto reward = [&](double x) { return r0 + (rMax - r0) * (1.0 - std::exp(-k * x)); };

    QVector<double> r(m_columns.size(), kNaN);
    r[0] = clamp01(reward(e) + 0.06 * noise(step, 2));
    const int interval = std::max(1, m_plan.evalInterval);
    if (m_plan.hasValidation() && (step % interval == 0 || step == 1))
        r[1] = clamp01(reward(e) * 0.97 + 0.05 * noise(step, 3));
    if (m_plan.hasValidation() && isEpochEnd(step)) {
        r[2] = clamp01(reward(e) * 0.97);
        r[3] = 0.08 * std::exp(-2.0 * e);
    }
    r[4] = std::round(reasoningBase * (1.0 + 0.25 * e / std::max(1, m_plan.epochs))
                      * (1.0 + 0.05 * noise(step, 4)));
    r[5] = r[4] + std::round(120.0 * (1.0 + 0.1 * noise(step, 5)));
    r[6] = clamp01(0.05 * std::exp(-e) * (1.0 + 0.5 * noise(step, 6)));
    for (qsizetype g = 7; g < r.size(); ++g)
        r[g] = std::max(0.0, std::round(3.0 * std::exp(-1.5 * e) + 1.5 * noise(step, int(10 + g))));
    return r;
}

QByteArray MetricsModel::csv(qint64 uptoStep) const
{
    QByteArray out = "step";
    for (const auto &c : m_columns)
        out += ',' + c.toUtf8();
    out += '\n';
    const qint64 last = std::min(uptoStep, m_plan.totalSteps);
    for (qint64 step = 1; step <= last; ++step) {
        out += QByteArray::number(step);
        const QVector<double> values = row(step);
        for (double v : values) {
            out += ',';
            if (!std::isnan(v))
                out += QByteArray::number(v, 'f', m_precision);
        }
        out += '\n';
    }
    return out;
}

QMap<QString, double> MetricsModel::checkpointMetrics(qint64 step) const
{
    QMap<QString, double> m;
    m.insert(QStringLiteral("step"), double(step));
    const QVector<double> values = row(step);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i]) && !m_columns[i].contains(u'/'))
            m.insert(m_columns[i], QByteArray::number(values[i], 'f', m_precision).toDouble());
    }
    return m;
}

nlohmann::ordered_json MetricsModel::eventData(qint64 step) const
{
    js::Json d = js::Json::object();
    d["step"] = step;
    d["total_steps"] = m_plan.totalSteps;
    const QVector<double> values = row(step);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i]) && !m_columns[i].contains(u'/'))
            d[js::s(m_columns[i])] = QByteArray::number(values[i], 'f', m_precision).toDouble();
    }
    return d;
}

QString MetricsModel::eventMessage(qint64 step) const
{
    const QVector<double> v = row(step);
    QString msg = QStringLiteral("Step %1/%2").arg(step).arg(m_plan.totalSteps);
    if (m_method == core::MethodType::Reinforcement) {
        msg += QStringLiteral(", train mean reward=%1").arg(v[0], 0, 'f', 2);
        if (!std::isnan(v[2]))
            msg += QStringLiteral(", full validation mean reward=%1, full validation mean parse error=%2")
                       .arg(v[2], 0, 'f', 2)
                       .arg(v[3], 0, 'f', 2);
        return msg;
    }
    msg += QStringLiteral(": training loss=%1").arg(v[0], 0, 'f', 4);
    if (!std::isnan(v[2]))
        msg += QStringLiteral(", validation loss=%1").arg(v[2], 0, 'f', 4);
    if (!std::isnan(v[4]))
        msg += QStringLiteral(", full validation loss=%1").arg(v[4], 0, 'f', 4);
    return msg;
}

} // namespace ft::emu
