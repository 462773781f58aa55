#pragma once

// R-PIN-SECRET: a PIN is held in memory only while a card command needs it. SecretBuffer owns
// its bytes, cannot be copied, and overwrites them with zeros when cleared, reassigned, grown or
// destroyed, so that no stale copy is left on the heap.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace jpki::domain {

// Overwrites `size` bytes at `data` with zeros through a volatile pointer, which the optimiser
// may not drop even when the memory is freed right after.
void secureWipe(void* data, std::size_t size) noexcept;

class SecretBuffer {
public:
    SecretBuffer() = default;
    // Copies `text`; the caller remains responsible for wiping its own copy.
    explicit SecretBuffer(std::string_view text);
    ~SecretBuffer();

    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    // The source is left empty; no bytes are duplicated.
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;

    void append(char c);
    void append(std::string_view text);
    // Wipes the contents; the storage stays allocated (and zeroed) for reuse.
    void clear() noexcept;

    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }
    [[nodiscard]] std::size_t capacity() const noexcept { return m_capacity; }
    // Views stay valid until the next change to the buffer. Never log them.
    [[nodiscard]] std::string_view view() const noexcept { return {m_data, m_size}; }
    [[nodiscard]] std::span<const std::uint8_t> bytes() const noexcept;
    [[nodiscard]] const char* data() const noexcept { return m_data; }

    // Compares in time that depends on the lengths only, not on where the contents differ.
    [[nodiscard]] bool equals(std::string_view other) const noexcept;
    [[nodiscard]] bool equals(const SecretBuffer& other) const noexcept {
        return equals(other.view());
    }

private:
    void reserve(std::size_t wanted);
    void release() noexcept;

    char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace jpki::domain
