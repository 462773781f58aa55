#pragma once

// Result<T>: a value or a CardError, returned at every boundary of the card layer instead of
// throwing. Reading the value of a failed result is a programming error and aborts.

#include "card/card_error.h"

#include <cstdlib>
#include <optional>
#include <utility>
#include <variant>

namespace jpki::card {

namespace detail {
[[noreturn]] inline void resultMisuse() {
    std::abort();
}
} // namespace detail

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(CardError error)
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

    const CardError& error() const {
        if (ok()) {
            detail::resultMisuse();
        }
        return std::get<1>(m_state);
    }

private:
    std::variant<T, CardError> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(CardError error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const CardError& error() const {
        if (ok()) {
            detail::resultMisuse();
        }
        return *m_error;
    }

private:
    std::optional<CardError> m_error;
};

} // namespace jpki::card
