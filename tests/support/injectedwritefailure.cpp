#include "injectedwritefailure.h"

#include <QByteArray>

namespace ft::test {

InjectedWriteFailure::InjectedWriteFailure(const QString &pattern, int afterBytes, int skip)
{
    qputenv("FT_FAIL_WRITES", pattern.toUtf8());
    qputenv("FT_FAIL_WRITES_AFTER_BYTES", QByteArray::number(afterBytes));
    qputenv("FT_FAIL_WRITES_SKIP", QByteArray::number(skip));
}

InjectedWriteFailure::~InjectedWriteFailure()
{
    qunsetenv("FT_FAIL_WRITES");
    qunsetenv("FT_FAIL_WRITES_AFTER_BYTES");
    qunsetenv("FT_FAIL_WRITES_SKIP");
}

} // namespace ft::test
