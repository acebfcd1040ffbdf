#include "optiontable.h"

#include <QCommandLineParser>

namespace ft::cli {

namespace {
struct OptionSpec
{
    const char *name;
    const char *description;
    const char *valueName; // nullptr: a flag
    const char *defaultValue = nullptr;
};

// Every option of every command; a command reads the ones it uses.
const OptionSpec kOptions[] = {
    {"endpoint", "Service endpoint, e.g. https://RESOURCE.openai.azure.com or http://127.0.0.1:PORT.", "URL"},
    {"kind", "Service kind: azure (v1 API), azure-classic (api-version) or openai.", "KIND", "azure"},
    {"api-version", "api-version for azure-classic (default 2025-04-01-preview); optional for azure.", "V"},
    {"api-key-env",
     "Environment variable holding the key (default AZURE_OPENAI_API_KEY, or OPENAI_API_KEY for "
     "openai).",
     "NAME"},
    {"auth", "How the key is sent to Azure: api-key (header) or bearer (an Entra token).", "MODE", "api-key"},
    {"json", "Print the service's JSON instead of a readable summary.", nullptr},
    {"purpose", "File purpose.", "P", "fine-tune"},
    {"no-wait", "Return as soon as the service accepted the request.", nullptr},
    {"chunked", "Upload through the Uploads API whatever the size.", nullptr},
    {"part-size", "Part size in bytes for the Uploads API (at most 64 MiB).", "BYTES"},
    {"model", "Model (base, fine-tuned or checkpoint) or, for chat on Azure, the deployment name.", "M"},
    {"training-file", "Training file id.", "ID"},
    {"validation-file", "Validation file id.", "ID"},
    {"method", "Training method: sft, dpo or rft.", "METHOD", "sft"},
    {"suffix", "Suffix of the fine-tuned model's name.", "S"},
    {"seed", "Seed (0-2147483647) for a reproducible job.", "N"},
    {"n-epochs", "Epochs, or auto.", "N"},
    {"batch-size", "Batch size, or auto.", "N"},
    {"learning-rate-multiplier", "Learning rate multiplier, or auto.", "X"},
    {"beta", "DPO beta, or auto.", "X"},
    {"grader-file", "RFT grader as a JSON file.", "PATH"},
    {"reasoning-effort", "RFT reasoning effort: default, low, medium or high.", "E"},
    {"compute-multiplier", "RFT compute multiplier, or auto.", "X"},
    {"eval-interval", "RFT evaluation interval in steps, or auto.", "N"},
    {"eval-samples", "RFT evaluation samples, or auto.", "N"},
    {"training-type", "Azure training tier: standard, globalStandard or developerTier.", "T"},
    {"metadata", "Job metadata pair key=value (repeatable).", "K=V"},
    {"wandb-project", "Report to this Weights & Biases project.", "P"},
    {"limit", "Page size.", "N"},
    {"timeout", "Seconds to wait before giving up.", "SECONDS"},
    {"interval", "Seconds between polls while waiting.", "SECONDS", "2"},
    {"max-retries", "Retries of a call that failed on the network, a timeout, 408, 409, 429 or 5xx.", "N",
     "4"},
    {"call-timeout",
     "Seconds any one call may take, its retries and however slowly the answer arrives included (0: no "
     "limit).",
     "SECONDS", "600"},
    {"sku", "Deployment type: Standard, GlobalStandard, DeveloperTier or ProvisionedManaged.", "SKU",
     "Standard"},
    {"capacity", "Deployment capacity.", "N", "1"},
    {"tag", "deploy update: a tag key=value (repeatable); the tags given replace the deployment's tags.",
     "K=V"},
    {"arm-endpoint", "Azure Resource Manager endpoint.", "URL", "https://management.azure.com"},
    {"arm-subscription", "Subscription of the account that hosts deployments.", "S"},
    {"arm-resource-group", "Resource group of that account.", "G"},
    {"arm-account", "Azure OpenAI / Foundry account name.", "A"},
    {"arm-token-env", "Environment variable holding the ARM bearer token.", "NAME", "AZURE_ARM_TOKEN"},
    {"validation", "check: the file is a validation file (fewer examples needed).", nullptr},
    {"system", "System message for chat.", "TEXT"},
    {"max-tokens", "Most tokens to generate.", "N"},
    {"temperature", "Sampling temperature.", "X"},
};
} // namespace

void addOptions(QCommandLineParser &parser, const QString &commands)
{
    parser.setApplicationDescription(
        QStringLiteral("Command-line front end of Fine-Tune Studio.\n\n") + commands
        + QStringLiteral("\nExit codes: 0 success, 1 service or job failure, 2 usage "
                         "error."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("group"),
                                 QStringLiteral("files, jobs, models, deploy or chat"));
    parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("what to do"));
    for (const OptionSpec &o : kOptions) {
        QCommandLineOption opt(QString::fromLatin1(o.name), QString::fromLatin1(o.description));
        if (o.valueName)
            opt.setValueName(QString::fromLatin1(o.valueName));
        if (o.defaultValue)
            opt.setDefaultValue(QString::fromLatin1(o.defaultValue));
        parser.addOption(opt);
    }
}

} // namespace ft::cli
