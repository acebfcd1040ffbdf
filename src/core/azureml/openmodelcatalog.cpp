#include "openmodelcatalog.h"

#include "core/jsonutil.h"

#include <QFile>
#include <QHash>

namespace ft::core::azureml {

namespace {

struct Registry
{
    QString publisher;
    bool marketplace = true;
};

NumberRange rangeOf(const js::Json &object, std::string_view key)
{
    NumberRange r;
    const js::Json *v = js::find(object, key);
    if (!v)
        return r;
    r.min = js::optNum(*v, "min");
    r.minExclusive = js::optNum(*v, "min_exclusive");
    r.max = js::optNum(*v, "max");
    r.hintLow = js::optNum(*v, "hint_low");
    r.hintHigh = js::optNum(*v, "hint_high");
    r.integer = js::optBool(*v, "integer").value_or(false);
    return r;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

const OpenModelCatalog &OpenModelCatalog::builtin()
{
    static const OpenModelCatalog catalog = [] {
        QFile f(QStringLiteral(":/ft/catalog/azureml-models.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing built-in resource %s", qPrintable(f.fileName()));
        QString error;
        auto c = load(f.readAll(), &error);
        if (!c)
            qFatal("built-in open model catalog is invalid: %s", qPrintable(error));
        return *c;
    }();
    return catalog;
}

std::optional<OpenModelCatalog> OpenModelCatalog::load(QByteArrayView json, QString *error)
{
    js::Json root;
    if (!js::parse(json, root, error))
        return std::nullopt;
    QHash<QString, Registry> registries;
    if (const js::Json *list = js::find(root, "registries"); list && list->is_array())
        for (const js::Json &r : *list)
            registries.insert(js::str(r, "name"),
                              {js::str(r, "publisher"), js::optBool(r, "marketplace").value_or(true)});
    OpenModelCatalog c;
    const js::Json *list = js::find(root, "models");
    if (!list || !list->is_array() || list->empty()) {
        fail(error, QStringLiteral("the open model catalog lists no models"));
        return std::nullopt;
    }
    for (const js::Json &m : *list) {
        OpenModel model;
        model.name = js::str(m, "name");
        model.registry = js::str(m, "registry");
        if (model.name.isEmpty() || !registries.contains(model.registry)) {
            fail(error, QStringLiteral("model '%1' names no known registry").arg(model.name));
            return std::nullopt;
        }
        // Who sells the model decides the marketplace step, so it is a property of the registry.
        model.publisher = registries.value(model.registry).publisher;
        model.marketplace = registries.value(model.registry).marketplace;
        model.version = js::str(m, "version", QStringLiteral("latest"));
        model.taskTypes = js::strList(m, "task_types");
        for (const QString &r : js::strList(m, "fine_tune_regions"))
            model.fineTuneRegions << OpenModel::normalizedRegion(r);
        model.regionSource = js::str(m, "region_source");
        model.assetNameConfirmed = js::optBool(m, "asset_name_confirmed").value_or(true);
        c.m_models << model;
    }
    const js::Json *params = js::find(root, "task_parameters");
    if (!params) {
        fail(error, QStringLiteral("the open model catalog has no task_parameters"));
        return std::nullopt;
    }
    c.m_rules.batchSize = rangeOf(*params, "batch_size");
    c.m_rules.learningRateMultiplier = rangeOf(*params, "learning_rate_multiplier");
    c.m_rules.epochs = rangeOf(*params, "epochs");
    bool ok = false;
    c.m_rules.baseLearningRate = js::str(*params, "base_learning_rate").toDouble(&ok);
    if (!ok || c.m_rules.baseLearningRate <= 0) {
        fail(error, QStringLiteral("the open model catalog has no valid base_learning_rate"));
        return std::nullopt;
    }
    return c;
}

const OpenModel *OpenModelCatalog::find(const QString &name) const
{
    for (const OpenModel &m : m_models)
        if (m.name.compare(name, Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

QList<OpenModel> OpenModelCatalog::fineTunableIn(const QString &region) const
{
    QList<OpenModel> out;
    for (const OpenModel &m : m_models)
        if (m.canFineTuneIn(region))
            out << m;
    return out;
}

} // namespace ft::core::azureml
