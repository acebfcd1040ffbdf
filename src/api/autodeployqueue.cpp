#include "autodeployqueue.h"

#include "core/atomicfile.h"
#include "core/jsonutil.h"

#include <QFile>

namespace ft::api {

namespace js = core::js;

AutoDeployQueue::AutoDeployQueue(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    load();
}

void AutoDeployQueue::load()
{
    QFile f(m_path);
    js::Json doc;
    if (!f.open(QIODevice::ReadOnly) || !js::parse(f.readAll(), doc) || !doc.is_array())
        return;
    for (const auto &e : doc) {
        Entry entry{js::str(e, "job_id"), js::str(e, "deployment_name"), js::str(e, "sku"),
                    js::str(e, "state", QStringLiteral("waiting")), js::str(e, "message")};
        // A deployment that was under way when the app stopped is sent again (a PUT repeats safely)
        // and followed to its end.
        if (entry.state == u"deploying")
            entry.state = QStringLiteral("waiting");
        m_entries.append(entry);
    }
}

void AutoDeployQueue::save()
{
    js::Json doc = js::Json::array();
    for (const Entry &e : m_entries)
        doc.push_back(js::Json{{"job_id", js::s(e.jobId)},
                               {"deployment_name", js::s(e.deploymentName)},
                               {"sku", js::s(e.sku)},
                               {"state", js::s(e.state)},
                               {"message", js::s(e.message)}});
    if (const auto failed = core::AtomicFile::save(m_path, js::dump(doc, 2)))
        emit saveFailed(failed->message());
}

void AutoDeployQueue::add(const QString &jobId, const QString &deploymentName, const QString &sku)
{
    m_entries.append({jobId, deploymentName, sku, QStringLiteral("waiting"), {}});
    save();
}

void AutoDeployQueue::update(const QList<core::FineTuningJob> &jobs, Client &client)
{
    for (Entry &e : m_entries) {
        if (e.state != u"waiting")
            continue;
        const auto job =
            std::find_if(jobs.begin(), jobs.end(), [&e](const auto &j) { return j.id == e.jobId; });
        if (job == jobs.end())
            continue;
        if (job->state() == core::JobState::Failed || job->state() == core::JobState::Cancelled) {
            e.state = QStringLiteral("failed");
            e.message = tr("The job did not succeed.");
            continue;
        }
        if (job->state() != core::JobState::Succeeded || job->fineTunedModel.isEmpty())
            continue;
        e.state = QStringLiteral("deploying");
        core::Deployment d;
        d.name = e.deploymentName;
        d.modelName = job->fineTunedModel;
        d.skuName = e.sku;
        d.skuCapacity = 1;
        const QString jobId = e.jobId;
        // Done when the deployment is provisioned, not when ARM has accepted it.
        client.deployments().createOrUpdate(d, this, [this, jobId](core::Result<core::Deployment> r) {
            for (Entry &x : m_entries) {
                if (x.jobId != jobId)
                    continue;
                x.state = r ? QStringLiteral("done") : QStringLiteral("failed");
                x.message = r ? QString() : r.error().toString();
                if (r)
                    emit deployed(jobId, x.deploymentName);
                else
                    emit deployFailed(jobId, x.message);
            }
            save();
        });
    }
    save();
}

} // namespace ft::api
