#include "hostileids.h"

namespace ft::test {

QStringList hostileIds()
{
    return {QStringLiteral(".."),
            QStringLiteral("."),
            QStringLiteral("../x"),
            QStringLiteral("a/b"),
            QStringLiteral("../fine_tuning/jobs/ftjob-1"),
            QStringLiteral("../../other-account/deployments/x"),
            QStringLiteral("%2e%2e"),
            QStringLiteral("a%2Fb"),
            QStringLiteral("a\\b"),
            QStringLiteral("a\nb"),
            QStringLiteral("a\x01"),
            QString()};
}

QByteArray escapedRowName(const QString &value)
{
    QString out;
    for (const QChar c : value)
        out += c.unicode() < 0x20 || c.unicode() == 0x7f
            ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
            : QString(c);
    return out.toUtf8();
}

} // namespace ft::test
