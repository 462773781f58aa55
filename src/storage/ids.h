#pragma once

// Row identities as distinct types, so that a case id can never be passed where a staff id is
// expected. The values are the tables' INTEGER PRIMARY KEYs.

#include <cstdint>

namespace jpki::storage {

enum class StaffId : std::int64_t {};
enum class CaseId : std::int64_t {};
enum class LetterId : std::int64_t {};

template <typename Id> constexpr std::int64_t rawId(Id id) {
    return static_cast<std::int64_t>(id);
}

} // namespace jpki::storage
