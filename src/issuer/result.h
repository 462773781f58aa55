#pragma once

// Result<T>: a value or IssuerError, returned at every boundary of the issuing authority instead of throwing.

#include "common/expected.h"
#include "issuer/issuer_error.h"

namespace jpki::issuer {

template <typename T> using Result = Expected<T, IssuerError>;

} // namespace jpki::issuer
