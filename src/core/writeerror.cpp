#include "writeerror.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <cstring>

namespace ft::core {

WriteError WriteError::fromErrno(int error, const QString &path)
{
    WriteError e;
    e.path = path;
    e.detail = QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        e.reason = Reason::NoSpace;
        break;
    case EACCES:
    case EPERM:
        e.reason = Reason::Permission;
        break;
    case EROFS:
        e.reason = Reason::ReadOnly;
        break;
    default:
        e.reason = Reason::Io;
        break;
    }
    return e;
}

namespace {
constexpr EnumName<WriteError::Reason> kReasonTexts[] = {
    {WriteError::Reason::NoSpace, QT_TRANSLATE_NOOP("WriteError", "The disk is full.")},
    {WriteError::Reason::Permission, QT_TRANSLATE_NOOP("WriteError", "Permission to write there is denied.")},
    {WriteError::Reason::ReadOnly, QT_TRANSLATE_NOOP("WriteError", "The disk is read-only.")},
};
} // namespace

QString WriteError::reasonText() const
{
    if (findName(kReasonTexts, reason))
        return translatedNameOf("WriteError", kReasonTexts, reason);
    return QCoreApplication::translate("WriteError", "The disk reported an error: %1.").arg(detail);
}

QString WriteError::message() const
{
    return QCoreApplication::translate("WriteError", "%1 could not be saved. %2")
        .arg(QDir::toNativeSeparators(path), reasonText());
}

} // namespace ft::core
