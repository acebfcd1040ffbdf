#include "pathsegment.h"

#include <QCoreApplication>
#include <QUrl>

namespace ft::core {

namespace {
using Kind = PathSegment::Kind;
using Problem = PathSegment::Problem;

// A service's naming rule for one kind of segment.
struct Rule
{
    int minLength;
    int maxLength;
    const char *extra; // allowed besides ASCII letters and digits
    bool alnumFirst; // must start with an ASCII letter or digit
    bool unicodeLetters; // any letter or digit of Unicode (ARM resource groups)
    bool noTrailingDot;
};

Rule ruleOf(Kind kind)
{
    switch (kind) {
    case Kind::FileId:
    case Kind::JobId:
    case Kind::CheckpointId:
    case Kind::UploadId:
        // file-…, ftjob-…, ftckpt_…/ftchkpt-…, upload_…/upload-…: the services' ids are a prefix and
        // letters or digits; the prefix itself is not checked (Azure also names files assistant-…).
        return {1, 256, "-_", true, false, false};
    case Kind::ModelId:
        // gpt-4o-mini-2024-07-18, ft:gpt-4o-mini-2024-07-18:org:suffix:id[:ckpt-step-N],
        // gpt-4o-mini-2024-07-18.ft-<hex>-suffix
        return {1, 256, "-_.:", true, false, false};
    case Kind::DeploymentName:
        return {2, 64, "-_.", true, false, false};
    case Kind::Subscription:
        // A GUID on the real service; names like "sub-test" are kept for the emulator (see the report).
        return {1, 64, "-", true, false, false};
    case Kind::ResourceGroup:
        // ARM: 1-90 of Char.IsLetterOrDigit, '_', '(', ')', '-', '.'; not ending with '.'.
        return {1, 90, "-_.()", false, true, true};
    case Kind::Account:
        // The RP's accountName parameter: ^[a-zA-Z0-9][a-zA-Z0-9_.-]*$, 2-64.
        return {2, 64, "-_.", true, false, false};
    }
    return {1, 0, "", true, false, false};
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f);
}

QString ruleText(Kind kind)
{
    switch (kind) {
    case Kind::FileId:
    case Kind::JobId:
    case Kind::CheckpointId:
    case Kind::UploadId:
        return QCoreApplication::translate(
            "PathSegment", "1 to 256 letters, digits, '-' or '_', starting with a letter or a digit.");
    case Kind::ModelId:
        return QCoreApplication::translate(
            "PathSegment",
            "1 to 256 letters, digits, '-', '_', '.' or ':', starting with a letter or a digit.");
    case Kind::DeploymentName:
    case Kind::Account:
        return QCoreApplication::translate(
            "PathSegment", "2 to 64 letters, digits, '-', '_' or '.', starting with a letter or a digit.");
    case Kind::Subscription:
        return QCoreApplication::translate("PathSegment",
                                           "1 to 64 letters, digits or '-' (a subscription id is a GUID).");
    case Kind::ResourceGroup:
        return QCoreApplication::translate(
            "PathSegment", "1 to 90 letters, digits, '_', '(', ')', '-' or '.', not ending with '.'.");
    }
    return {};
}

// The value as it can be shown on one line: control characters escaped, long values cut.
QString printable(QStringView value)
{
    constexpr qsizetype kShown = 80;
    QString out;
    for (qsizetype i = 0; i < value.size() && i < kShown; ++i) {
        const QChar c = value[i];
        if (isControl(c))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (value.size() > kShown)
        out += QChar(0x2026);
    return out;
}
} // namespace

PathSegment::Problem PathSegment::unsafe(QStringView decoded)
{
    if (decoded.isEmpty())
        return Problem::Empty;
    if (decoded == u"." || decoded == u"..")
        return Problem::DotSegment;
    for (const QChar c : decoded) {
        if (c == u'/' || c == u'\\')
            return Problem::Separator;
    }
    for (const QChar c : decoded) {
        if (isControl(c))
            return Problem::ControlCharacter;
    }
    return Problem::None;
}

PathSegment::Problem PathSegment::validate(Kind kind, QStringView value)
{
    if (const Problem p = unsafe(value); p != Problem::None)
        return p;
    const Rule rule = ruleOf(kind);
    if (value.size() < rule.minLength)
        return Problem::TooShort;
    if (value.size() > rule.maxLength)
        return Problem::TooLong;
    if (rule.alnumFirst && !isAsciiAlnum(value.front()))
        return Problem::NotAllowed;
    if (rule.noTrailingDot && value.back() == u'.')
        return Problem::NotAllowed;
    const QLatin1String extra(rule.extra);
    for (const QChar c : value) {
        const bool letter = rule.unicodeLetters ? c.isLetterOrNumber() : isAsciiAlnum(c);
        if (!letter && !extra.contains(c))
            return Problem::NotAllowed;
    }
    return Problem::None;
}

QString PathSegment::encode(QStringView value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value.toString(), QByteArrayLiteral(":")));
}

namespace {
// Each kind's words: what a user is told it is, and the contract's name of the path parameter.
struct KindWords
{
    PathSegment::Kind kind;
    const char *label;
    const char *parameter;
};
constexpr KindWords kKindWords[] = {
    {PathSegment::Kind::FileId, QT_TRANSLATE_NOOP("PathSegment", "file id"), "file_id"},
    {PathSegment::Kind::JobId, QT_TRANSLATE_NOOP("PathSegment", "fine-tuning job id"), "fine_tuning_job_id"},
    {PathSegment::Kind::CheckpointId, QT_TRANSLATE_NOOP("PathSegment", "checkpoint id"),
     "fine_tuning_checkpoint_id"},
    {PathSegment::Kind::UploadId, QT_TRANSLATE_NOOP("PathSegment", "upload id"), "upload_id"},
    {PathSegment::Kind::ModelId, QT_TRANSLATE_NOOP("PathSegment", "model id"), "model"},
    {PathSegment::Kind::DeploymentName, QT_TRANSLATE_NOOP("PathSegment", "deployment name"),
     "deploymentName"},
    {PathSegment::Kind::Subscription, QT_TRANSLATE_NOOP("PathSegment", "subscription"), "subscriptionId"},
    {PathSegment::Kind::ResourceGroup, QT_TRANSLATE_NOOP("PathSegment", "resource group"),
     "resourceGroupName"},
    {PathSegment::Kind::Account, QT_TRANSLATE_NOOP("PathSegment", "account name"), "accountName"},
};

const KindWords *wordsOf(PathSegment::Kind kind)
{
    for (const auto &w : kKindWords) {
        if (w.kind == kind)
            return &w;
    }
    return nullptr;
}
} // namespace

QString PathSegment::kindName(Kind kind)
{
    const KindWords *w = wordsOf(kind);
    return w ? QCoreApplication::translate("PathSegment", w->label) : QString();
}

QString PathSegment::parameterName(Kind kind)
{
    const KindWords *w = wordsOf(kind);
    return w ? QString::fromLatin1(w->parameter) : QString();
}

QString PathSegment::describe(Kind kind, QStringView value, Problem problem)
{
    const QString what = kindName(kind);
    const QString shown = printable(value);
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("PathSegment", "The %1 is empty.").arg(what);
    case Problem::DotSegment:
        return QCoreApplication::translate("PathSegment",
                                           "The %1 \"%2\" is a relative path ('.' or '..'), not a name.")
            .arg(what, shown);
    case Problem::Separator:
        return QCoreApplication::translate("PathSegment",
                                           "The %1 \"%2\" contains a path separator ('/' or '\\').")
            .arg(what, shown);
    case Problem::ControlCharacter:
        return QCoreApplication::translate("PathSegment", "The %1 \"%2\" contains a control character.")
            .arg(what, shown);
    case Problem::TooShort:
    case Problem::TooLong:
    case Problem::NotAllowed:
        break;
    }
    return QCoreApplication::translate("PathSegment", "The %1 \"%2\" is not valid: %3")
        .arg(what, shown, ruleText(kind));
}

} // namespace ft::core
