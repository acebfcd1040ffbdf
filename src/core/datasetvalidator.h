#pragma once

#include "datasetreport.h"
#include "method.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>

namespace ft::core {

// Checks a JSONL training or validation file line by line, in constant memory: feed it bytes in
// chunks of any size, then call finish(). Rules follow the service's documented data formats for
// supervised (chat), DPO and reinforcement fine-tuning.
class DatasetValidator
{
public:
    struct Options
    {
        MethodType method = MethodType::Supervised;
        bool isValidationFile = false;
        qint64 minExamples = 10;
        qint64 maxExamples = 0; // 0: no limit (RFT has one)
        qint64 maxFileBytes = 0; // 0: no limit
        int keepPerRule = 20; // findings kept for each rule; all are counted
        QStringList requiredItemKeys; // RFT: keys the grader reads with {{item.<key>}}
    };

    // Called for each example that parsed: its line number and the parsed value.
    using ExampleHook = std::function<void(qint64 line, const nlohmann::ordered_json &example)>;

    explicit DatasetValidator(Options options);
    ~DatasetValidator();

    void setExampleHook(ExampleHook hook);
    // For checks made outside the validator (token limits): counted and kept like its own findings.
    void addFinding(DatasetFinding::Severity severity, const QString &rule, const QString &path,
                    const QString &message, qint64 line);
    void addData(QByteArrayView chunk);
    DatasetReport finish();

    // Convenience for a whole buffer or a file on disk; the file is read in chunks. `progress` gets
    // (bytes done, bytes total) and returns false to cancel, which returns an empty report.
    static DatasetReport checkBytes(QByteArrayView data, const Options &options);
    static std::optional<DatasetReport> checkFile(const QString &path, const Options &options,
                                                  const std::function<bool(qint64, qint64)> &progress = {},
                                                  QString *error = nullptr);

    // Options with the limits of the built-in catalog for a method.
    static Options defaultOptions(MethodType method, bool isValidationFile = false);

private:
    void consume(QByteArrayView chunk);
    void processLine(QByteArrayView line);
    void add(DatasetFinding::Severity severity, const QString &rule, const QString &path,
             const QString &message, qint64 line = -1);
    void checkSupervised(const nlohmann::ordered_json &v);
    void checkDpo(const nlohmann::ordered_json &v);
    void checkReinforcement(const nlohmann::ordered_json &v);
    void checkMessage(const nlohmann::ordered_json &m, const QString &path, bool inDpoOutput);
    // When no example fits the chosen method and nearly all have another method's shape, one finding
    // says so instead of one error per line.
    void reportMethodMismatch();

    Options m_options;
    DatasetReport m_report;
    QByteArray m_pending;
    QByteArray m_head; // the first bytes, held until a byte-order mark is known
    bool m_bomDecided = false;
    qint64 m_lineNo = 0;
    qint64 m_bytesSeen = 0;
    QSet<quint64> m_seenHashes;
    QMap<MethodType, qint64> m_shapes; // examples by the method their shape fits
    qint64 m_fittingExamples = 0; // examples without an error for the chosen method
    QMap<QString, DatasetFinding::Severity> m_ruleSeverity;
    ExampleHook m_hook;
};

} // namespace ft::core
