#pragma once

#include <QString>
#include <QStringList>

namespace ft::core::azureml {

// An open model (Phi, Llama, Mistral) that a hub project can fine-tune serverless, as the catalog file or
// the registry describes it.
struct OpenModel
{
    QString name; // the registry asset name, e.g. Meta-Llama-3.1-8B-Instruct
    QString publisher;
    QString registry; // azureml, azureml-meta, azureml-mistral
    QString version; // "latest" until resolved through the registry
    QStringList taskTypes; // FineTuningTaskType values: ChatCompletion, TextCompletion
    QStringList fineTuneRegions; // normalised ARM location names
    QString regionSource; // where the region list comes from: learn, notebook, registry
    bool marketplace = false; // sold through Azure Marketplace: a subscription must exist first
    bool assetNameConfirmed = true; // false where the docs give a display name only

    // azureml://registries/{registry}/models/{name}/versions/{version}: what the job's `model` input takes.
    QString assetId(const QString &resolvedVersion = {}) const;
    // Without the version: what a marketplace subscription and a catalog-model endpoint take.
    QString unversionedAssetId() const;
    bool supportsTask(const QString &taskType) const { return taskTypes.contains(taskType); }

    // Whether a project in `region` can fine-tune this model; when not, `reason` says where it can.
    bool canFineTuneIn(const QString &region, QString *reason = nullptr) const;

    // "East US 2" and "eastus2" name the same ARM location.
    static QString normalizedRegion(const QString &region);
    // The registry's `maas-finetuning-deploy-regions` tag: a list of regions "as a string" whose
    // separator the docs do not state, so commas, semicolons, spaces and JSON brackets all separate.
    static QStringList regionsFromTag(const QString &tag);
};

} // namespace ft::core::azureml
