#pragma once

// Result<T>: a value or a StorageError, returned at every boundary of the store instead of
// throwing. Reading the value of a failed result is a programming error and aborts.

#include "storage/storage_error.h"

#include <cstdlib>
#include <optional>
#include <utility>
#include <variant>

namespace jpki::storage {

namespace detail {
[[noreturn]] inline void resultMisuse() {
    std::abort();
}
} // namespace detail

template <typename T> class [[nodiscard]] Result {
public:
    using Value = T;

    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(StorageError error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        if (!ok()) {
            detail::resultMisuse();
        }
        return std::get<0>(m_state);
    }
    const T& value() const& {
        if (!ok()) {
            detail::resultMisuse();
        }
        return std::get<0>(m_state);
    }
    T&& value() && {
        if (!ok()) {
            detail::resultMisuse();
        }
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const StorageError& error() const {
        if (ok()) {
            detail::resultMisuse();
        }
        return std::get<1>(m_state);
    }

private:
    std::variant<T, StorageError> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(StorageError error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const StorageError& error() const {
        if (ok()) {
            detail::resultMisuse();
        }
        return *m_error;
    }

private:
    std::optional<StorageError> m_error;
};

} // namespace jpki::storage
