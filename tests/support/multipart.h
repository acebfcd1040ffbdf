#pragma once

#include <QByteArray>
#include <QList>

namespace ft::test {

// One part of a multipart/form-data body.
struct FormField
{
    QByteArray name;
    QByteArray filename; // empty: a plain field
    QByteArray content;
};

// A multipart/form-data body of `fields`, as a client sends a file upload or a part.
QByteArray multipartBody(const QByteArray &boundary, const QList<FormField> &fields);

} // namespace ft::test
