#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ft::core {

// Training prices per model and training tier, from resources/catalog/prices.json. Every figure made
// from it is an estimate and says so, with the table's as-of date and source.
struct TrainingPrice
{
    enum class Unit { PerMillionTokens, PerHour };

    QString model;
    QString trainingType; // standard, globalStandard, developerTier, or "openai"
    Unit unit = Unit::PerMillionTokens;
    double price = 0;
};

// What hosting a fine-tuned deployment costs per hour, by deployment sku; provisioned skus are billed by
// throughput units instead (no hourly figure).
struct HostingPrice
{
    QString sku;
    std::optional<double> perHour; // none: billed by provisioned throughput
};

class PriceTable
{
public:
    static const PriceTable &builtin();
    static std::optional<PriceTable> load(QByteArrayView json, QString *error);

    std::optional<TrainingPrice> find(const QString &model, const QString &trainingType) const;
    QString asOf() const { return m_asOf; }
    QString currency() const { return m_currency; }
    QString source() const { return m_source; }
    QString note() const { return m_note; }
    std::optional<HostingPrice> hosting(const QString &sku) const;
    QString hostingSource() const { return m_hostingSource; }

private:
    QList<TrainingPrice> m_prices;
    QString m_asOf;
    QString m_currency;
    QString m_source;
    QString m_note;
    QList<HostingPrice> m_hosting;
    QString m_hostingSource;
};

} // namespace ft::core
