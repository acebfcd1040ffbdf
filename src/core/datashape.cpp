#include "datashape.h"

#include "jsonutil.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace ft::core::datashape {

namespace {

bool isShapeRule(const QString &rule)
{
    return rule.startsWith(u"sft.") || rule.startsWith(u"dpo.") || rule.startsWith(u"rft.")
        || rule.startsWith(u"message.");
}

QString dataName(MethodType method)
{
    switch (method) {
    case MethodType::Dpo:
        return QCoreApplication::translate("DatasetValidator", "direct preference optimization (DPO)");
    case MethodType::Reinforcement:
        return QCoreApplication::translate("DatasetValidator", "reinforcement (RFT)");
    default:
        return QCoreApplication::translate("DatasetValidator", "supervised (SFT)");
    }
}

} // namespace

MethodType shapeOf(const nlohmann::ordered_json &example)
{
    if (js::find(example, "input")
        && (js::find(example, "preferred_output") || js::find(example, "non_preferred_output")))
        return MethodType::Dpo;
    const js::Json *messages = js::find(example, "messages");
    if (!messages || !messages->is_array() || messages->empty())
        return MethodType::Unknown;
    for (const auto &m : *messages) {
        if (js::str(m, "role") == u"assistant")
            return MethodType::Supervised;
    }
    return js::str(messages->back(), "role") == u"user" ? MethodType::Reinforcement : MethodType::Unknown;
}

std::pair<MethodType, qint64> dominant(const QMap<MethodType, qint64> &shapes, qint64 examples)
{
    MethodType looks = MethodType::Unknown;
    qint64 most = 0;
    for (auto it = shapes.cbegin(); it != shapes.cend(); ++it) {
        if (it.key() != MethodType::Unknown && it.value() > most) {
            most = it.value();
            looks = it.key();
        }
    }
    if (most * 10 < examples * 9)
        return {MethodType::Unknown, 0};
    return {looks, most};
}

void dropShapeFindings(DatasetReport &report, const QMap<QString, DatasetFinding::Severity> &severities)
{
    for (auto it = report.countByRule.begin(); it != report.countByRule.end();) {
        if (!isShapeRule(it.key())) {
            ++it;
            continue;
        }
        switch (severities.value(it.key())) {
        case DatasetFinding::Severity::Error:
            report.errorCount -= it.value();
            break;
        case DatasetFinding::Severity::Warning:
            report.warningCount -= it.value();
            break;
        case DatasetFinding::Severity::Info:
            report.infoCount -= it.value();
            break;
        }
        it = report.countByRule.erase(it);
    }
    report.findings.removeIf([](const DatasetFinding &f) { return isShapeRule(f.rule); });
}

QString mismatchMessage(MethodType looks, qint64 count, qint64 examples, MethodType chosen)
{
    return QCoreApplication::translate("DatasetValidator",
                                       "This file looks like %1 data (%2 of %3 examples), but the training "
                                       "method is %4. Choose %1 as the method, or a file in the %4 format.")
        .arg(dataName(looks))
        .arg(count)
        .arg(examples)
        .arg(dataName(chosen));
}

} // namespace ft::core::datashape
