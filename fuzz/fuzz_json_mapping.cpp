// libFuzzer target: JSON → domain mapping of every response type. The input is parsed with js::parse
// and read as each type with fromJson, written back with toJson; lists are read with pageFromJson. The
// mapping must be stable: reading back what toJson wrote and writing it again gives the same JSON. The
// raw bytes also go through ApiError::fromHttp as an error body.

#include "fuzzsupport.h"

#include "core/apierror.h"
#include "core/chat.h"
#include "core/checkpoint.h"
#include "core/deployment.h"
#include "core/fileobject.h"
#include "core/finetuningjob.h"
#include "core/grader.h"
#include "core/jobevent.h"
#include "core/jsonutil.h"
#include "core/method.h"
#include "core/model.h"
#include "core/pagejson.h"
#include "core/upload.h"

using namespace ft::core;
using js::Json;

namespace {

// Set FT_FUZZ_NO_ROUNDTRIP to only look for crashes and sanitizer reports.
bool g_checkRoundTrip = true;

Json write(const auto &value)
{
    return value.toJson();
}

Json write(const CreateJobRequest &value)
{
    return value.toJson(true);
}

template<typename T>
void roundTrip(const Json &input)
{
    const T first = T::fromJson(input);
    const Json written = write(first);
    const QByteArray text = js::dump(written);
    FT_FUZZ_CHECK(!text.isEmpty());
    const T second = T::fromJson(written);
    const Json rewritten = write(second);
    if (g_checkRoundTrip && rewritten != written) {
        std::fprintf(stderr, "first toJson:  %s\nsecond toJson: %s\n", text.constData(),
                     js::dump(rewritten).constData());
        ft::fuzz::fail("toJson(fromJson(toJson(fromJson(x)))) != toJson(fromJson(x))");
    }
}

template<typename T>
void page(const Json &input)
{
    const Page<T> p = pageFromJson<T>(input);
    const Json written = pageToJson(p);
    FT_FUZZ_CHECK(!js::dump(written).isEmpty());
    const Page<T> again = pageFromJson<T>(written);
    FT_FUZZ_CHECK(again.data.size() == p.data.size());
    (void)p.cursor();
}

void extras(const Json &v)
{
    const FineTuningJob job = FineTuningJob::fromJson(v);
    (void)job.state();
    (void)job.methodType();
    (void)job.effectiveHyperparameters().toJson();
    (void)isTerminal(job.state());
    (void)isActive(job.state());
    const CreateJobRequest request = CreateJobRequest::fromJson(v);
    (void)request.toJson(false);
    const Deployment deployment = Deployment::fromJson(v);
    (void)deployment.toPutBody();
    (void)deployment.isFinal();
    (void)deployment.isProvisioned();
    const Grader grader = Grader::fromJson(v);
    (void)grader.problems();
    (void)grader.referencedItemKeys();
    (void)JobEvent::fromJson(v).levelKind();
    const File file = File::fromJson(v);
    (void)file.isReady();
    (void)file.isFailed();
    (void)Method::fromJson(v).hyperparameters.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ft::fuzz::installQuietLog();
    g_checkRoundTrip = !qEnvironmentVariableIsSet("FT_FUZZ_NO_ROUNDTRIP");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = ft::fuzz::bytes(data, size);

    static constexpr int kStatuses[] = {400, 401, 403, 404, 409, 429, 500, 503};
    const ApiError error = ApiError::fromHttp(kStatuses[size % 8], bytes, QStringLiteral("req-1"));
    FT_FUZZ_CHECK(!error.toString().isEmpty());

    Json v;
    QString why;
    if (!js::parse(bytes, v, &why)) {
        FT_FUZZ_CHECK(!why.isEmpty());
        return 0;
    }

    roundTrip<FineTuningJob>(v);
    roundTrip<File>(v);
    roundTrip<Deleted>(v);
    roundTrip<Upload>(v);
    roundTrip<UploadPart>(v);
    roundTrip<JobEvent>(v);
    roundTrip<Checkpoint>(v);
    roundTrip<Model>(v);
    roundTrip<Deployment>(v);
    roundTrip<ChatCompletion>(v);
    roundTrip<ChatRequest>(v);
    roundTrip<Grader>(v);
    roundTrip<Method>(v);
    roundTrip<Hyperparameters>(v);
    roundTrip<Integration>(v);
    roundTrip<CreateJobRequest>(v);

    page<FineTuningJob>(v);
    page<File>(v);
    page<JobEvent>(v);
    page<Checkpoint>(v);
    page<Model>(v);
    page<Deployment>(v);

    extras(v);
    return 0;
}
