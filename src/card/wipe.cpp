#include "card/wipe.h"

#include <openssl/crypto.h>

namespace jpki::card {

void wipe(Bytes& bytes) noexcept {
    if (!bytes.empty()) {
        OPENSSL_cleanse(bytes.data(), bytes.size());
    }
    bytes.clear();
}

} // namespace jpki::card
