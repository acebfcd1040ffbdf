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
    const QString key = categoryKey(category);
    if (key == u"hatefairness")
        return QCoreApplication::translate("ft::core::Safety", "Hate and fairness");
    if (key == u"hate")
        return QCoreApplication::translate("ft::core::Safety", "Hate");
    if (key == u"fairness")
        return QCoreApplication::translate("ft::core::Safety", "Fairness");
    if (key == u"selfharm")
        return QCoreApplication::translate("ft::core::Safety", "Self-harm");
    if (key == u"violence")
        return QCoreApplication::translate("ft::core::Safety", "Violence");
    if (key == u"sexual")
        return QCoreApplication::translate("ft::core::Safety", "Sexual");
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
