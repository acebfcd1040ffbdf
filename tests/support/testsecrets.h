#pragma once

// Secrets the GUI tests type or hand over. Distinctive, so that tst_secrets_on_disk, which runs after the
// GUI suite, finds any copy of them under the config, data or cache directories.

namespace ft::test {

inline constexpr char kTestApiKey[] = "ftk-TEST-4b1d9e7c20-never-on-disk";
inline constexpr char kTestArmToken[] = "ftarm-TEST-8c3f0a6e51-never-on-disk";
inline constexpr char kTestAuxToken[] = "ftaux-TEST-2e7b9d1f04-never-on-disk";

} // namespace ft::test
