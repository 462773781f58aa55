#pragma once

// R-ACC-IDLE: how long a counter screen may be left alone before it locks.

#include <chrono>

namespace jpki::domain {

// The idle time before the lock when the counter's settings name none, and the range accepted.
inline constexpr std::chrono::minutes kDefaultIdleLock{5};
inline constexpr std::chrono::minutes kShortestIdleLock{1};
inline constexpr std::chrono::minutes kLongestIdleLock{60};

} // namespace jpki::domain
