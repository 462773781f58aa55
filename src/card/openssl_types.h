#pragma once

// Owning pointers for the OpenSSL objects the card layer hands out.

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace jpki::card {

struct EvpPkeyDeleter {
    void operator()(EVP_PKEY* key) const noexcept { EVP_PKEY_free(key); }
};
struct X509Deleter {
    void operator()(X509* certificate) const noexcept { X509_free(certificate); }
};

using PublicKey = std::unique_ptr<EVP_PKEY, EvpPkeyDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

} // namespace jpki::card
