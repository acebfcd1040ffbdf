#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ft::emu {

// What a fine-tuned model "learned": the prompts of its training examples with their answers. The
// emulator answers a chat with the answer of the most similar training prompt.
class AnswerBook
{
public:
    struct Entry
    {
        QSet<QString> words;
        QString answer;
    };

    // Reads up to `maxExamples` examples of a JSONL training file of the given method
    // ("supervised", "dpo", "reinforcement"); `answerKey` is the item field RFT answers come from.
    static AnswerBook fromFile(const QString &path, const QString &method, const QString &answerKey,
                               int maxExamples = 5000);

    bool isEmpty() const { return m_entries.isEmpty(); }
    // The answer of the closest prompt, or an empty string when no prompt is close (a fifth of their
    // words in common, words of three letters or more).
    QString answer(const QString &prompt) const;
    static QSet<QString> wordsOf(const QString &text);

private:
    QList<Entry> m_entries;
};

} // namespace ft::emu
