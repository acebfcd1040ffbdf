#include "catalog.h"

#include "jsonutil.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace ft::core {

namespace {
QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in resource %s", qPrintable(path));
    return f.readAll();
}

SuffixRule suffixRuleOf(const js::Json &v)
{
    SuffixRule r;
    r.minLength = int(js::int64(v, "min_length", 1));
    r.maxLength = int(js::int64(v, "max_length", 64));
    r.pattern = QRegularExpression(js::str(v, "pattern", QStringLiteral("^.+$")));
    r.description = js::str(v, "rule");
    return r;
}

NumberRange rangeOf(const js::Json &v)
{
    NumberRange r;
    r.min = js::optNum(v, "min");
    r.minExclusive = js::optNum(v, "min_exclusive");
    r.max = js::optNum(v, "max");
    r.uiMin = js::optNum(v, "ui_min");
    r.uiMax = js::optNum(v, "ui_max");
    r.hintLow = js::optNum(v, "hint_low");
    r.hintHigh = js::optNum(v, "hint_high");
    r.integer = js::optBool(v, "integer").value_or(false);
    return r;
}
} // namespace

std::optional<QString> SuffixRule::check(const QString &suffix) const
{
    if (suffix.isEmpty())
        return std::nullopt;
    if (suffix.size() > maxLength)
        return QCoreApplication::translate("SuffixRule",
                                           "The suffix has %1 characters; at most %2 are allowed.")
            .arg(suffix.size())
            .arg(maxLength);
    if (suffix.size() < minLength || !pattern.match(suffix).hasMatch())
        return QCoreApplication::translate("SuffixRule", "The suffix must be %1.")
            .arg(Catalog::text(description));
    return std::nullopt;
}

bool NumberRange::contains(double value) const
{
    if (!std::isfinite(value))
        return false;
    if (integer && value != std::floor(value))
        return false;
    if (min && value < *min)
        return false;
    if (minExclusive && value <= *minExclusive)
        return false;
    if (max && value > *max)
        return false;
    return true;
}

QString NumberRange::describe() const
{
    const QString lo = min ? QString::number(*min)
        : minExclusive     ? QStringLiteral("> %1").arg(*minExclusive)
                           : QString();
    const QString hi = max ? QString::number(*max) : QString();
    if (min && max)
        return QStringLiteral("%1–%2").arg(lo, hi);
    if (!lo.isEmpty() && !hi.isEmpty())
        return QCoreApplication::translate("NumberRange", "%1 and ≤ %2").arg(lo, hi);
    if (!lo.isEmpty())
        return min ? QStringLiteral("≥ %1").arg(lo) : lo;
    if (!hi.isEmpty())
        return QStringLiteral("≤ %1").arg(hi);
    return {};
}

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        QString error;
        auto c = load(readResource(QStringLiteral(":/ft/catalog/models.json")),
                      readResource(QStringLiteral(":/ft/catalog/service-rules.json")), &error);
        if (!c)
            qFatal("built-in catalog is invalid: %s", qPrintable(error));
        return *c;
    }();
    return catalog;
}

std::optional<Catalog> Catalog::load(QByteArrayView modelsJson, QByteArrayView rulesJson, QString *error)
{
    js::Json models;
    js::Json rules;
    if (!js::parse(modelsJson, models, error) || !js::parse(rulesJson, rules, error))
        return std::nullopt;
    Catalog c;
    c.m_asOf = js::str(models, "as_of");
    if (const auto *list = js::find(models, "models"); list && list->is_array()) {
        for (const auto &m : *list) {
            CatalogModel cm;
            cm.id = js::str(m, "id");
            cm.family = js::str(m, "family");
            cm.version = js::str(m, "version");
            cm.displayName = js::str(m, "display_name", cm.id);
            cm.openaiId = js::str(m, "openai_id", cm.id);
            cm.aliases = js::strList(m, "aliases");
            for (const auto &name : js::strList(m, "methods"))
                cm.methods << methodTypeFromName(name);
            cm.trainingTypes = js::strList(m, "training_types");
            cm.contextLimit = js::int64(m, "context_limit");
            cm.inputLimit = js::int64(m, "input_limit");
            cm.outputLimit = js::int64(m, "output_limit");
            cm.encoding = js::str(m, "encoding");
            cm.modality = js::str(m, "modality");
            cm.description = js::str(m, "description");
            if (cm.id.isEmpty() || cm.contextLimit <= 0 || cm.encoding.isEmpty()) {
                if (error)
                    *error = QStringLiteral("model entry without id, context_limit or encoding");
                return std::nullopt;
            }
            c.m_models << cm;
        }
    }
    if (const auto *s = js::find(rules, "suffix")) {
        if (const auto *a = js::find(*s, "azure"))
            c.m_azureSuffix = suffixRuleOf(*a);
        if (const auto *o = js::find(*s, "openai"))
            c.m_openaiSuffix = suffixRuleOf(*o);
    }
    if (const auto *s = js::find(rules, "seed"))
        c.m_seedMax = js::int64(*s, "max", c.m_seedMax);
    if (const auto *d = js::find(rules, "dataset")) {
        c.m_minExamples = js::int64(*d, "min_examples", c.m_minExamples);
        c.m_maxFileBytes = js::int64(*d, "max_file_bytes", c.m_maxFileBytes);
        c.m_rftMaxTraining = js::int64(*d, "rft_max_training_lines", c.m_rftMaxTraining);
        c.m_rftMaxValidation = js::int64(*d, "rft_max_validation_lines", c.m_rftMaxValidation);
    }
    if (const auto *u = js::find(rules, "uploads")) {
        c.m_maxPartBytes = js::int64(*u, "max_part_bytes", c.m_maxPartBytes);
        c.m_chunkedThreshold = js::int64(*u, "chunked_threshold_bytes", c.m_chunkedThreshold);
        if (const auto *m = js::find(*u, "max_upload_bytes")) {
            c.m_maxUploadOpenai = js::int64(*m, "openai", c.m_maxUploadOpenai);
            c.m_maxUploadAzure = js::int64(*m, "azure", c.m_maxUploadAzure);
        }
        if (const auto *e = js::find(*u, "expires_seconds")) {
            c.m_uploadExpiryOpenai = js::int64(*e, "openai", c.m_uploadExpiryOpenai);
            c.m_uploadExpiryAzure = js::int64(*e, "azure", c.m_uploadExpiryAzure);
        }
    }
    c.m_checkpointsKept = int(js::int64(rules, "checkpoints_kept", c.m_checkpointsKept));
    if (const js::Json *d = js::find(rules, "deployments")) {
        c.m_idleRemovalDays = int(js::int64(*d, "idle_removal_days", c.m_idleRemovalDays));
        c.m_developerLifetimeHours =
            int(js::int64(*d, "developer_lifetime_hours", c.m_developerLifetimeHours));
        c.m_idleFlagHours = int(js::int64(*d, "idle_flag_hours", c.m_idleFlagHours));
    }
    if (const auto *e = js::find(rules, "epochs_auto")) {
        c.m_epochsDefault = int(js::int64(*e, "default", c.m_epochsDefault));
        c.m_epochsMinProduct = js::int64(*e, "min_examples_x_epochs", c.m_epochsMinProduct);
        c.m_epochsMaxProduct = js::int64(*e, "max_examples_x_epochs", c.m_epochsMaxProduct);
        c.m_epochsMin = int(js::int64(*e, "min", c.m_epochsMin));
        c.m_epochsMax = int(js::int64(*e, "max", c.m_epochsMax));
    }
    if (const auto *h = js::find(rules, "hyperparameters"); h && h->is_object()) {
        for (auto it = h->begin(); it != h->end(); ++it) {
            if (it.key() == "reasoning_effort")
                c.m_reasoningEfforts = js::strList(it.value(), "values");
            else
                c.m_ranges.insert(QString::fromStdString(it.key()), rangeOf(it.value()));
        }
    }
    if (const auto *t = js::find(rules, "training_types"); t && t->is_array()) {
        for (const auto &x : *t)
            c.m_tiers << TrainingTier{js::str(x, "id"), js::str(x, "label"), js::str(x, "sku"),
                                      js::str(x, "description")};
    }
    return c;
}

QString Catalog::baseOfFineTuned(const QString &model)
{
    if (model.startsWith(QStringLiteral("ft:"))) // ft:<base>:<org>:<suffix>:<id>[:ckpt-step-N]
        return model.section(u':', 1, 1);
    const qsizetype ft = model.indexOf(QStringLiteral(".ft-")); // <base>.ft-<hex>[-suffix][:ckpt-step-N]
    if (ft > 0)
        return model.left(ft);
    return {};
}

const CatalogModel *Catalog::find(const QString &idOrAlias) const
{
    for (const auto &m : m_models) {
        if (m.id == idOrAlias || m.openaiId == idOrAlias || m.aliases.contains(idOrAlias))
            return &m;
    }
    const QString base = baseOfFineTuned(idOrAlias);
    return base.isEmpty() ? nullptr : find(base);
}

const TrainingTier *Catalog::trainingTier(const QString &id) const
{
    for (const auto &t : m_tiers) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

int Catalog::autoEpochs(qint64 examples) const
{
    int epochs = m_epochsDefault;
    if (examples <= 0)
        return epochs;
    if (examples * epochs < m_epochsMinProduct)
        epochs = int(std::min<qint64>(m_epochsMax, m_epochsMinProduct / examples));
    else if (examples * epochs > m_epochsMaxProduct)
        epochs = int(std::max<qint64>(m_epochsMin, m_epochsMaxProduct / examples));
    return std::clamp(epochs, m_epochsMin, m_epochsMax);
}

QString Catalog::text(const QString &english)
{
    return QCoreApplication::translate("Catalog", english.toUtf8().constData());
}

} // namespace ft::core
