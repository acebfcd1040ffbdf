#include "router.h"

namespace ft::emu {

Surfaces::Surfaces(std::initializer_list<Surface> surfaces)
{
    for (const Surface s : surfaces)
        m_bits |= bit(s);
}

Surfaces Surfaces::dataPlane()
{
    return {Surface::OpenAI, Surface::AzureV1, Surface::AzureClassic};
}

QString RouteArgs::operator[](const char *name) const
{
    for (const auto &[key, value] : m_values) {
        if (key == QLatin1String(name))
            return value;
    }
    return {};
}

Router::Pattern Router::Pattern::of(const QString &text, QChar separator, Qt::CaseSensitivity literals)
{
    Pattern p;
    p.literals = literals;
    if (!text.isEmpty())
        p.parts = text.split(separator);
    return p;
}

bool Router::Pattern::match(const QStringList &values, bool wholly, RouteArgs &args, QList<int> &rank) const
{
    if (values.size() < parts.size() || (wholly && values.size() != parts.size()))
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            args.add(part.mid(1, part.size() - 2), values[i]);
            rank << 0;
        } else if (values[i].compare(part, literals) == 0) {
            rank << 1;
        } else {
            return false;
        }
    }
    return true;
}

void Router::addSurface(SurfaceRule rule)
{
    const Pattern host = Pattern::of(rule.host, u'.', Qt::CaseInsensitive);
    m_surfaces.append({std::move(rule), host});
}

void Router::add(Route route)
{
    const Pattern path = Pattern::of(route.path, u'/', route.literals);
    const Pattern host = Pattern::of(route.host, u'.', Qt::CaseInsensitive);
    m_routes.append({std::move(route), path, host});
}

void Router::on(Surfaces surfaces, QList<QByteArray> methods, const char *path, Handler handler,
                Qt::CaseSensitivity literals)
{
    add({surfaces, std::move(methods), QString::fromLatin1(path), std::move(handler), literals, {}});
}

void Router::addPrefixCheck(Surfaces surfaces, const QString &prefix, Check check,
                            Qt::CaseSensitivity literals)
{
    m_checks.append({surfaces, Pattern::of(prefix, u'/', literals), std::move(check)});
}

QStringList Router::hostLabels(const HttpRequest &request)
{
    // Host names under .localhost (RFC 6761) are loopback names; any other host (an address, plain
    // "localhost") names no host-specific route.
    QString host = QString::fromLatin1(request.header("host")).trimmed().toLower();
    if (host.startsWith(u'['))
        return {};
    if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0)
        host.truncate(colon);
    static const QString suffix = QStringLiteral(".localhost");
    if (!host.endsWith(suffix) || host.size() == suffix.size())
        return {};
    host.chop(suffix.size());
    return host.split(u'.');
}

bool Router::hostMatches(const Pattern &host, const QStringList &labels, RouteArgs &args, QList<int> &rank)
{
    if (host.parts.isEmpty()) {
        rank << 0;
        return true;
    }
    rank << 1;
    return host.match(labels, true, args, rank);
}

bool Router::enter(HttpRequest &request, const QStringList &segments) const
{
    const QStringList labels = hostLabels(request);
    const SurfaceEntry *best = nullptr;
    QList<int> bestRank;
    for (const SurfaceEntry &entry : m_surfaces) {
        RouteArgs unused;
        QList<int> rank;
        if (!hostMatches(entry.host, labels, unused, rank))
            continue;
        const Pattern prefix = Pattern::of(entry.rule.prefix.join(u'/'), u'/', Qt::CaseSensitive);
        if (!prefix.match(segments, false, unused, rank))
            continue;
        rank = {rank.first(), int(entry.rule.prefix.size())}; // a host rule first, then the longest prefix
        if (!best || rank > bestRank) {
            best = &entry;
            bestRank = rank;
        }
    }
    if (!best)
        return false;
    request.surface = best->rule.surface;
    request.segments = best->rule.keepPrefix ? segments : segments.mid(best->rule.prefix.size());
    request.baseUrl += best->rule.baseSuffix;
    return true;
}

std::optional<HttpReply> Router::dispatch(const HttpRequest &request) const
{
    for (const PrefixCheck &c : m_checks) {
        RouteArgs args;
        QList<int> rank;
        if (c.surfaces.contains(request.surface) && c.prefix.match(request.segments, false, args, rank)) {
            if (auto reply = c.check(request, args))
                return reply;
        }
    }
    const QStringList labels = hostLabels(request);
    const Entry *best = nullptr;
    RouteArgs bestArgs;
    QList<int> bestRank;
    for (const Entry &entry : m_routes) {
        const Route &route = entry.route;
        if (!route.surfaces.contains(request.surface)
            || (!route.methods.isEmpty() && !route.methods.contains(request.method)))
            continue;
        RouteArgs args;
        QList<int> rank;
        if (!hostMatches(entry.host, labels, args, rank)
            || !entry.path.match(request.segments, true, args, rank))
            continue;
        if (!best || rank > bestRank) {
            best = &entry;
            bestArgs = args;
            bestRank = rank;
        }
    }
    if (!best)
        return std::nullopt;
    return best->route.handler(request, bestArgs);
}

} // namespace ft::emu
