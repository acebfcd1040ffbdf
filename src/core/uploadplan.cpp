#include "uploadplan.h"

#include "catalog.h"

#include <algorithm>

namespace ft::core {

int UploadPlan::parts() const
{
    if (method == Method::Simple || partSize <= 0)
        return 1;
    return int(std::max<qint64>(1, (bytes + partSize - 1) / partSize));
}

UploadPlan UploadPlan::forFile(qint64 bytes, const Catalog &catalog, bool forceChunked, qint64 partSize)
{
    UploadPlan plan;
    plan.bytes = bytes;
    if (!forceChunked && bytes <= catalog.chunkedThresholdBytes())
        return plan;
    plan.method = Method::Chunked;
    plan.partSize = partSize > 0 && partSize <= catalog.maxPartBytes() ? partSize : catalog.maxPartBytes();
    return plan;
}

} // namespace ft::core
