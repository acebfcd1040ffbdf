#include "draftstore.h"

#include "core/atomicfile.h"

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>

namespace ft::ui {

DraftStore::DraftStore(QString path)
    : m_path(std::move(path))
{ }

QString DraftStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/drafts/wizard.json");
}

std::optional<core::FineTuneDraft> DraftStore::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return core::FineTuneDraft::fromBytes(f.readAll());
}

std::optional<core::WriteError> DraftStore::save(const core::FineTuneDraft &draft) const
{
    core::FineTuneDraft d = draft;
    d.savedAt = QDateTime::currentSecsSinceEpoch();
    return core::AtomicFile::save(m_path, d.toBytes());
}

void DraftStore::clear() const
{
    QFile::remove(m_path);
}

} // namespace ft::ui
