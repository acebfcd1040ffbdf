#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace ft::emu {

// One part of a multipart/form-data body; `data` points into the body it was parsed from.
struct FormPart
{
    QString name;
    QString filename;
    QByteArray contentType;
    QByteArrayView data;
};

// Parses multipart/form-data (RFC 7578). Returns nothing when the body does not match the boundary
// given in the Content-Type header.
std::optional<QList<FormPart>> parseMultipart(const QByteArray &contentType, QByteArrayView body);

} // namespace ft::emu
