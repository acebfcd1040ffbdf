#pragma once

#include "servicefamily.h"

#include <memory>

namespace ft::api {
class Client;
}

namespace ft::cli {

// Azure OpenAI (v1 and classic) and OpenAI: --kind azure, azure-classic or openai, one api::Client, and the
// files, jobs, models, deploy, chat and uploads commands.
class OpenAiFamily final : public ServiceFamily
{
public:
    OpenAiFamily();
    ~OpenAiFamily() override;

    QStringList kinds() const override;
    bool connect(const QCommandLineParser &options, QString *error) override;
    void addCommands(CommandRegistry &registry) override;

private:
    std::unique_ptr<api::Client> m_client;
};

} // namespace ft::cli
