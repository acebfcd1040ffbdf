#pragma once

#include "httpexchange.h"
#include "records.h"
#include "routegroup.h"
#include "router.h"
#include "servicecontext.h"

#include <nlohmann/json_fwd.hpp>

namespace ft::emu {

// The Uploads API on the data plane: create an upload, add its parts (multipart, each within the
// part limit), complete it into a file (the parts named in order, their bytes adding up to what was
// declared, an optional md5), or cancel it. An upload past its expiry takes nothing more.
class UploadRoutes final : public RouteGroup
{
public:
    explicit UploadRoutes(const ServiceContext &context);

    void addRoutes(Router &router) override;

private:
    HttpReply create(const HttpRequest &r);
    // What changes an upload that still takes changes.
    using Change = HttpReply (UploadRoutes::*)(const HttpRequest &r, const UploadRecord &upload);
    HttpReply addPart(const HttpRequest &r, const UploadRecord &u);
    HttpReply complete(const HttpRequest &r, const UploadRecord &u);
    HttpReply cancel(const HttpRequest &r, const UploadRecord &u);
    // The upload the path names while it still takes changes: pending and not past its expiry (which
    // turns it "expired"); else nullptr, and `refused` says why.
    UploadRecord *open(const HttpRequest &r, const QString &id, HttpReply *refused);
    // A handler that runs `change` on the upload of the path's {id} once open() gave it, else says why not.
    Router::Handler whileOpen(Change change);
    // The parts named, in order, and their byte total against the upload's.
    std::optional<ErrorSpec> checkParts(const UploadRecord &upload, const QStringList &order) const;
    // False when the file's content does not have this md5 (hex).
    bool md5Matches(const QString &fileId, const QString &md5) const;
    static nlohmann::ordered_json present(const UploadRecord &record, Surface surface);

    ServiceContext m_context;
};

} // namespace ft::emu
