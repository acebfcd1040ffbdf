#include "pager.h"

#include <QCoreApplication>

namespace ft::api::pager {

core::ApiError cursorStuck(int pages)
{
    return core::ApiError::malformed(
        QCoreApplication::translate("Pager",
                                    "The service's list does not advance: page %1 says there is more but "
                                    "gives a cursor it gave before.")
            .arg(pages));
}

core::ApiError tooManyPages(int pages)
{
    return core::ApiError::malformed(
        QCoreApplication::translate("Pager",
                                    "The service's list does not end: it still says there is more after %1 "
                                    "pages.")
            .arg(pages));
}

} // namespace ft::api::pager
