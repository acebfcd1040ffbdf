#include "safetyevaluation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ft::core {

namespace {

const QString kDataPrefix = QStringLiteral("The provided training data failed RAI checks for harm types:");
const QString kModelPrefix = QStringLiteral("This model is unable to be deployed.");

// "Self Harm", "self_harm", "self-harm" → "selfharm": one key for the spellings the service uses.
QString categoryKey(const QString &category)
{
    QString key;
    for (const QChar c : category) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

} // namespace

QStringList harmCategoriesIn(const QString &message)
{
    static const QRegularExpression list(QStringLiteral("\\[([^\\]]*)\\]"));
    const QRegularExpressionMatch match = list.match(message);
    QStringList categories;
    if (!match.hasMatch())
        return categories;
    for (const QString &part : match.captured(1).split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            categories << name;
    }
    return categories;
}

QString harmCategoryLabel(const QString &category)
{
    static const struct
    {
        QLatin1String key;
        const char *label;
    } kLabels[] = {
        {QLatin1String("hatefairness"), QT_TRANSLATE_NOOP("ft::core::Safety", "Hate and fairness")},
        {QLatin1String("hate"), QT_TRANSLATE_NOOP("ft::core::Safety", "Hate")},
        {QLatin1String("fairness"), QT_TRANSLATE_NOOP("ft::core::Safety", "Fairness")},
        {QLatin1String("selfharm"), QT_TRANSLATE_NOOP("ft::core::Safety", "Self-harm")},
        {QLatin1String("violence"), QT_TRANSLATE_NOOP("ft::core::Safety", "Violence")},
        {QLatin1String("sexual"), QT_TRANSLATE_NOOP("ft::core::Safety", "Sexual")},
    };
    const QString key = categoryKey(category);
    for (const auto &l : kLabels) {
        if (key == l.key)
            return QCoreApplication::translate("ft::core::Safety", l.label);
    }
    return category;
}

SafetyOutcome safetyOutcome(const FineTuningJob &job, const QList<JobEvent> &events)
{
    SafetyOutcome outcome;
    if (job.state() == JobState::Failed && job.error.message.startsWith(kDataPrefix)) {
        outcome.kind = SafetyOutcome::Kind::DataRejected;
        outcome.message = job.error.message;
    } else {
        for (const JobEvent &event : events) {
            if (event.message.startsWith(kModelPrefix)) {
                outcome.kind = SafetyOutcome::Kind::ModelNotDeployable;
                outcome.message = event.message;
                break;
            }
            if (event.message.startsWith(kDataPrefix)) {
                outcome.kind = SafetyOutcome::Kind::DataRejected;
                outcome.message = event.message;
            }
        }
    }
    outcome.categories = harmCategoriesIn(outcome.message);
    return outcome;
}

QString dataRejectedMessage(const QStringList &categories)
{
    return kDataPrefix + QStringLiteral(" [") + categories.join(QStringLiteral(", "))
        + QStringLiteral("]. Please fix the data and try again.");
}

QString modelNotDeployableMessage(const QStringList &categories)
{
    return kModelPrefix
        + QStringLiteral(" Model evaluation identified that this fine tuned model scores above acceptable "
                         "thresholds for [")
        + categories.join(QStringLiteral(", "))
        + QStringLiteral("]. Please review your training data set and resubmit the job.");
}

} // namespace ft::core
