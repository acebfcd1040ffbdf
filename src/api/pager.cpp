#include "pager.h"

#include <QCoreApplication>

namespace ft::api::pager {

namespace {
// The two ways a paged list can fail to end, as the malformed answer they are.
constexpr const char *kCursorStuck = QT_TRANSLATE_NOOP(
    "Pager",
    "The service's list does not advance: page %1 says there is more but gives a cursor it gave before.");
constexpr const char *kTooManyPages = QT_TRANSLATE_NOOP(
    "Pager", "The service's list does not end: it still says there is more after %1 pages.");

core::ApiError malformedList(const char *text, int pages)
{
    return core::ApiError::malformed(QCoreApplication::translate("Pager", text).arg(pages));
}
} // namespace

core::ApiError cursorStuck(int pages)
{
    return malformedList(kCursorStuck, pages);
}

core::ApiError tooManyPages(int pages)
{
    return malformedList(kTooManyPages, pages);
}

} // namespace ft::api::pager
