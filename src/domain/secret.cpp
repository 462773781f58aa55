#include "domain/secret.h"

#include <algorithm>
#include <utility>

namespace jpki::domain {

void secureWipe(void* data, std::size_t size) noexcept {
    volatile auto* bytes = static_cast<volatile unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        bytes[i] = 0;
    }
}

SecretBuffer::SecretBuffer(std::string_view text) {
    append(text);
}

SecretBuffer::~SecretBuffer() {
    release();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0)) {}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept {
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void SecretBuffer::append(char c) {
    append(std::string_view{&c, 1});
}

void SecretBuffer::append(std::string_view text) {
    reserve(m_size + text.size());
    std::copy(text.begin(), text.end(), m_data + m_size);
    m_size += text.size();
}

void SecretBuffer::clear() noexcept {
    secureWipe(m_data, m_capacity);
    m_size = 0;
}

std::span<const std::uint8_t> SecretBuffer::bytes() const noexcept {
    return {reinterpret_cast<const std::uint8_t*>(m_data), m_size};
}

bool SecretBuffer::equals(std::string_view other) const noexcept {
    if (other.size() != m_size) {
        return false;
    }
    unsigned char difference = 0;
    for (std::size_t i = 0; i < m_size; ++i) {
        difference |= static_cast<unsigned char>(m_data[i] ^ other[i]);
    }
    return difference == 0;
}

void SecretBuffer::reserve(std::size_t wanted) {
    if (wanted <= m_capacity) {
        return;
    }
    // A PIN is at most 16 characters; start there so that typing one never reallocates.
    const std::size_t newCapacity = std::max({wanted, m_capacity * 2, std::size_t{16}});
    char* grown = new char[newCapacity]();
    std::copy(m_data, m_data + m_size, grown);
    release();
    m_data = grown;
    m_capacity = newCapacity;
}

void SecretBuffer::release() noexcept {
    secureWipe(m_data, m_capacity);
    delete[] m_data;
    m_data = nullptr;
    m_capacity = 0;
}

} // namespace jpki::domain
