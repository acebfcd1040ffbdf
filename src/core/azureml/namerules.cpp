#include "namerules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace ft::core::azureml {

namespace {

constexpr int kArmNameMax = 255;
constexpr int kEndpointNameMax = 52;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

// Replaces every character outside `allowed` by '-', collapses runs of '-', trims them at both ends.
QString sanitized(const QString &text, bool underscoreAllowed)
{
    QString out;
    for (const QChar c : text) {
        const bool keep = isAsciiAlnum(c) || (underscoreAllowed && c == u'_');
        if (keep)
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace

std::optional<QString> NameRules::checkArmName(const QString &name, const char *what)
{
    const QString kind = QCoreApplication::translate("NameRules", what);
    if (name.isEmpty())
        return QCoreApplication::translate("NameRules", "The %1 is empty.").arg(kind);
    if (name.size() > kArmNameMax)
        return QCoreApplication::translate("NameRules", "The %1 has %2 characters; at most %3 are allowed.")
            .arg(kind)
            .arg(name.size())
            .arg(kArmNameMax);
    if (!isAsciiAlnum(name.front()))
        return QCoreApplication::translate("NameRules", "The %1 must start with a letter or a digit.")
            .arg(kind);
    for (const QChar c : name)
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_')
            return QCoreApplication::translate(
                       "NameRules",
                       "The %1 may contain only letters, digits, '-' and '_'; '%2' is not allowed.")
                .arg(kind, c);
    return std::nullopt;
}

std::optional<QString> NameRules::checkJobName(const QString &name)
{
    return checkArmName(name, QT_TRANSLATE_NOOP("NameRules", "job name"));
}

std::optional<QString> NameRules::checkDataAssetName(const QString &name)
{
    return checkArmName(name, QT_TRANSLATE_NOOP("NameRules", "data asset name"));
}

std::optional<QString> NameRules::checkModelName(const QString &name)
{
    return checkArmName(name, QT_TRANSLATE_NOOP("NameRules", "model name"));
}

std::optional<QString> NameRules::checkMarketplaceSubscriptionName(const QString &name)
{
    return checkArmName(name, QT_TRANSLATE_NOOP("NameRules", "marketplace subscription name"));
}

std::optional<QString> NameRules::checkDataAssetVersion(const QString &version)
{
    if (version.trimmed().isEmpty())
        return QCoreApplication::translate("NameRules", "The data asset version is empty.");
    if (version.size() > kArmNameMax)
        return QCoreApplication::translate(
                   "NameRules", "The data asset version has %1 characters; at most %2 are allowed.")
            .arg(version.size())
            .arg(kArmNameMax);
    static const QRegularExpression unsafe(QStringLiteral(R"([\s/\\?#%]|\p{Cc})"));
    if (const auto m = unsafe.match(version); m.hasMatch())
        return QCoreApplication::translate(
            "NameRules", "The data asset version may not contain spaces or '/', '\\', '?', '#', '%'.");
    return std::nullopt;
}

std::optional<QString> NameRules::checkServerlessEndpointName(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("NameRules", "The endpoint name is empty.");
    if (name.size() > kEndpointNameMax)
        return QCoreApplication::translate("NameRules",
                                           "The endpoint name has %1 characters; at most %2 are allowed.")
            .arg(name.size())
            .arg(kEndpointNameMax);
    if (!isAsciiLetter(name.front()))
        return QCoreApplication::translate("NameRules", "The endpoint name must start with a letter.");
    for (const QChar c : name)
        if (!isAsciiAlnum(c) && c != u'-')
            return QCoreApplication::translate(
                       "NameRules",
                       "The endpoint name may contain only letters, digits and '-'; '%1' is not allowed.")
                .arg(c);
    return std::nullopt;
}

QString NameRules::newJobName(const QString &stem)
{
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QString base = sanitized(stem, true);
    if (base.isEmpty())
        base = QStringLiteral("ft");
    base.truncate(kArmNameMax - int(suffix.size()) - 1);
    return base + u'-' + suffix;
}

QString NameRules::marketplaceSubscriptionName(const QString &modelName)
{
    QString name = sanitized(modelName, true);
    name.truncate(kArmNameMax - 4);
    return name + QStringLiteral("-sub");
}

QString NameRules::serverlessEndpointNameFrom(const QString &text)
{
    QString name = sanitized(text, false);
    while (!name.isEmpty() && !isAsciiLetter(name.front()))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("endpoint");
    name.truncate(kEndpointNameMax);
    while (name.endsWith(u'-'))
        name.chop(1);
    return name;
}

} // namespace ft::core::azureml
