#include "optionvalues.h"

#include "core/jsonutil.h"

#include <QCommandLineParser>
#include <QFile>

namespace ft::cli {

QString readMethod(const QCommandLineParser &options, core::MethodType &method)
{
    const QMap<QString, core::MethodType> methods{{QStringLiteral("sft"), core::MethodType::Supervised},
                                                  {QStringLiteral("dpo"), core::MethodType::Dpo},
                                                  {QStringLiteral("rft"), core::MethodType::Reinforcement}};
    const QString name = options.value(QStringLiteral("method"));
    if (!methods.contains(name))
        return QStringLiteral("--method must be sft, dpo or rft");
    method = methods.value(name);
    return {};
}

QString readPairs(const QCommandLineParser &options, const QString &option, QMap<QString, QString> &pairs)
{
    for (const QString &pair : options.values(option)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return QStringLiteral("--%1 takes key=value, not \"%2\"").arg(option, pair);
        pairs.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return {};
}

std::optional<core::Grader> readGraderFile(const QString &path, QString *why)
{
    QFile f(path);
    core::js::Json g;
    if (!f.open(QIODevice::ReadOnly) || !core::js::parse(f.readAll(), g, why) || !g.is_object())
        return std::nullopt;
    return core::Grader::fromJson(g);
}

} // namespace ft::cli
