#include "draftstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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

bool DraftStore::save(const core::FineTuneDraft &draft) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    core::FineTuneDraft d = draft;
    d.savedAt = QDateTime::currentSecsSinceEpoch();
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(d.toBytes());
    return out.commit();
}

void DraftStore::clear() const
{
    QFile::remove(m_path);
}

} // namespace ft::ui
