#include "sampledata.h"

#include "jsonutil.h"

#include <QFile>

namespace ft::core {

namespace {
const QString kDir = QStringLiteral(":/ft/samples/");

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return !path.isEmpty() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QByteArray SampleData::content() const
{
    return readResource(resourcePath);
}

QByteArray SampleData::graderJson() const
{
    return readResource(graderResourcePath);
}

QByteArray SampleData::validationContent() const
{
    return readResource(validationResourcePath);
}

QList<SampleData> SampleData::all()
{
    js::Json index;
    if (!js::parse(readResource(kDir + QStringLiteral("samples.json")), index))
        return {};
    QList<SampleData> out;
    const js::Json *samples = js::find(index, "samples");
    if (!samples || !samples->is_array())
        return out;
    for (const js::Json &s : *samples) {
        SampleData d;
        d.method = methodTypeFromName(js::str(s, "method"));
        d.fileName = js::str(s, "file");
        d.resourcePath = kDir + d.fileName;
        if (const QString grader = js::str(s, "grader"); !grader.isEmpty())
            d.graderResourcePath = kDir + grader;
        if (const QString validation = js::str(s, "validation"); !validation.isEmpty()) {
            d.validationFileName = validation;
            d.validationResourcePath = kDir + validation;
        }
        d.suggestedModel = js::str(s, "model");
        d.title = js::str(s, "title");
        d.description = js::str(s, "description");
        if (d.method != MethodType::Unknown && !d.fileName.isEmpty())
            out.append(d);
    }
    return out;
}

std::optional<SampleData> SampleData::forMethod(MethodType method)
{
    for (const SampleData &d : all()) {
        if (d.method == method)
            return d;
    }
    return std::nullopt;
}

} // namespace ft::core
