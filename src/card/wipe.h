#pragma once

// Wiping of buffers that held a PIN (R-PIN-SECRET): overwritten with OPENSSL_cleanse, which the
// optimiser may not drop, before the memory is released or reused.

#include "card/apdu.h"

namespace jpki::card {

// Overwrites the bytes with zeros and empties the vector.
void wipe(Bytes& bytes) noexcept;

// Wipes a buffer when the scope ends, on every return path.
class WipeOnExit {
public:
    explicit WipeOnExit(Bytes& bytes) noexcept
        : m_bytes(bytes) {}
    ~WipeOnExit() { wipe(m_bytes); }
    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

private:
    Bytes& m_bytes;
};

} // namespace jpki::card
