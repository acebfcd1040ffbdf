#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ft::test {

// Ids and names that cannot be one URL path segment: a client refuses each before it sends anything.
QStringList hostileIds();

// A value as a data row's name: control characters (and DEL) written as \xNN.
QByteArray escapedRowName(const QString &value);

} // namespace ft::test
