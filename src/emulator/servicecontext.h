#pragma once

#include "importfetcher.h"

#include <QString>

class QNetworkAccessManager;

namespace ft::emu {

class ArmOperations;
class Clock;
class FilePresenter;
class ModelIndex;
class Provisioning;
class Simulator;
class Store;

struct ServiceOptions
{
    QString apiKey; // empty: any non-empty key is accepted
    QString armToken; // empty: the api key, or any non-empty token
    QString failDeployments; // a regular expression: deployments whose name matches fail provisioning
    ImportPolicy import; // what /files/import may fetch
};

// What the route groups share: the state, the clocks, and the views several of them need.
struct ServiceContext
{
    Store &store;
    Simulator &simulator;
    Provisioning &provisioning;
    const Clock &clock;
    ArmOperations &operations;
    const ServiceOptions &options;
    QNetworkAccessManager *network; // for /files/import
    FilePresenter &files;
    ModelIndex &models;
};

} // namespace ft::emu
