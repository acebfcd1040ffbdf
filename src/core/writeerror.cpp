#include "writeerror.h"

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

QString WriteError::reasonText() const
{
    switch (reason) {
    case Reason::NoSpace:
        return QCoreApplication::translate("WriteError", "The disk is full.");
    case Reason::Permission:
        return QCoreApplication::translate("WriteError", "Permission to write there is denied.");
    case Reason::ReadOnly:
        return QCoreApplication::translate("WriteError", "The disk is read-only.");
    case Reason::Io:
        break;
    }
    return QCoreApplication::translate("WriteError", "The disk reported an error: %1.").arg(detail);
}

QString WriteError::message() const
{
    return QCoreApplication::translate("WriteError", "%1 could not be saved. %2")
        .arg(QDir::toNativeSeparators(path), reasonText());
}

} // namespace ft::core
