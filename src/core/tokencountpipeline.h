#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace ft::core {

class Tokenizer;

// Counts the tokens of many examples on worker threads while the caller goes on parsing: examples are
// gathered into batches of text, each batch is tokenized by one worker, results are merged at the end.
// Memory stays bounded: at most a few batches are in flight.
class TokenCountPipeline
{
public:
    struct Totals
    {
        std::vector<qint32> exampleTokens;
        std::vector<qint32> trainedTokens;
        std::vector<std::pair<qint64, qint64>> overLimit; // (line, tokens), in line order
        qint64 billedPerEpoch = 0;
    };

    TokenCountPipeline(const Tokenizer &tokenizer, qint64 contextLimit);
    ~TokenCountPipeline();
    TokenCountPipeline(const TokenCountPipeline &) = delete;
    TokenCountPipeline &operator=(const TokenCountPipeline &) = delete;

    void beginExample(qint64 line, qint64 constantTokens);
    void addText(std::string_view utf8, bool counted, bool trained);
    void endExample();
    Totals finish();

private:
    struct Span
    {
        quint32 offset;
        quint32 length;
        quint32 example;
        bool counted;
        bool trained;
    };
    struct Batch
    {
        std::string text;
        std::vector<Span> spans;
        std::vector<std::pair<qint64, qint64>> examples; // (line, constant tokens)
        Totals result;
    };

    void submit();
    void process(Batch &batch) const;
    void workerLoop();
    void merge(Totals &into, Totals &&from) const;

    const Tokenizer &m_tokenizer;
    qint64 m_limit;
    std::unique_ptr<Batch> m_current;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_room;
    std::deque<std::unique_ptr<Batch>> m_queue;
    Totals m_done;
    int m_inFlight = 0;
    bool m_stopping = false;
};

} // namespace ft::core
