#pragma once

// Internal to src/api: reading JSON out of a finished call.

#include "pendingcall.h"
#include "transport.h"

#include "core/jsonutil.h"
#include "core/pagejson.h"

#include <QCoreApplication>

#include <algorithm>

namespace ft::api {

inline core::Result<core::js::Json> jsonOf(const PendingCall &call)
{
    core::js::Json doc;
    QString why;
    if (!core::js::parse(call.body(), doc, &why) || !doc.is_object())
        return core::ApiError::malformed(
            QCoreApplication::translate("Transport",
                                        "The service answered with something that is not a JSON object."),
            call.status());
    return doc;
}

// Mapping is lenient (unknown fields kept, a field of the wrong type read as empty), but an object that
// names itself by an id and has none (missing, or not a string) is not something we can act on.
template<typename T>
bool lacksId(const T &value)
{
    if constexpr (requires { value.id.isEmpty(); })
        return value.id.isEmpty();
    else
        return false;
}

inline core::ApiError noIdError(int status)
{
    return core::ApiError::malformed(
        QCoreApplication::translate("Transport",
                                    "The service answered with an object that has no usable id."),
        status);
}

// A call refused before anything is sent: `done` hears `why`, as a local error, once control is back
// in the event loop, and the caller gets no PendingCall.
template<typename T>
std::nullptr_t refuseLocally(QObject *context, const QString &why, Callback<T> done)
{
    Transport::failLater<T>(context, core::ApiError::local(why), std::move(done));
    return nullptr;
}

// The DELETE of the resource at `url`. When a retried DELETE finds the resource gone (the first try
// got through), the call answers what the first try would have: {id, object, deleted: true}.
inline Transport::Request deletion(const core::Result<QUrl> &url, const QString &id, const char *object)
{
    Transport::Request r = Transport::get(url);
    r.verb = "DELETE";
    r.goneAfterRetryBody =
        core::js::dump(core::js::Json{{"id", core::js::s(id)}, {"object", object}, {"deleted", true}});
    return r;
}

template<typename T>
core::Result<T> objectOf(const PendingCall &call)
{
    auto doc = jsonOf(call);
    if (!doc)
        return doc.error();
    T value = T::fromJson(doc.value());
    if (lacksId(value))
        return noIdError(call.status());
    return value;
}

template<typename T>
core::Result<core::Page<T>> pageOf(const PendingCall &call)
{
    auto doc = jsonOf(call);
    if (!doc)
        return doc.error();
    const core::js::Json *data = core::js::find(doc.value(), "data");
    if (!data)
        data = core::js::find(doc.value(), "value"); // ARM
    const bool allObjects = data && data->is_array()
        && std::all_of(data->begin(), data->end(), [](const auto &item) { return item.is_object(); });
    if (!allObjects)
        return core::ApiError::malformed(
            QCoreApplication::translate("Transport",
                                        "The service answered with a list that is not a list of objects."),
            call.status());
    core::Page<T> page = core::pageFromJson<T>(doc.value());
    for (const T &item : page.data) {
        if (lacksId(item))
            return noIdError(call.status());
    }
    return page;
}

template<typename T>
PendingCall *Transport::callObject(Request request, QObject *context, Callback<T> done)
{
    return call<T>(std::move(request), context, &objectOf<T>, std::move(done));
}

} // namespace ft::api
