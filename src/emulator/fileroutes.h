#pragma once

#include "routegroup.h"
#include "servicecontext.h"

#include <QStringList>

namespace ft::emu {

struct HttpReply;
struct HttpRequest;

// Files on the data plane: list, upload (multipart), import from a URL (Azure classic), get, delete,
// and download the content.
class FileRoutes final : public QObject, public RouteGroup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRoutes)

public:
    explicit FileRoutes(const ServiceContext &context, QObject *parent = nullptr);

    void addRoutes(Router &router) override;
    // The purposes a file or an upload may have.
    static const QStringList &purposes();

private:
    HttpReply list(const HttpRequest &r);
    HttpReply create(const HttpRequest &r);
    HttpReply import(const HttpRequest &r);
    HttpReply get(const HttpRequest &r, const QString &id);
    HttpReply remove(const HttpRequest &r, const QString &id);
    HttpReply content(const HttpRequest &r, const QString &id);
    // Stores what an import fetched, or why it failed, in the file it started.
    void imported(const QString &id, const QByteArray &data, QString failure);

    ServiceContext m_context;
};

} // namespace ft::emu
