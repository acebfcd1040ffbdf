#include "openmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ft::core::azureml {

QString OpenModel::assetId(const QString &resolvedVersion) const
{
    const QString v = resolvedVersion.isEmpty() ? version : resolvedVersion;
    return unversionedAssetId() + QStringLiteral("/versions/") + v;
}

QString OpenModel::unversionedAssetId() const
{
    return QStringLiteral("azureml://registries/%1/models/%2").arg(registry, name);
}

bool OpenModel::canFineTuneIn(const QString &region, QString *reason) const
{
    const QString wanted = normalizedRegion(region);
    for (const QString &r : fineTuneRegions)
        if (normalizedRegion(r) == wanted)
            return true;
    if (reason) {
        *reason = fineTuneRegions.isEmpty()
            ? QCoreApplication::translate("OpenModel", "%1 cannot be fine-tuned serverless in any region.")
                  .arg(name)
            : QCoreApplication::translate("OpenModel", "%1 can be fine-tuned only in %2")
                  .arg(name, fineTuneRegions.join(QStringLiteral(", ")));
    }
    return false;
}

QString OpenModel::normalizedRegion(const QString &region)
{
    QString out;
    for (const QChar c : region)
        if (!c.isSpace())
            out += c.toLower();
    return out;
}

QStringList OpenModel::regionsFromTag(const QString &tag)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s,;\[\]"']+)"));
    QStringList out;
    for (const QString &part : tag.split(separators, Qt::SkipEmptyParts)) {
        const QString r = normalizedRegion(part);
        if (!out.contains(r))
            out << r;
    }
    return out;
}

} // namespace ft::core::azureml
