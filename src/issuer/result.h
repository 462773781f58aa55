#pragma once

// Result<T>: a value or an IssuerError, returned at every boundary of the issuing authority
// instead of throwing. Reading the value of a failed result is a programming error and aborts.
// The same contract as card::Result, over the authority's own errors.

#include "issuer/issuer_error.h"

#include <cstdlib>
#include <optional>
#include <utility>
#include <variant>

namespace jpki::issuer {

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(IssuerError error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(checked(true)); }
    const T& value() const& { return std::get<0>(checked(true)); }
    T&& value() && { return std::get<0>(std::move(checked(true))); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const IssuerError& error() const { return std::get<1>(checked(false)); }

private:
    std::variant<T, IssuerError>& checked(bool wantValue) {
        if (ok() != wantValue) {
            std::abort();
        }
        return m_state;
    }
    const std::variant<T, IssuerError>& checked(bool wantValue) const {
        if (ok() != wantValue) {
            std::abort();
        }
        return m_state;
    }

    std::variant<T, IssuerError> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(IssuerError error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const IssuerError& error() const {
        if (ok()) {
            std::abort();
        }
        return *m_error;
    }

private:
    std::optional<IssuerError> m_error;
};

} // namespace jpki::issuer
