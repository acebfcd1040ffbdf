#pragma once

#include "httpexchange.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace ft::emu {

// A set of surfaces a route answers on.
class Surfaces final
{
public:
    Surfaces(std::initializer_list<Surface> surfaces);
    static Surfaces dataPlane(); // OpenAI, Azure v1 and Azure classic
    bool contains(Surface surface) const { return (m_bits & bit(surface)) != 0; }

private:
    static quint32 bit(Surface surface) { return 1u << unsigned(surface); }
    quint32 m_bits = 0;
};

// What a route's patterns captured: "{id}" in "files/{id}" gives args["id"]; "{account}" in a host
// pattern "{account}.blob" the account.
class RouteArgs final
{
public:
    void add(const QString &name, const QString &value) { m_values.append({name, value}); }
    QString operator[](const char *name) const;

private:
    QList<QPair<QString, QString>> m_values;
};

// The one table of the emulator's routes. A request first finds its surface (by its host and the
// first segments of its path), then the route of that surface whose method and path pattern it
// matches. Patterns are the path after the surface's prefix, segment by segment: a literal, or
// "{name}" for any one segment. A host pattern ("{account}.blob") matches names under .localhost, so a
// family of services on their own host names (storage accounts, say) registers like any other; ARM
// providers are told apart by their literal segment ("providers/Microsoft.CognitiveServices/...").
// Where several routes match, the more literal one wins (host first, then segment by segment from
// the left), so the order of registration does not matter.
class Router final
{
public:
    using Handler = std::function<HttpReply(const HttpRequest &request, const RouteArgs &args)>;
    // A reply that ends the request before any route under a prefix is tried, or nothing to go on.
    using Check = std::function<std::optional<HttpReply>(const HttpRequest &request, const RouteArgs &args)>;

    struct Route
    {
        Surfaces surfaces;
        QList<QByteArray> methods; // empty: any method (the handler answers the others)
        QString path; // e.g. "files/{id}/content"
        Handler handler;
        Qt::CaseSensitivity literals = Qt::CaseSensitive; // ARM's segment names are not case-sensitive
        QString host; // empty: any host; else a pattern for a name under .localhost
    };

    struct SurfaceRule
    {
        Surface surface;
        QStringList prefix; // the first segments of the path, e.g. {"openai", "v1"}
        QString baseSuffix; // appended to the request's base URL, e.g. "/openai/v1"
        bool keepPrefix = false; // the prefix stays in the segments the routes see (ARM's "subscriptions")
        QString host; // as in Route
    };

    void addSurface(SurfaceRule rule);
    void add(Route route);
    // The common case: a path pattern in Latin-1, for any host.
    void on(Surfaces surfaces, QList<QByteArray> methods, const char *path, Handler handler,
            Qt::CaseSensitivity literals = Qt::CaseSensitive);
    // Runs `check` on every request of these surfaces whose path starts with `prefix` (a pattern as
    // above), before its route is looked up: for what a whole resource type checks first.
    void addPrefixCheck(Surfaces surfaces, const QString &prefix, Check check,
                        Qt::CaseSensitivity literals = Qt::CaseSensitive);

    // Sets the request's surface, base URL and segments (after the surface's prefix) from the
    // decoded segments of its path; false when no surface takes it.
    bool enter(HttpRequest &request, const QStringList &segments) const;
    // The answer of the route the request matches, or nothing when none does.
    std::optional<HttpReply> dispatch(const HttpRequest &request) const;

private:
    struct Pattern
    {
        QStringList parts; // literals, or "{name}"
        Qt::CaseSensitivity literals = Qt::CaseSensitive;

        static Pattern of(const QString &text, QChar separator, Qt::CaseSensitivity literals);
        // Captures into args and adds one rank entry per part (1 literal, 0 capture); false when no match.
        bool match(const QStringList &values, bool wholly, RouteArgs &args, QList<int> &rank) const;
    };
    struct Entry
    {
        Route route;
        Pattern path;
        Pattern host;
    };
    struct PrefixCheck
    {
        Surfaces surfaces;
        Pattern prefix;
        Check check;
    };
    struct SurfaceEntry
    {
        SurfaceRule rule;
        Pattern host;
    };

    static QStringList hostLabels(const HttpRequest &request);
    static bool hostMatches(const Pattern &host, const QStringList &labels, RouteArgs &args,
                            QList<int> &rank);

    QList<SurfaceEntry> m_surfaces;
    QList<Entry> m_routes;
    QList<PrefixCheck> m_checks;
};

} // namespace ft::emu
