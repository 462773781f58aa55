#pragma once

// Whether a test that cannot run here (no root, no pcscd, no PostgreSQL) is skipped or fails.

namespace jpki::test {

// Under CI=true a test that cannot run fails instead of being skipped.
bool skipsAreFailures();

} // namespace jpki::test
