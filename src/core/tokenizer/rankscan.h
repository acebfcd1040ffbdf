#pragma once

// The merge loop's inner scans over candidate ranks, in a header so that they inline into it.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ft::core::rankscan {

// The merge loop of small pieces keeps the ranks of its candidate merges as int32 with the top bit flipped
// (so that a signed comparison orders them as the ranks), kNone becoming INT32_MAX.
inline constexpr std::int32_t kNoneBiased = std::numeric_limits<std::int32_t>::max();

inline std::int32_t biased(std::uint32_t rank)
{
    return std::int32_t(rank ^ 0x80000000u);
}

inline std::uint32_t unbiased(std::int32_t rank)
{
    return std::uint32_t(rank) ^ 0x80000000u;
}

// The lowest of r[0, m), m a multiple of 4.
inline std::int32_t lowestOf(const std::int32_t *r, std::size_t m)
{
#if defined(__SSE2__)
    const auto lower = [](__m128i x, __m128i y) { // lane by lane (SSE2 has no pminsd)
        const __m128i greater = _mm_cmpgt_epi32(x, y);
        return _mm_or_si128(_mm_and_si128(greater, y), _mm_andnot_si128(greater, x));
    };
    __m128i best = _mm_loadu_si128(reinterpret_cast<const __m128i *>(r));
    for (std::size_t k = 4; k < m; k += 4)
        best = lower(best, _mm_loadu_si128(reinterpret_cast<const __m128i *>(r + k)));
    best = lower(best, _mm_shuffle_epi32(best, _MM_SHUFFLE(1, 0, 3, 2)));
    best = lower(best, _mm_shuffle_epi32(best, _MM_SHUFFLE(2, 3, 0, 1)));
    return _mm_cvtsi128_si32(best);
#else
    std::int32_t lo = r[0];
    for (std::size_t k = 1; k < m; ++k)
        lo = r[k] < lo ? r[k] : lo;
    return lo;
#endif
}

// The first index k with r[k] == value, which is there; reads r four at a time.
inline std::size_t firstEqual(const std::int32_t *r, std::int32_t value)
{
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi32(value);
    for (std::size_t k = 0;; k += 4) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(r + k));
        const int mask = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, wanted)));
        if (mask != 0)
            return k + std::size_t(std::countr_zero(unsigned(mask)));
    }
#else
    std::size_t k = 0;
    while (r[k] != value)
        ++k;
    return k;
#endif
}

} // namespace ft::core::rankscan
