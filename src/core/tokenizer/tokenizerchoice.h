#pragma once

// Which tokenizer counts the training tokens of an open model of the Azure ML catalog (Phi, Llama, Mistral,
// ...), and whether the count is exact, from the data file resources/vocab/open-models.json:
// - exact: the model's own byte-level BPE is one of Tokenizer's encodings (Phi-4-mini-instruct: o200k_base,
//   Phi-4: cl100k_base, Llama 3.x: llama3). The count is the text's tokens; the model's special tokens
//   (BOS, chat headers, end-of-turn) are not in it.
// - estimate: ceil(tokens in a named encoding x a factor), both per model in the data file, for models whose
//   tokenizer the engine does not have (SentencePiece, Tekken) and for models the file does not know.

#include <QByteArrayView>
#include <QString>

namespace ft::core {

class Tokenizer;

struct TokenizerChoice final
{
    enum class Accuracy { Exact, Estimate };

    QString model; // the model name looked up (an asset id reduced to its model name)
    QString tokenizer; // what the model's tokenizer is, as the data file describes it
    QString encoding; // the encoding counted with: the model's own, or the basis of the estimate
    Accuracy accuracy = Accuracy::Estimate;
    double factor = 1.0; // an estimate is ceil(count in `encoding` x factor); 1 when exact
    bool known = false; // whether an entry of the data file matched (else the default estimate)

    bool isExact() const { return accuracy == Accuracy::Exact; }
    // The tokenizer of `encoding` (loaded on first use); nullptr when it failed to load.
    const Tokenizer *counter() const;
    // The tokens of `utf8` for this model: the exact count, or the estimate; -1 when counter() is null.
    qint64 count(QByteArrayView utf8) const;
    // A total counted with counter() as this model's count: itself when exact, else the estimate. Sum the
    // counts of the texts first, then scale once (ceil per text would add up).
    qint64 scaled(qint64 counterTokens) const;
    // "exact" or "estimate", translated, to show beside a count.
    QString label() const;
    // One sentence saying how the count is made, translated (names and numbers from the data file).
    QString explanation() const;
};

// The choice for a model name of the open-model catalog ("Phi-4-mini-instruct",
// "Meta-Llama-3.1-8B-Instruct") or a registry asset id (azureml://registries/R/models/NAME/versions/V);
// case-insensitive. A model the data file does not list gets its default estimate (known = false).
TokenizerChoice tokenizerForOpenModel(const QString &model);

} // namespace ft::core
