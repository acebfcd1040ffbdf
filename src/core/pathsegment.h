#pragma once

#include <QString>
#include <QStringView>

namespace ft::core {

// An id or a name that goes into a URL path as exactly one segment: a file, job, checkpoint, upload or
// model id, a deployment name, or the subscription, resource group and account of an ARM target. The
// client checks each against the service's own naming rule before it builds a request and sends it
// percent-encoded, so that no value can become a separator or a dot segment and reach another
// resource ("../other-account/deployments/x"). The emulator applies the same rules to what it receives.
class PathSegment final
{
public:
    enum class Kind {
        FileId,
        JobId,
        CheckpointId,
        UploadId,
        ModelId,
        DeploymentName,
        Subscription,
        ResourceGroup,
        Account,
    };
    enum class Problem {
        None,
        Empty,
        DotSegment, // "." or ".."
        Separator, // '/' or '\'
        ControlCharacter,
        TooShort,
        TooLong,
        NotAllowed, // a character or a shape the service's rule does not allow
    };

    // What is wrong with `value` as a segment of this kind; Problem::None when it can be sent.
    static Problem validate(Kind kind, QStringView value);
    // What is wrong with a segment decoded from a request path, whatever it names: empty, "." or
    // "..", a separator or a control character. Problem::None when it is none of these.
    static Problem unsafe(QStringView decoded);
    // `value` percent-encoded as one segment: everything but unreserved characters and ':' is encoded,
    // so an encoded '/' stays inside its segment.
    static QString encode(QStringView value);

    // "file id", "deployment name", "resource group"... (translated)
    static QString kindName(Kind kind);
    // One line for a user: which value, of which kind, and why it cannot be used (translated). The
    // value is shown with control characters escaped and cut to a readable length.
    static QString describe(Kind kind, QStringView value, Problem problem);
    // The name of the parameter in the service's terms ("file_id", "resourceGroupName"...).
    static QString parameterName(Kind kind);
};

} // namespace ft::core
