#pragma once

// The virtual card uses the issuing authority's OpenSSL wrappers (issuer/crypto.h): the card and
// the authority that issues to it share one set of keys, certificates and signatures.

#include "issuer/crypto.h"

namespace jpki::sim {

using namespace issuer::crypto;

} // namespace jpki::sim
