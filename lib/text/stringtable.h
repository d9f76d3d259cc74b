#pragma once

// Strings numbered 0, 1, 2… in the order they were first added, and found again by their text:
// the look-up behind the per-thread word tables of text analysis.
//
// QHash<QString, int> keeps each key in a heap block of its own and stores no hash, so every
// probe of a look-up compares a key and touches memory far from the table: extraction spent a
// quarter of its time in such look-ups, most of it waiting on those blocks. Here a slot holds the
// key's hash beside its number, so a probe compares the hash it holds, and only a matching hash
// reads the key, from one array where every key stands back to back. Keys are copied in, so a
// word cut from an article (text::sharedPart) never keeps the article alive.
//
// Not thread-safe: one table a thread, as the memos that use it are thread_local.

#include <QHashFunctions>
#include <QStringView>

#include <cstring>
#include <vector>

namespace elshi::text {

class StringTable
{
public:
    // The hash find() and insert() take: computed once when a key is looked up more than once.
    static quint32 hashOf(QStringView key) { return quint32(qHash(key, size_t(0x9e3779b9))); }

    // key's number, or -1 when it was never added.
    int find(QStringView key) const { return find(key, hashOf(key)); }
    int find(QStringView key, quint32 hash) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.id < 0)
                return -1;
            if (slot.hash == hash && equals(slot.id, key))
                return slot.id;
        }
    }

    // key's number: the one it has, or the next one, when *added is then set.
    int insert(QStringView key, bool *added = nullptr) { return insert(key, hashOf(key), added); }
    int insert(QStringView key, quint32 hash, bool *added = nullptr)
    {
        if (2 * (size() + 1) > qsizetype(m_slots.size()))
            grow();
        const size_t mask = m_slots.size() - 1;
        size_t i = hash & mask;
        for (;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.id < 0)
                break;
            if (slot.hash == hash && equals(slot.id, key)) {
                if (added)
                    *added = false;
                return slot.id;
            }
        }
        const int id = size();
        m_slots[i] = {hash, id};
        m_chars.insert(m_chars.end(), key.utf16(), key.utf16() + key.size());
        m_starts.push_back(m_chars.size());
        if (added)
            *added = true;
        return id;
    }

    // The key numbered id, valid until the next insert() or clear().
    QStringView at(int id) const
    {
        const size_t from = m_starts[size_t(id)];
        return QStringView(m_chars.data() + from, qsizetype(m_starts[size_t(id) + 1] - from));
    }
    qsizetype size() const { return qsizetype(m_starts.size()) - 1; }
    bool isEmpty() const { return size() == 0; }
    // Forgets every key; the numbers start again at 0.
    void clear()
    {
        m_slots.clear();
        m_chars.clear();
        m_starts.assign(1, 0);
    }

private:
    struct Slot
    {
        quint32 hash = 0;
        qint32 id = -1; // -1: empty
    };

    bool equals(int id, QStringView key) const
    {
        const size_t from = m_starts[size_t(id)];
        const size_t length = m_starts[size_t(id) + 1] - from;
        return length == size_t(key.size()) &&
            std::memcmp(m_chars.data() + from, key.utf16(), length * sizeof(char16_t)) == 0;
    }
    // Twice the slots, at most half of them used: short probes. The hashes are kept, so the keys
    // are not hashed again.
    void grow()
    {
        std::vector<Slot> wider(m_slots.empty() ? 64 : 2 * m_slots.size());
        const size_t mask = wider.size() - 1;
        for (const Slot &slot : m_slots) {
            if (slot.id < 0)
                continue;
            size_t i = slot.hash & mask;
            while (wider[i].id >= 0)
                i = (i + 1) & mask;
            wider[i] = slot;
        }
        m_slots = std::move(wider);
    }

    std::vector<Slot> m_slots; // a power of two of them, or none
    std::vector<char16_t> m_chars; // every key, back to back
    std::vector<size_t> m_starts{0}; // where key id starts in m_chars; one more for the end
};

} // namespace elshi::text
