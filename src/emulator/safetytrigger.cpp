#include "safetytrigger.h"

#include "records.h"

namespace ft::emu::safetytrigger {

bool dataFails(const JobRecord &record)
{
    return record.job.suffix.contains(QStringLiteral("unsafe-data"));
}

bool modelFails(const JobRecord &record)
{
    return record.job.suffix.contains(QStringLiteral("unsafe-model"));
}

QStringList dataCategories()
{
    return {QStringLiteral("hate_fairness"), QStringLiteral("self_harm"), QStringLiteral("violence")};
}

QStringList modelCategories()
{
    return {QStringLiteral("Violence"), QStringLiteral("Self Harm")};
}

} // namespace ft::emu::safetytrigger
