#pragma once

// Result<T>: a value or CardError, returned at every boundary of the card layer instead of throwing.

#include "common/expected.h"
#include "card/card_error.h"

namespace jpki::card {

template <typename T> using Result = Expected<T, CardError>;

} // namespace jpki::card
