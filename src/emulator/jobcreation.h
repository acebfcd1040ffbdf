#pragma once

#include "httpexchange.h"
#include "records.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace ft::core {
struct CatalogModel;
struct CreateJobRequest;
} // namespace ft::core

namespace ft::emu {

class FilePresenter;
class ModelIndex;
class Store;

// POST /fine_tuning/jobs as the service takes it: after the schema of the body (jobbodycheck), the
// checks of what it asks for, in the service's order — the base model (a catalog model, or a fine-tuned
// model or checkpoint of this resource), the method and its hyperparameters, the suffix, seed,
// metadata and integrations, Azure's training tier, and the files — and the new job's record.
class JobCreation final
{
public:
    JobCreation(Store &store, FilePresenter &files, ModelIndex &models);

    // The record of the new job (not saved yet), or the error to answer.
    std::optional<ErrorSpec> create(const HttpRequest &request, const nlohmann::ordered_json &body,
                                    JobRecord &out);

private:
    struct Base
    {
        const core::CatalogModel *model = nullptr;
        QString name; // what the job's `model` says
    };

    static std::optional<ErrorSpec> unknownField(const nlohmann::ordered_json &body);
    static std::optional<ErrorSpec> required(const core::CreateJobRequest &req);
    std::optional<ErrorSpec> base(const core::CreateJobRequest &req, Surface surface, Base &out);
    static std::optional<ErrorSpec> method(const core::CreateJobRequest &req,
                                           const nlohmann::ordered_json &body,
                                           const core::CatalogModel &base);
    static std::optional<ErrorSpec> hyperparameters(const core::Method &m, const nlohmann::ordered_json &raw);
    static std::optional<ErrorSpec> options(const core::CreateJobRequest &req,
                                            const nlohmann::ordered_json &body, bool azure);
    static std::optional<ErrorSpec> trainingType(const core::CreateJobRequest &req,
                                                 const core::CatalogModel &base, bool azure, QString &out);
    std::optional<ErrorSpec> files(const core::CreateJobRequest &req) const;
    JobRecord record(const core::CreateJobRequest &req, const Base &base, const QString &trainingType,
                     bool azure);

    Store &m_store;
    FilePresenter &m_files;
    ModelIndex &m_models;
};

} // namespace ft::emu
