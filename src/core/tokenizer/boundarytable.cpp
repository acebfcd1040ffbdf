#include "boundarytable.h"

#include <algorithm>

namespace ft::core {

void BoundaryTable::build(const RankTable &ranks)
{
    m_shapes.clear();
    std::fill(m_partialAround.begin(), m_partialAround.end(), 0);
    std::vector<std::uint64_t> keys;
    for (std::uint32_t r = 0; r < ranks.size(); ++r) {
        const std::string_view token = ranks.bytes(r);
        const auto *t = reinterpret_cast<const unsigned char *>(token.data());
        const std::size_t m = token.size();
        for (std::size_t p = 1; p < m; ++p) {
            if ((t[p - 1] & 0xC0) != 0x80 || t[p] < 0xE0)
                continue;
            const std::size_t k = std::min<std::size_t>(p, 3);
            const std::size_t l = std::min<std::size_t>(m - p, 3);
            std::uint32_t before = 0;
            for (std::size_t i = p - k; i < p; ++i)
                before = before << 8 | t[i];
            std::uint32_t after = 0;
            for (std::size_t i = p; i < p + l; ++i)
                after = after << 8 | t[i];
            keys.push_back(windowKey(std::uint32_t(k), std::uint32_t(l), before, after));
            if (k == 3 && l == 3)
                continue;
            const std::uint32_t around = std::uint32_t(t[p - 1]) << 8 | t[p];
            m_partialAround[around >> 6] |= std::uint64_t(1) << (around & 63);
            Shape *shape = nullptr;
            for (Shape &s : m_shapes) {
                if (s.k == k && s.l == l)
                    shape = &s;
            }
            if (!shape) {
                m_shapes.push_back({std::uint32_t(k),
                                    std::uint32_t(l),
                                    (1u << (8 * k)) - 1,
                                    std::uint32_t(8 * (3 - l)),
                                    {},
                                    {}});
                shape = &m_shapes.back();
            }
            if (k < 3)
                shape->left.set(before);
            if (l < 3)
                shape->right.set(after);
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::size_t capacity = 16;
    int bits = 4;
    while (capacity < keys.size() * 2) {
        capacity <<= 1;
        ++bits;
    }
    m_keys.assign(capacity, 0);
    m_mask = capacity - 1;
    m_shift = 64 - bits;
    m_count = 0;
    for (const std::uint64_t key : keys)
        insert(key);
}

void BoundaryTable::insert(std::uint64_t key)
{
    std::uint64_t i = slotOf(key, m_shift);
    while (m_keys[i] != 0)
        i = (i + 1) & m_mask;
    m_keys[i] = key;
    ++m_count;
}

std::size_t BoundaryTable::memoryUsage() const
{
    std::size_t bytes = m_keys.capacity() * sizeof(std::uint64_t) + m_shapes.capacity() * sizeof(Shape)
        + m_partialAround.capacity() * sizeof(std::uint64_t);
    for (const Shape &shape : m_shapes)
        bytes += shape.left.memoryUsage() + shape.right.memoryUsage();
    return bytes;
}

} // namespace ft::core
