#pragma once

// Result<T>: a value or StorageError, returned at every boundary of the store instead of throwing.

#include "common/expected.h"
#include "storage/storage_error.h"

namespace jpki::storage {

template <typename T> using Result = Expected<T, StorageError>;

} // namespace jpki::storage
