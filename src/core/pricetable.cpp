#include "pricetable.h"

#include "catalog.h"
#include "jsonutil.h"

#include <QFile>

namespace ft::core {

const PriceTable &PriceTable::builtin()
{
    static const PriceTable table = [] {
        QFile f(QStringLiteral(":/ft/catalog/prices.json"));
        QString error;
        std::optional<PriceTable> t;
        if (f.open(QIODevice::ReadOnly))
            t = load(f.readAll(), &error);
        if (!t)
            qFatal("built-in price table is missing or invalid: %s", qPrintable(error));
        return *t;
    }();
    return table;
}

std::optional<PriceTable> PriceTable::load(QByteArrayView json, QString *error)
{
    js::Json doc;
    if (!js::parse(json, doc, error))
        return std::nullopt;
    PriceTable t;
    t.m_asOf = js::str(doc, "as_of");
    t.m_currency = js::str(doc, "currency", QStringLiteral("USD"));
    t.m_source = js::str(doc, "source");
    t.m_note = js::str(doc, "note");
    if (const auto *list = js::find(doc, "training"); list && list->is_array()) {
        for (const auto &p : *list) {
            TrainingPrice price;
            price.model = js::str(p, "model");
            price.trainingType = js::str(p, "training_type");
            price.unit = js::str(p, "unit") == u"per_hour" ? TrainingPrice::Unit::PerHour
                                                           : TrainingPrice::Unit::PerMillionTokens;
            price.price = js::optNum(p, "price").value_or(0);
            t.m_prices << price;
        }
    }
    t.m_hostingSource = js::str(doc, "hosting_source");
    if (const auto *list = js::find(doc, "hosting"); list && list->is_array()) {
        for (const auto &p : *list) {
            HostingPrice price;
            price.sku = js::str(p, "sku");
            if (js::str(p, "unit") == u"per_hour")
                price.perHour = js::optNum(p, "price");
            t.m_hosting << price;
        }
    }
    return t;
}

std::optional<HostingPrice> PriceTable::hosting(const QString &sku) const
{
    for (const auto &p : m_hosting) {
        if (p.sku.compare(sku, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<TrainingPrice> PriceTable::find(const QString &model, const QString &trainingType) const
{
    const CatalogModel *m = Catalog::builtin().find(model);
    const QString id = m ? m->id : model;
    for (const auto &p : m_prices) {
        if (p.model == id && p.trainingType == trainingType)
            return p;
    }
    return std::nullopt;
}

} // namespace ft::core
