#include "datasetvalidator.h"

#include "datashape.h"
#include "filechunks.h"

#include "catalog.h"
#include "jsonutil.h"
#include "textbytes.h"

#include <QCoreApplication>
#include <QFile>

#include <utility>

namespace ft::core {

namespace {
using Sev = DatasetFinding::Severity;

const QStringList &knownRoles()
{
    static const QStringList roles{QStringLiteral("system"), QStringLiteral("developer"),
                                   QStringLiteral("user"),   QStringLiteral("assistant"),
                                   QStringLiteral("tool"),   QStringLiteral("function")};
    return roles;
}

QString idx(const QString &path, size_t i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}
} // namespace

DatasetValidator::DatasetValidator(Options options)
    : m_options(std::move(options))
{ }

DatasetValidator::~DatasetValidator() = default;

void DatasetValidator::setExampleHook(ExampleHook hook)
{
    m_hook = std::move(hook);
}

void DatasetValidator::addFinding(Sev severity, const QString &rule, const QString &path,
                                  const QString &message, qint64 line)
{
    add(severity, rule, path, message, line);
}

DatasetValidator::Options DatasetValidator::defaultOptions(MethodType method, bool isValidationFile)
{
    const Catalog &c = Catalog::builtin();
    Options o;
    o.method = method;
    o.isValidationFile = isValidationFile;
    o.minExamples = isValidationFile ? 1 : c.minExamples();
    o.maxFileBytes = c.maxFileBytes();
    if (method == MethodType::Reinforcement)
        o.maxExamples = isValidationFile ? c.rftMaxValidationLines() : c.rftMaxTrainingLines();
    return o;
}

void DatasetValidator::add(Sev severity, const QString &rule, const QString &path, const QString &message,
                           qint64 line)
{
    qint64 &count = m_report.countByRule[rule];
    ++count;
    m_ruleSeverity.insert(rule, severity);
    switch (severity) {
    case Sev::Error:
        ++m_report.errorCount;
        break;
    case Sev::Warning:
        ++m_report.warningCount;
        break;
    case Sev::Info:
        ++m_report.infoCount;
        break;
    }
    if (count <= m_options.keepPerRule)
        m_report.findings.append({severity, line < 0 ? m_lineNo : line, path, rule, message});
}

void DatasetValidator::addData(QByteArrayView chunk)
{
    static constexpr QByteArrayView kBom("\xEF\xBB\xBF");
    if (!m_bomDecided) {
        // A byte-order mark may arrive split across the first chunks: hold the head back until it is known.
        m_head.append(chunk);
        if (m_head.size() < kBom.size() && kBom.startsWith(m_head))
            return;
        m_bomDecided = true;
        const QByteArray head = std::exchange(m_head, {});
        QByteArrayView rest(head);
        if (rest.startsWith(kBom)) {
            m_report.hasBom = true;
            rest = rest.sliced(kBom.size());
            m_bytesSeen += kBom.size();
        }
        consume(rest);
        return;
    }
    consume(chunk);
}

void DatasetValidator::consume(QByteArrayView chunk)
{
    m_bytesSeen += chunk.size();
    qsizetype start = 0;
    while (start < chunk.size()) {
        const qsizetype nl = chunk.indexOf('\n', start);
        if (nl < 0) {
            m_pending.append(chunk.sliced(start));
            break;
        }
        if (m_pending.isEmpty()) {
            processLine(chunk.sliced(start, nl - start));
        } else {
            m_pending.append(chunk.sliced(start, nl - start));
            processLine(m_pending);
            m_pending.clear();
        }
        start = nl + 1;
    }
}

DatasetReport DatasetValidator::finish()
{
    if (!m_bomDecided) {
        m_bomDecided = true;
        consume(std::exchange(m_head, {}));
    }
    if (!m_pending.isEmpty()) {
        processLine(m_pending);
        m_pending.clear();
    }
    m_report.bytes = m_bytesSeen;
    reportMethodMismatch();
    const qint64 lineAtEnd = 0;
    if (m_options.maxFileBytes > 0 && m_bytesSeen > m_options.maxFileBytes)
        add(Sev::Error, QStringLiteral("file.size"), {},
            QCoreApplication::translate(
                "DatasetValidator",
                "The file is %1 MB; files up to %2 MB can be uploaded in one request. Use the chunked upload "
                "(Uploads API) for larger files.")
                .arg(double(m_bytesSeen) / 1048576.0, 0, 'f', 1)
                .arg(m_options.maxFileBytes / 1048576),
            lineAtEnd);
    if (m_report.examples < m_options.minExamples)
        add(Sev::Error, QStringLiteral("file.min_examples"), {},
            QCoreApplication::translate("DatasetValidator",
                                        "The file has %1 example(s); at least %2 are required.")
                .arg(m_report.examples)
                .arg(m_options.minExamples),
            lineAtEnd);
    if (m_options.maxExamples > 0 && m_report.examples > m_options.maxExamples)
        add(Sev::Error, QStringLiteral("file.max_examples"), {},
            QCoreApplication::translate("DatasetValidator",
                                        "The file has %1 examples; at most %2 are allowed for this method.")
                .arg(m_report.examples)
                .arg(m_options.maxExamples),
            lineAtEnd);
    if (!m_report.hasBom && m_report.examples > 0)
        add(Sev::Info, QStringLiteral("file.bom"), {},
            QCoreApplication::translate(
                "DatasetValidator",
                "The file has no byte-order mark. Azure's documentation asks for UTF-8 with BOM; the service "
                "accepts files without one."),
            lineAtEnd);
    return m_report;
}

void DatasetValidator::processLine(QByteArrayView line)
{
    ++m_lineNo;
    ++m_report.lines;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty()) {
        ++m_report.blankLines;
        add(Sev::Warning, QStringLiteral("file.blank_line"), {},
            QCoreApplication::translate("DatasetValidator", "Blank line (ignored by the service)."));
        return;
    }
    if (const qsizetype bad = textbytes::invalidUtf8At(line); bad >= 0) {
        add(Sev::Error, QStringLiteral("file.utf8"), {},
            QCoreApplication::translate("DatasetValidator",
                                        "Not valid UTF-8 at byte %1 of the line (byte 0x%2).")
                .arg(bad + 1)
                .arg(quint8(line[bad]), 2, 16, QLatin1Char('0')));
        return;
    }
    js::Json v;
    if (js::parseText(line, v) != js::ParseError::None) {
        add(Sev::Error, QStringLiteral("json.parse"), {},
            QCoreApplication::translate("DatasetValidator", "The line is not valid JSON."));
        return;
    }
    if (!v.is_object()) {
        add(Sev::Error, QStringLiteral("json.object"), {},
            QCoreApplication::translate("DatasetValidator", "Each line must be one JSON object."));
        return;
    }
    ++m_report.examples;
    const quint64 h = textbytes::fnv1a(line);
    if (m_seenHashes.contains(h))
        add(Sev::Warning, QStringLiteral("file.duplicate"), {},
            QCoreApplication::translate("DatasetValidator", "This example repeats an earlier line."));
    else
        m_seenHashes.insert(h);
    const qint64 errorsBefore = m_report.errorCount;
    switch (m_options.method) {
    case MethodType::Dpo:
        checkDpo(v);
        break;
    case MethodType::Reinforcement:
        checkReinforcement(v);
        break;
    default:
        checkSupervised(v);
        break;
    }
    ++m_shapes[datashape::shapeOf(v)];
    if (m_report.errorCount == errorsBefore)
        ++m_fittingExamples;
    if (m_hook && m_report.errorCount == errorsBefore)
        m_hook(m_lineNo, v);
}

void DatasetValidator::reportMethodMismatch()
{
    if (m_fittingExamples > 0)
        return;
    const auto [looks, count] = datashape::dominant(m_shapes, m_report.examples);
    if (looks == MethodType::Unknown || looks == m_options.method)
        return;
    datashape::dropShapeFindings(m_report, m_ruleSeverity);
    add(Sev::Error, QStringLiteral("file.method_mismatch"), {},
        datashape::mismatchMessage(looks, count, m_report.examples, m_options.method), 0);
}

void DatasetValidator::checkMessage(const nlohmann::ordered_json &m, const QString &path, bool inDpoOutput)
{
    if (!m.is_object()) {
        add(Sev::Error, QStringLiteral("message.object"), path,
            QCoreApplication::translate("DatasetValidator", "Each message must be a JSON object."));
        return;
    }
    const js::Json *role = js::find(m, "role");
    if (!role || !role->is_string()) {
        add(Sev::Error, QStringLiteral("message.role"), path + QStringLiteral(".role"),
            QCoreApplication::translate("DatasetValidator", "The message has no role."));
        return;
    }
    const QString roleName = js::toQ(*role);
    if (!knownRoles().contains(roleName)) {
        add(Sev::Error, QStringLiteral("message.role"), path + QStringLiteral(".role"),
            QCoreApplication::translate(
                "DatasetValidator",
                "Unknown role \"%1\" (expected system, developer, user, assistant or tool).")
                .arg(roleName));
        return;
    }
    if (inDpoOutput && roleName != u"assistant" && roleName != u"tool")
        add(Sev::Error, QStringLiteral("dpo.output_role"), path + QStringLiteral(".role"),
            QCoreApplication::translate(
                "DatasetValidator",
                "Preferred and non-preferred outputs may only hold assistant or tool messages."));

    const js::Json *content = js::find(m, "content");
    const js::Json *toolCalls = js::find(m, "tool_calls");
    const js::Json *functionCall = js::find(m, "function_call");
    const bool callsSomething =
        (toolCalls && !toolCalls->is_null()) || (functionCall && !functionCall->is_null());
    if (!content || content->is_null()) {
        if (!(roleName == u"assistant" && callsSomething))
            add(Sev::Error, QStringLiteral("message.content"), path + QStringLiteral(".content"),
                QCoreApplication::translate("DatasetValidator", "The message has no content."));
    } else if (content->is_array()) {
        for (size_t i = 0; i < content->size(); ++i) {
            const auto &part = (*content)[i];
            const QString partPath = idx(path + QStringLiteral(".content"), i);
            const QString type = js::str(part, "type");
            if (type == u"text") {
                if (!js::find(part, "text") || !(*js::find(part, "text")).is_string())
                    add(Sev::Error, QStringLiteral("message.content_part"),
                        partPath + QStringLiteral(".text"),
                        QCoreApplication::translate("DatasetValidator",
                                                    "A text part needs a string \"text\"."));
            } else if (type == u"image_url") {
                const js::Json *img = js::find(part, "image_url");
                if (!img || !img->is_object() || !js::optStr(*img, "url"))
                    add(Sev::Error, QStringLiteral("message.content_part"),
                        partPath + QStringLiteral(".image_url"),
                        QCoreApplication::translate("DatasetValidator",
                                                    "An image part needs \"image_url\": {\"url\": ...}."));
            } else {
                add(Sev::Error, QStringLiteral("message.content_part"), partPath + QStringLiteral(".type"),
                    QCoreApplication::translate(
                        "DatasetValidator", "Content parts must be of type text or image_url, not \"%1\".")
                        .arg(type));
            }
        }
    } else if (!content->is_string()) {
        add(Sev::Error, QStringLiteral("message.content"), path + QStringLiteral(".content"),
            QCoreApplication::translate("DatasetValidator",
                                        "Content must be a string or an array of parts."));
    }
    if (const js::Json *w = js::find(m, "weight")) {
        if (roleName != u"assistant")
            add(Sev::Error, QStringLiteral("message.weight"), path + QStringLiteral(".weight"),
                QCoreApplication::translate("DatasetValidator",
                                            "Only assistant messages may have a weight."));
        else if (!w->is_number_integer() || (w->get<qint64>() != 0 && w->get<qint64>() != 1))
            add(Sev::Error, QStringLiteral("message.weight"), path + QStringLiteral(".weight"),
                QCoreApplication::translate("DatasetValidator", "The weight must be 0 or 1."));
    }
    if (const js::Json *n = js::find(m, "name"); n && !n->is_string())
        add(Sev::Error, QStringLiteral("message.name"), path + QStringLiteral(".name"),
            QCoreApplication::translate("DatasetValidator", "The name must be a string."));
    if (toolCalls && !toolCalls->is_null()) {
        if (!toolCalls->is_array()) {
            add(Sev::Error, QStringLiteral("message.tool_calls"), path + QStringLiteral(".tool_calls"),
                QCoreApplication::translate("DatasetValidator", "tool_calls must be an array."));
        } else {
            for (size_t i = 0; i < toolCalls->size(); ++i) {
                const auto &call = (*toolCalls)[i];
                const QString callPath = idx(path + QStringLiteral(".tool_calls"), i);
                const js::Json *fn = js::find(call, "function");
                if (!call.is_object() || !js::optStr(call, "id") || js::str(call, "type") != u"function"
                    || !fn || !fn->is_object() || !js::optStr(*fn, "name") || !js::optStr(*fn, "arguments"))
                    add(Sev::Error, QStringLiteral("message.tool_calls"), callPath,
                        QCoreApplication::translate(
                            "DatasetValidator",
                            "A tool call needs an id, type \"function\" and function {name, arguments as a "
                            "string}."));
            }
        }
    }
    static const QStringList knownKeys{QStringLiteral("role"),          QStringLiteral("content"),
                                       QStringLiteral("name"),          QStringLiteral("weight"),
                                       QStringLiteral("tool_calls"),    QStringLiteral("tool_call_id"),
                                       QStringLiteral("function_call"), QStringLiteral("refusal")};
    for (auto it = m.begin(); it != m.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (!knownKeys.contains(key))
            add(Sev::Warning, QStringLiteral("message.unknown_key"), path + u'.' + key,
                QCoreApplication::translate(
                    "DatasetValidator",
                    "Unknown key \"%1\" in a message; the service may reject or ignore it.")
                    .arg(key));
    }
}

void DatasetValidator::checkSupervised(const nlohmann::ordered_json &v)
{
    const js::Json *messages = js::find(v, "messages");
    if (!messages || !messages->is_array() || messages->empty()) {
        add(Sev::Error, QStringLiteral("sft.messages"), QStringLiteral("messages"),
            QCoreApplication::translate("DatasetValidator",
                                        "The example needs a non-empty \"messages\" array."));
        return;
    }
    bool anyAssistant = false;
    bool trainedAssistant = false;
    for (size_t i = 0; i < messages->size(); ++i) {
        const auto &m = (*messages)[i];
        checkMessage(m, idx(QStringLiteral("messages"), i), false);
        if (js::str(m, "role") == u"assistant") {
            anyAssistant = true;
            if (js::optInt(m, "weight").value_or(1) != 0)
                trainedAssistant = true;
        }
    }
    if (!anyAssistant)
        add(Sev::Error, QStringLiteral("sft.no_assistant"), QStringLiteral("messages"),
            QCoreApplication::translate("DatasetValidator",
                                        "The example has no assistant message to train on (weight not 0)."));
    else if (!trainedAssistant)
        // Neither service documents a rule against it, and the cookbook counts it: the service takes it
        // (and bills its tokens) but learns nothing from it.
        add(Sev::Warning, QStringLiteral("sft.untrained"), QStringLiteral("messages"),
            QCoreApplication::translate("DatasetValidator",
                                        "Every assistant message of this example has weight 0: its tokens "
                                        "are billed, but nothing is learned from it."));
    for (auto it = v.begin(); it != v.end(); ++it) {
        if (it.key() != "messages" && it.key() != "tools" && it.key() != "parallel_tool_calls"
            && it.key() != "functions")
            add(Sev::Warning, QStringLiteral("sft.unknown_key"), QString::fromStdString(it.key()),
                QCoreApplication::translate("DatasetValidator",
                                            "Unknown key \"%1\"; the service ignores or rejects it.")
                    .arg(QString::fromStdString(it.key())));
    }
}

void DatasetValidator::checkDpo(const nlohmann::ordered_json &v)
{
    const js::Json *input = js::find(v, "input");
    const js::Json *messages = input ? js::find(*input, "messages") : nullptr;
    if (!input || !input->is_object() || !messages || !messages->is_array() || messages->empty()) {
        add(Sev::Error, QStringLiteral("dpo.input"), QStringLiteral("input.messages"),
            QCoreApplication::translate(
                "DatasetValidator",
                "A DPO example needs \"input\": {\"messages\": [...]} with at least one message."));
    } else {
        for (size_t i = 0; i < messages->size(); ++i)
            checkMessage((*messages)[i], idx(QStringLiteral("input.messages"), i), false);
        if (const js::Json *tools = js::find(*input, "tools"); tools && !tools->is_array())
            add(Sev::Error, QStringLiteral("dpo.tools"), QStringLiteral("input.tools"),
                QCoreApplication::translate("DatasetValidator", "tools must be an array."));
        if (const js::Json *p = js::find(*input, "parallel_tool_calls"); p && !p->is_boolean())
            add(Sev::Error, QStringLiteral("dpo.tools"), QStringLiteral("input.parallel_tool_calls"),
                QCoreApplication::translate("DatasetValidator",
                                            "parallel_tool_calls must be true or false."));
    }
    for (const char *key : {"preferred_output", "non_preferred_output"}) {
        const QString path = QString::fromLatin1(key);
        const js::Json *out = js::find(v, key);
        if (!out || !out->is_array() || out->empty()) {
            add(Sev::Error, QStringLiteral("dpo.output"), path,
                QCoreApplication::translate(
                    "DatasetValidator",
                    "A DPO example needs \"%1\": a non-empty array of assistant messages.")
                    .arg(path));
            continue;
        }
        for (size_t i = 0; i < out->size(); ++i)
            checkMessage((*out)[i], idx(path, i), true);
    }
}

void DatasetValidator::checkReinforcement(const nlohmann::ordered_json &v)
{
    const js::Json *messages = js::find(v, "messages");
    if (!messages || !messages->is_array() || messages->empty()) {
        add(Sev::Error, QStringLiteral("rft.messages"), QStringLiteral("messages"),
            QCoreApplication::translate("DatasetValidator",
                                        "The example needs a non-empty \"messages\" array."));
    } else {
        for (size_t i = 0; i < messages->size(); ++i)
            checkMessage((*messages)[i], idx(QStringLiteral("messages"), i), false);
        if (js::str(messages->back(), "role") != u"user")
            add(Sev::Error, QStringLiteral("rft.last_user"),
                idx(QStringLiteral("messages"), messages->size() - 1) + QStringLiteral(".role"),
                QCoreApplication::translate(
                    "DatasetValidator",
                    "For reinforcement fine-tuning the last message must have role \"user\"."));
    }
    for (const QString &key : m_options.requiredItemKeys) {
        if (!v.contains(js::s(key)))
            add(Sev::Error, QStringLiteral("rft.item_key"), key,
                QCoreApplication::translate("DatasetValidator",
                                            "The grader reads {{item.%1}}, but this example has no \"%1\".")
                    .arg(key));
    }
}

DatasetReport DatasetValidator::checkBytes(QByteArrayView data, const Options &options)
{
    DatasetValidator v(options);
    v.addData(data);
    return v.finish();
}

std::optional<DatasetReport> DatasetValidator::checkFile(const QString &path, const Options &options,
                                                         const std::function<bool(qint64, qint64)> &progress,
                                                         QString *error)
{
    DatasetValidator v(options);
    return finishFromFile(v, path, progress, error,
                          QCoreApplication::translate("DatasetValidator", "Cancelled"));
}

} // namespace ft::core
