// libFuzzer target: results.csv → metric series. Every column of a parsed table must have one value per
// row, its series only the non-empty cells, and its name must already be canonical.

#include "fuzzsupport.h"

#include "core/resultstable.h"

#include <cmath>

using namespace ft::core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ft::fuzz::installQuietLog();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<ResultsTable> table = ResultsTable::parse(ft::fuzz::bytes(data, size), &error);
    if (!table) {
        FT_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const qsizetype rows = table->rowCount();
    FT_FUZZ_CHECK(table->steps().size() == rows);
    for (const double step : table->steps())
        FT_FUZZ_CHECK(!std::isnan(step));
    for (const QString &name : table->columns()) {
        FT_FUZZ_CHECK(!name.isEmpty());
        FT_FUZZ_CHECK(name != u"step");
        FT_FUZZ_CHECK(table->hasColumn(name));
        FT_FUZZ_CHECK(ResultsTable::canonicalColumn(name) == name);
        const QVector<double> values = table->column(name);
        FT_FUZZ_CHECK(values.size() == rows);
        qsizetype present = 0;
        for (const double v : values)
            present += std::isnan(v) ? 0 : 1;
        const QList<QPointF> points = table->series(name);
        FT_FUZZ_CHECK(points.size() == present);
        FT_FUZZ_CHECK(table->hasValues(name) == (present > 0));
        const double last = table->lastValue(name);
        if (present == 0)
            FT_FUZZ_CHECK(std::isnan(last));
    }
    FT_FUZZ_CHECK(!table->hasColumn(QStringLiteral("step")));
    return 0;
}
