#pragma once

#include "method.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace ft::core {

// A fine-tunable base model, as the catalog data file describes it.
struct CatalogModel
{
    QString id; // versioned, e.g. gpt-4.1-2025-04-14
    QString family;
    QString version;
    QString displayName;
    QString openaiId;
    QStringList aliases;
    QList<MethodType> methods;
    QStringList trainingTypes;
    qint64 contextLimit = 0;
    qint64 inputLimit = 0;
    qint64 outputLimit = 0;
    QString encoding;
    QString modality;
    QString description;

    bool supports(MethodType method) const { return methods.contains(method); }
    bool supportsTrainingType(const QString &type) const { return trainingTypes.contains(type); }
};

struct SuffixRule
{
    int minLength = 1;
    int maxLength = 64;
    QRegularExpression pattern;
    QString description;

    // Why the suffix breaks the rule, or nothing when it is fine. An empty suffix is always fine.
    std::optional<QString> check(const QString &suffix) const;
};

struct NumberRange
{
    std::optional<double> min;
    std::optional<double> minExclusive;
    std::optional<double> max;
    std::optional<double> uiMin;
    std::optional<double> uiMax;
    std::optional<double> hintLow;
    std::optional<double> hintHigh;
    bool integer = false;

    bool contains(double value) const;
    QString describe() const; // "1–256", "> 0 and ≤ 10"
};

struct TrainingTier
{
    QString id; // standard, globalStandard, developerTier
    QString label;
    QString sku;
    QString description;
};

// The model catalog and the service rules, loaded from the data files under resources/catalog.
class Catalog
{
public:
    static const Catalog &builtin();
    // A text of the catalog's data files (a tier's label or description, a model's description, a
    // suffix rule, the price note) in the user's language, where a translation is shipped.
    static QString text(const QString &english);
    static std::optional<Catalog> load(QByteArrayView modelsJson, QByteArrayView rulesJson, QString *error);

    const QList<CatalogModel> &models() const { return m_models; }
    // By id, alias or OpenAI id; also resolves the base of a fine-tuned model name.
    const CatalogModel *find(const QString &idOrAlias) const;
    // For `ft:<base>:...` and `<base>.ft-...` names (and their checkpoints): the base model id.
    static QString baseOfFineTuned(const QString &model);
    QString asOf() const { return m_asOf; }

    SuffixRule suffixRule(bool azure) const { return azure ? m_azureSuffix : m_openaiSuffix; }
    qint64 seedMax() const { return m_seedMax; }
    qint64 minExamples() const { return m_minExamples; }
    qint64 maxFileBytes() const { return m_maxFileBytes; }
    qint64 rftMaxTrainingLines() const { return m_rftMaxTraining; }
    qint64 rftMaxValidationLines() const { return m_rftMaxValidation; }
    qint64 maxPartBytes() const { return m_maxPartBytes; }
    qint64 chunkedThresholdBytes() const { return m_chunkedThreshold; }
    qint64 maxUploadBytes(bool azure) const { return azure ? m_maxUploadAzure : m_maxUploadOpenai; }
    qint64 uploadExpirySeconds(bool azure) const
    {
        return azure ? m_uploadExpiryAzure : m_uploadExpiryOpenai;
    }
    int checkpointsKept() const { return m_checkpointsKept; }
    // How long deployments live (Microsoft Learn): removed after this many days without a call, a
    // Developer one after this many hours; an idle one is flagged after `idleFlagHours`.
    int idleRemovalDays() const { return m_idleRemovalDays; }
    int developerLifetimeHours() const { return m_developerLifetimeHours; }
    int idleFlagHours() const { return m_idleFlagHours; }
    NumberRange hyperparameterRange(const QString &name) const { return m_ranges.value(name); }
    QStringList reasoningEfforts() const { return m_reasoningEfforts; }
    const QList<TrainingTier> &trainingTiers() const { return m_tiers; }
    const TrainingTier *trainingTier(const QString &id) const;

    // The epochs the service chooses for n_epochs "auto" (the OpenAI cookbook's rule).
    int autoEpochs(qint64 examples) const;

private:
    QList<CatalogModel> m_models;
    QString m_asOf;
    SuffixRule m_azureSuffix;
    SuffixRule m_openaiSuffix;
    qint64 m_seedMax = 2147483647;
    qint64 m_minExamples = 10;
    qint64 m_maxFileBytes = 512LL << 20;
    qint64 m_rftMaxTraining = 50000;
    qint64 m_rftMaxValidation = 1000;
    qint64 m_maxPartBytes = 64LL << 20;
    qint64 m_chunkedThreshold = 64LL << 20;
    qint64 m_maxUploadOpenai = 8LL << 30;
    qint64 m_maxUploadAzure = 9LL << 30;
    qint64 m_uploadExpiryOpenai = 3600;
    qint64 m_uploadExpiryAzure = 7200;
    int m_checkpointsKept = 3;
    int m_idleRemovalDays = 15;
    int m_developerLifetimeHours = 24;
    int m_idleFlagHours = 24;
    int m_epochsDefault = 3;
    qint64 m_epochsMinProduct = 100;
    qint64 m_epochsMaxProduct = 25000;
    int m_epochsMin = 1;
    int m_epochsMax = 25;
    QMap<QString, NumberRange> m_ranges;
    QStringList m_reasoningEfforts;
    QList<TrainingTier> m_tiers;
};

} // namespace ft::core
