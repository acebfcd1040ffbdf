#pragma once

#include "method.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ft::core {

// The sample training files that ship with the app (resources/samples), for a demo without data of
// one's own: one per training method, with the grader for reinforcement fine-tuning.
struct SampleData
{
    MethodType method = MethodType::Unknown;
    QString fileName; // e.g. "sft-support.jsonl": the name it is uploaded under
    QString resourcePath; // ":/ft/samples/sft-support.jsonl"
    QString graderResourcePath; // reinforcement only
    QString validationFileName; // when the method needs a validation file (reinforcement)
    QString validationResourcePath;
    QString suggestedModel;
    QString title; // English, as in the data file; show with Catalog::text()
    QString description;

    QByteArray content() const;
    QByteArray graderJson() const; // empty when there is none
    QByteArray validationContent() const; // empty when there is none

    static QList<SampleData> all();
    static std::optional<SampleData> forMethod(MethodType method);
};

} // namespace ft::core
