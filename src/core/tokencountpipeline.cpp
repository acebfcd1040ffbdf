#include "tokencountpipeline.h"

#include "tokenizer/tokenizer.h"

#include <QThread>

#include <algorithm>

namespace ft::core {

namespace {
constexpr std::size_t kBatchBytes = 1 << 20;
}

TokenCountPipeline::TokenCountPipeline(const Tokenizer &tokenizer, qint64 contextLimit)
    : m_tokenizer(tokenizer)
    , m_limit(contextLimit)
    , m_current(std::make_unique<Batch>())
{ }

TokenCountPipeline::~TokenCountPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_work.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

void TokenCountPipeline::beginExample(qint64 line, qint64 constantTokens)
{
    m_current->examples.emplace_back(line, constantTokens);
}

void TokenCountPipeline::addText(std::string_view utf8, bool counted, bool trained)
{
    Batch &b = *m_current;
    b.spans.push_back(
        {quint32(b.text.size()), quint32(utf8.size()), quint32(b.examples.size() - 1), counted, trained});
    b.text.append(utf8);
}

void TokenCountPipeline::endExample()
{
    if (m_current->text.size() >= kBatchBytes)
        submit();
}

void TokenCountPipeline::process(Batch &b) const
{
    const std::size_t n = b.examples.size();
    b.result.exampleTokens.assign(n, 0);
    b.result.trainedTokens.assign(n, 0);
    std::vector<qint64> tokens(n, 0);
    std::vector<qint64> trained(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        tokens[i] = b.examples[i].second;
    for (const Span &s : b.spans) {
        const qint64 t = m_tokenizer.count(QByteArrayView(b.text.data() + s.offset, s.length));
        if (s.counted)
            tokens[s.example] += t;
        if (s.trained)
            trained[s.example] += t;
    }
    for (std::size_t i = 0; i < n; ++i) {
        b.result.exampleTokens[i] = qint32(std::min<qint64>(tokens[i], INT32_MAX));
        b.result.trainedTokens[i] = qint32(std::min<qint64>(trained[i], INT32_MAX));
        if (m_limit > 0 && tokens[i] > m_limit)
            b.result.overLimit.emplace_back(b.examples[i].first, tokens[i]);
        b.result.billedPerEpoch += m_limit > 0 ? std::min(tokens[i], m_limit) : tokens[i];
    }
    b.text.clear();
    b.text.shrink_to_fit();
}

void TokenCountPipeline::merge(Totals &into, Totals &&from) const
{
    into.exampleTokens.insert(into.exampleTokens.end(), from.exampleTokens.begin(), from.exampleTokens.end());
    into.trainedTokens.insert(into.trainedTokens.end(), from.trainedTokens.begin(), from.trainedTokens.end());
    into.overLimit.insert(into.overLimit.end(), from.overLimit.begin(), from.overLimit.end());
    into.billedPerEpoch += from.billedPerEpoch;
}

void TokenCountPipeline::submit()
{
    if (m_current->examples.empty())
        return;
    if (m_workers.empty()) {
        const int n = std::max(1, QThread::idealThreadCount());
        for (int i = 0; i < n; ++i)
            m_workers.emplace_back([this] { workerLoop(); });
    }
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [this] { return m_inFlight < 2 * int(m_workers.size()); });
    ++m_inFlight;
    m_queue.push_back(std::move(m_current));
    lock.unlock();
    m_work.notify_one();
    m_current = std::make_unique<Batch>();
}

void TokenCountPipeline::workerLoop()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_work.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        process(*batch);
        {
            std::lock_guard lock(m_mutex);
            merge(m_done, std::move(batch->result));
            --m_inFlight;
        }
        m_room.notify_all();
    }
}

TokenCountPipeline::Totals TokenCountPipeline::finish()
{
    // The last, partial batch: here when nothing ran in parallel (small files), else on the workers.
    if (m_workers.empty()) {
        process(*m_current);
        merge(m_done, std::move(m_current->result));
        m_current = std::make_unique<Batch>();
    } else {
        submit();
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_inFlight == 0; });
    }
    Totals out = std::move(m_done);
    m_done = {};
    std::sort(out.overLimit.begin(), out.overLimit.end());
    return out;
}

} // namespace ft::core
