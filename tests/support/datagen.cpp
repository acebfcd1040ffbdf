#include "datagen.h"

#include "core/jsonutil.h"

#include <QFile>
#include <QTest>

namespace ft::test {

namespace js = core::js;

namespace {
const char *const kCountries[][2] = {
    {"France", "Paris"},  {"Japan", "Tokyo"},     {"Sweden", "Stockholm"}, {"China", "Beijing"},
    {"Italy", "Rome"},    {"Spain", "Madrid"},    {"Kenya", "Nairobi"},    {"Peru", "Lima"},
    {"Canada", "Ottawa"}, {"Egypt", "Cairo"},     {"Chile", "Santiago"},   {"Norway", "Oslo"},
    {"Ghana", "Accra"},   {"India", "New Delhi"}, {"Cuba", "Havana"},
};
constexpr int kCount = int(sizeof(kCountries) / sizeof(kCountries[0]));

std::pair<std::string, std::string> pick(int i, int seed)
{
    const auto &c = kCountries[(i * 7 + seed) % kCount];
    return {std::string(c[0]) + (i >= kCount ? " #" + std::to_string(i) : ""), c[1]};
}

QByteArray lines(int n, const std::function<js::Json(int)> &make)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += js::dump(make(i)) + '\n';
    return out;
}
} // namespace

QByteArray sftJsonl(int examples, int seed)
{
    return lines(examples, [seed](int i) {
        const auto [country, city] = pick(i, seed);
        return js::Json{
            {"messages",
             {{{"role", "system"}, {"content", "You name capitals."}},
              {{"role", "user"}, {"content", "What is the capital of " + country + "?"}},
              {{"role", "assistant"}, {"content", "The capital of " + country + " is " + city + "."}}}}};
    });
}

QByteArray dpoJsonl(int examples, int seed)
{
    return lines(examples, [seed](int i) {
        const auto [country, city] = pick(i, seed);
        return js::Json{
            {"input", {{"messages", {{{"role", "user"}, {"content", "Capital of " + country + "?"}}}}}},
            {"preferred_output",
             {{{"role", "assistant"}, {"content", city + " is the capital of " + country + "."}}}},
            {"non_preferred_output", {{{"role", "assistant"}, {"content", "I do not know."}}}}};
    });
}

QByteArray rftJsonl(int examples, int seed)
{
    return lines(examples, [seed](int i) {
        const auto [country, city] = pick(i, seed);
        return js::Json{
            {"messages", {{{"role", "user"}, {"content", "Name the capital of " + country + "."}}}},
            {"answer", city}};
    });
}

QByteArray stringCheckGrader()
{
    return js::dump(js::Json{{"type", "string_check"},
                             {"name", "exact capital"},
                             {"input", "{{sample.output_text}}"},
                             {"reference", "{{item.answer}}"},
                             {"operation", "eq"}});
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace ft::test
