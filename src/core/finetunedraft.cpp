#include "finetunedraft.h"

#include "enumnames.h"
#include "jsonutil.h"

namespace ft::core {

namespace {
constexpr EnumName<DataSource::Kind> kSourceKindNames[] = {
    {DataSource::Kind::None, "none"},   {DataSource::Kind::Existing, "existing"},
    {DataSource::Kind::Local, "local"}, {DataSource::Kind::Import, "import"},
    {DataSource::Kind::Split, "split"},
};
} // namespace

QString DataSource::kindName(Kind kind)
{
    return nameOf(kSourceKindNames, kind);
}

DataSource::Kind DataSource::kindFromName(QStringView name)
{
    return valueOf(kSourceKindNames, name).value_or(Kind::None);
}

namespace {
js::Json sourceJson(const DataSource &s)
{
    return js::Json{{"kind", js::s(DataSource::kindName(s.kind))},
                    {"file_id", js::s(s.fileId)},
                    {"file_name", js::s(s.fileName)},
                    {"local_path", js::s(s.localPath)},
                    {"import_url", js::s(s.importUrl.toString())},
                    {"split_percent", s.splitPercent}};
}

DataSource sourceOf(const js::Json &v)
{
    DataSource s;
    s.kind = DataSource::kindFromName(js::str(v, "kind"));
    s.fileId = js::str(v, "file_id");
    s.fileName = js::str(v, "file_name");
    s.localPath = js::str(v, "local_path");
    s.importUrl = QUrl(js::str(v, "import_url"));
    s.splitPercent = int(js::int64(v, "split_percent", 10));
    return s;
}

constexpr EnumName<FineTuneDraft::AutoDeploy> kAutoDeployNames[] = {
    {FineTuneDraft::AutoDeploy::GlobalStandard, "GlobalStandard"},
    {FineTuneDraft::AutoDeploy::Developer, "DeveloperTier"},
    {FineTuneDraft::AutoDeploy::Off, "off"},
};
} // namespace

CreateJobRequest FineTuneDraft::toRequest(const QString &trainingFileId, const QString &validationFileId,
                                          bool azure) const
{
    CreateJobRequest r;
    r.model = model;
    r.trainingFile = trainingFileId;
    r.validationFile = validationFileId;
    r.suffix = suffix;
    r.seed = seed;
    r.method = Method::ofType(method);
    if (customHyperparameters) {
        r.method.hyperparameters = hyperparameters;
        // Only the method's own hyperparameters travel.
        if (method != MethodType::Dpo) {
            r.method.hyperparameters.beta = {};
            r.method.hyperparameters.l2Multiplier = {};
        }
        if (method != MethodType::Reinforcement) {
            r.method.hyperparameters.computeMultiplier = {};
            r.method.hyperparameters.evalInterval = {};
            r.method.hyperparameters.evalSamples = {};
            r.method.hyperparameters.reasoningEffort.clear();
        }
    }
    if (method == MethodType::Reinforcement) {
        r.method.grader = grader;
        r.method.responseFormat = responseFormat.value;
    }
    if (!wandbProject.isEmpty()) {
        Integration i;
        i.project = wandbProject;
        i.name = wandbName;
        i.entity = wandbEntity;
        i.tags = wandbTags;
        r.integrations << i;
    }
    r.metadata = metadata;
    if (azure)
        r.trainingType = trainingType;
    return r;
}

FineTuneDraft FineTuneDraft::fromJson(const nlohmann::ordered_json &v)
{
    FineTuneDraft d;
    d.method = methodTypeFromName(js::str(v, "method", QStringLiteral("supervised")));
    if (d.method == MethodType::Unknown)
        d.method = MethodType::Supervised;
    d.model = js::str(v, "model");
    d.trainingType = js::str(v, "training_type");
    if (const auto *t = js::find(v, "training"))
        d.training = sourceOf(*t);
    if (const auto *t = js::find(v, "validation"))
        d.validation = sourceOf(*t);
    d.suffix = js::str(v, "suffix");
    d.seed = js::optInt(v, "seed");
    d.customHyperparameters = js::optBool(v, "custom_hyperparameters").value_or(false);
    if (const auto *h = js::find(v, "hyperparameters"))
        d.hyperparameters = Hyperparameters::fromJson(*h);
    if (const auto *g = js::find(v, "grader"); g && g->is_object())
        d.grader = Grader::fromJson(*g);
    else
        d.grader = Grader::fromJsonText(js::str(v, "grader_json"));
    if (const auto *rf = js::find(v, "response_format"); rf && rf->is_object())
        d.responseFormat.value = RawJson(*rf);
    else
        d.responseFormat =
            ResponseFormat::fromText(js::str(v, "response_format_json")).value_or(ResponseFormat{});
    d.wandbProject = js::str(v, "wandb_project");
    d.wandbName = js::str(v, "wandb_name");
    d.wandbEntity = js::str(v, "wandb_entity");
    d.wandbTags = js::strList(v, "wandb_tags");
    d.metadata = js::strMap(v, "metadata");
    d.autoDeploy = valueOf(kAutoDeployNames, js::str(v, "auto_deploy")).value_or(AutoDeploy::Off);
    d.deploymentName = js::str(v, "deployment_name");
    d.page = int(js::int64(v, "page"));
    d.savedAt = js::int64(v, "saved_at");
    return d;
}

nlohmann::ordered_json FineTuneDraft::toJson() const
{
    js::Json tags = js::Json::array();
    for (const auto &t : wandbTags)
        tags.push_back(js::s(t));
    js::Json md = js::Json::object();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        md[js::s(it.key())] = js::s(it.value());
    return js::Json{{"version", 2},
                    {"method", js::s(methodTypeName(method))},
                    {"model", js::s(model)},
                    {"training_type", js::s(trainingType)},
                    {"training", sourceJson(training)},
                    {"validation", sourceJson(validation)},
                    {"suffix", js::s(suffix)},
                    {"seed", js::optOrNull(seed)},
                    {"custom_hyperparameters", customHyperparameters},
                    {"hyperparameters", hyperparameters.toJson()},
                    {"grader", grader ? grader->toJson() : js::Json()},
                    {"response_format", responseFormat.value.value()},
                    {"wandb_project", js::s(wandbProject)},
                    {"wandb_name", js::s(wandbName)},
                    {"wandb_entity", js::s(wandbEntity)},
                    {"wandb_tags", tags},
                    {"metadata", md},
                    {"auto_deploy", js::s(nameOf(kAutoDeployNames, autoDeploy))},
                    {"deployment_name", js::s(deploymentName)},
                    {"page", page},
                    {"saved_at", savedAt}};
}

QByteArray FineTuneDraft::toBytes() const
{
    return js::dump(toJson(), 2);
}

std::optional<FineTuneDraft> FineTuneDraft::fromBytes(QByteArrayView bytes)
{
    js::Json v;
    if (!js::parse(bytes, v) || !v.is_object())
        return std::nullopt;
    return fromJson(v);
}

} // namespace ft::core
