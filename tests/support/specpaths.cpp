#include "specpaths.h"

#include <QStringList>

namespace ft::test {

std::optional<QString> SpecPaths::match(const nlohmann::ordered_json &paths, const QString &raw)
{
    QString path = raw;
    if (const int scheme = path.indexOf(QStringLiteral("://")); scheme >= 0) {
        const int slash = path.indexOf(QLatin1Char('/'), scheme + 3);
        path = slash < 0 ? QStringLiteral("/") : path.mid(slash);
    }
    path = path.section(QLatin1Char('?'), 0, 0);
    if (!paths.is_object())
        return std::nullopt;
    const QStringList concrete = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList tmpl = QString::fromStdString(it.key()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        // A data-plane host serves the same paths under a prefix (the registry's
        // /mferp/managementfrontend), so the template may match the tail of the path.
        if (tmpl.size() > concrete.size())
            continue;
        const qsizetype offset = concrete.size() - tmpl.size();
        bool same = true;
        for (qsizetype i = 0; same && i < tmpl.size(); ++i) {
            const QString &t = tmpl[i];
            const bool placeholder = t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}'));
            same = placeholder || t.compare(concrete[offset + i], Qt::CaseInsensitive) == 0;
        }
        if (same)
            return QString::fromStdString(it.key());
    }
    return std::nullopt;
}

} // namespace ft::test
