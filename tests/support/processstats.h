#pragma once

#include <QtGlobal>

namespace ft::test {

// A field of /proc/PID/status in KiB (VmRSS, VmHWM, ...); -1 when unknown.
qint64 processStatusKb(qint64 pid, const char *field);
// CPU time a process used so far, in clock ticks (utime + stime of /proc/PID/stat); -1 when unknown.
qint64 processCpuTicks(qint64 pid);
// Starts the peak (VmHWM) again from the current RSS, where the kernel permits it.
void resetPeakMemory(qint64 pid);

} // namespace ft::test
