#pragma once

// The test issuing authority that stands behind a virtual card: the issuer key the card trusts
// for issuer commands and the two CAs (user authentication, signature) that issue its
// certificates. Its directory has the layout of the counter's local authority
// (issuer/authority_keys.h), so that both can share one; docs/simulator.md describes it.

#include "issuer/authority_keys.h"

#include <filesystem>

namespace jpki::sim {

using TestAuthority = issuer::AuthorityKeys;

// The organisational unit of the CA certificates of an authority the simulator creates.
inline constexpr const char* testAuthorityMarking = "jpki-card-sim test authority, not J-LIS";

// "<state file>.authority": the authority of a card made without --authority.
std::filesystem::path authorityDirectoryFor(const std::filesystem::path& stateFile);

} // namespace jpki::sim
