#pragma once

// Expected<T, E>: a value or an error, returned at the boundaries of every layer instead of
// throwing (each layer names its own: card::Result, storage::Result, issuer::Result,
// workflow::Outcome). Reading the value of a failed result, or the error of a good one, is a
// programming error and aborts.

#include <cstdlib>
#include <optional>
#include <utility>
#include <variant>

namespace jpki {

namespace detail {
[[noreturn]] inline void expectedMisuse() {
    std::abort();
}
} // namespace detail

template <typename T, typename E> class [[nodiscard]] Expected {
public:
    using Value = T;
    using Error = E;

    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Expected(E error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        if (!ok()) {
            detail::expectedMisuse();
        }
        return std::get<0>(m_state);
    }
    const T& value() const& {
        if (!ok()) {
            detail::expectedMisuse();
        }
        return std::get<0>(m_state);
    }
    T&& value() && {
        if (!ok()) {
            detail::expectedMisuse();
        }
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const E& error() const {
        if (ok()) {
            detail::expectedMisuse();
        }
        return std::get<1>(m_state);
    }

private:
    std::variant<T, E> m_state;
};

template <typename E> class [[nodiscard]] Expected<void, E> {
public:
    using Value = void;
    using Error = E;

    Expected() = default;
    Expected(E error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const {
        if (ok()) {
            detail::expectedMisuse();
        }
        return *m_error;
    }

private:
    std::optional<E> m_error;
};

} // namespace jpki
