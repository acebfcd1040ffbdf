#pragma once

#include "openmodel.h"
#include "taskparameterrules.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace ft::core::azureml {

// The open models a hub project can fine-tune serverless, shipped in resources/catalog/azureml-models.json
// as the offline default of what the registries report at run time.
class OpenModelCatalog final
{
public:
    static const OpenModelCatalog &builtin();
    static std::optional<OpenModelCatalog> load(QByteArrayView json, QString *error);

    const QList<OpenModel> &models() const { return m_models; }
    // By asset name, ignoring case (the docs and the portal spell some names differently).
    const OpenModel *find(const QString &name) const;
    QList<OpenModel> fineTunableIn(const QString &region) const;
    const TaskParameterRules &taskParameterRules() const { return m_rules; }

private:
    QList<OpenModel> m_models;
    TaskParameterRules m_rules;
};

} // namespace ft::core::azureml
