#pragma once

// Internal to src/api: reading JSON out of a finished call.

#include "pendingcall.h"
#include "transport.h"

#include "core/jsonutil.h"
#include "core/pagejson.h"

#include <QCoreApplication>

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

template<typename T>
core::Result<T> objectOf(const PendingCall &call)
{
    auto doc = jsonOf(call);
    if (!doc)
        return doc.error();
    return T::fromJson(doc.value());
}

template<typename T>
core::Result<core::Page<T>> pageOf(const PendingCall &call)
{
    auto doc = jsonOf(call);
    if (!doc)
        return doc.error();
    return core::pageFromJson<T>(doc.value());
}

template<typename T>
PendingCall *Transport::callObject(Request request, QObject *context, Callback<T> done)
{
    return call<T>(std::move(request), context, &objectOf<T>, std::move(done));
}

} // namespace ft::api
