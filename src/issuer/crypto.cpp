#include "issuer/crypto.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace jpki::issuer::crypto {

namespace {

std::string openSslReason() {
    std::string reason;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!reason.empty()) {
            reason += "; ";
        }
        reason += buffer;
    }
    return reason.empty() ? std::string("no reason given") : reason;
}

[[noreturn]] void fail(const std::string& what) {
    throw CryptoError(what + ": " + openSslReason());
}

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

struct PkeyCtxFree {
    void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
};
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

struct MdCtxFree {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

Bio readBio(std::string_view text) {
    Bio bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    if (!bio) {
        fail("BIO_new_mem_buf");
    }
    return bio;
}

std::string drainBio(BIO* bio) {
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(length));
}

template <typename Writer> std::string writePem(Writer writer, const char* what) {
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || writer(bio.get()) != 1) {
        fail(what);
    }
    return drainBio(bio.get());
}

template <typename Encoder> Bytes encodeDer(Encoder encoder, const char* what) {
    unsigned char* buffer = nullptr;
    const int length = encoder(&buffer);
    if (length <= 0) {
        fail(what);
    }
    Bytes der(buffer, buffer + length);
    OPENSSL_free(buffer);
    return der;
}

} // namespace

CryptoError::CryptoError(const std::string& what)
    : std::runtime_error(what) {}

void releaseThreadState() {
    OPENSSL_thread_stop();
}

Key generateRsaKey(int bits) {
    PkeyContext context(EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr));
    EVP_PKEY* key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), bits) != 1 ||
        EVP_PKEY_keygen(context.get(), &key) != 1) {
        fail("RSA key generation");
    }
    return Key(key);
}

Key makeKey(const KeyMaker& maker) {
    return maker ? maker() : generateRsaKey();
}

KeyMaker keysFromPool(std::string_view pem) {
    auto pool = std::make_shared<std::vector<Key>>(privateKeysFromPem(pem));
    auto next = std::make_shared<std::size_t>(0);
    return [pool, next]() {
        return *next < pool->size() ? std::move((*pool)[(*next)++]) : generateRsaKey();
    };
}

Bytes privateKeyToDer(EVP_PKEY* key) {
    return encodeDer([key](unsigned char** out) { return i2d_PrivateKey(key, out); },
                     "encoding a private key");
}

Key privateKeyFromDer(ByteView der) {
    const unsigned char* cursor = der.data();
    Key key(d2i_AutoPrivateKey(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key || cursor != der.data() + der.size()) {
        fail("decoding a private key");
    }
    return key;
}

Bytes publicKeyToDer(EVP_PKEY* key) {
    return encodeDer([key](unsigned char** out) { return i2d_PUBKEY(key, out); },
                     "encoding a public key");
}

Key publicKeyFromDer(ByteView der) {
    const unsigned char* cursor = der.data();
    Key key(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    if (!key || cursor != der.data() + der.size()) {
        fail("decoding a public key");
    }
    return key;
}

std::string privateKeyToPem(EVP_PKEY* key) {
    return writePem(
        [key](BIO* bio) {
            return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
        },
        "writing a private key");
}

Key privateKeyFromPem(std::string_view pem) {
    Bio bio = readBio(pem);
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        fail("reading a private key");
    }
    return key;
}

std::vector<Key> privateKeysFromPem(std::string_view pem) {
    Bio bio = readBio(pem);
    std::vector<Key> keys;
    while (EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)) {
        keys.emplace_back(key);
    }
    ERR_clear_error(); // the end of the bundle reads as an error
    return keys;
}

std::string publicKeyToPem(EVP_PKEY* key) {
    return writePem([key](BIO* bio) { return PEM_write_bio_PUBKEY(bio, key); },
                    "writing a public key");
}

Key publicKeyFromPem(std::string_view pem) {
    Bio bio = readBio(pem);
    Key key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        fail("reading a public key");
    }
    return key;
}

Bytes certificateToDer(X509* certificate) {
    return encodeDer([certificate](unsigned char** out) { return i2d_X509(certificate, out); },
                     "encoding a certificate");
}

Certificate certificateFromDer(ByteView der) {
    const unsigned char* cursor = der.data();
    Certificate certificate(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!certificate || cursor != der.data() + der.size()) {
        fail("decoding a certificate");
    }
    return certificate;
}

std::string certificateToPem(X509* certificate) {
    return writePem([certificate](BIO* bio) { return PEM_write_bio_X509(bio, certificate); },
                    "writing a certificate");
}

Certificate certificateFromPem(std::string_view pem) {
    Bio bio = readBio(pem);
    Certificate certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!certificate) {
        fail("reading a certificate");
    }
    return certificate;
}

Bytes signDigestInfo(EVP_PKEY* key, ByteView digestInfo) {
    // No message digest is set: the card pads the DigestInfo it is given, as RSA_sign would.
    PkeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    std::size_t length = 0;
    if (!context || EVP_PKEY_sign_init(context.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_PADDING) != 1 ||
        EVP_PKEY_sign(context.get(), nullptr, &length, digestInfo.data(), digestInfo.size()) != 1) {
        fail("preparing a PKCS#1 signature");
    }
    Bytes signature(length);
    if (EVP_PKEY_sign(context.get(), signature.data(), &length, digestInfo.data(),
                      digestInfo.size()) != 1) {
        fail("PKCS#1 signature");
    }
    signature.resize(length);
    return signature;
}

Bytes signSha256(EVP_PKEY* key, ByteView message) {
    MdContext context(EVP_MD_CTX_new());
    std::size_t length = 0;
    if (!context ||
        EVP_DigestSignInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr) !=
            1 ||
        EVP_DigestSign(context.get(), nullptr, &length, message.data(), message.size()) != 1) {
        fail("preparing a SHA-256 signature");
    }
    Bytes signature(length);
    if (EVP_DigestSign(context.get(), signature.data(), &length, message.data(), message.size()) !=
        1) {
        fail("SHA-256 signature");
    }
    signature.resize(length);
    return signature;
}

bool verifySha256(EVP_PKEY* publicKey, ByteView message, ByteView signature) {
    MdContext context(EVP_MD_CTX_new());
    if (!context || EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr,
                                            publicKey, nullptr) != 1) {
        fail("preparing a signature check");
    }
    const int verdict = EVP_DigestVerify(context.get(), signature.data(), signature.size(),
                                         message.data(), message.size());
    ERR_clear_error(); // a bad signature leaves reasons on the queue that no one will read
    return verdict == 1;
}

Bytes randomBytes(std::size_t count) {
    Bytes bytes(count);
    if (count > 0 && RAND_bytes(bytes.data(), static_cast<int>(count)) != 1) {
        fail("random bytes");
    }
    return bytes;
}

Bytes sha256(ByteView data) {
    // Fetched once: EVP_sha256() makes OpenSSL 3 look the algorithm up again on every call, which
    // costs more than hashing a ledger or state-file line. Shared, read-only, never freed.
    static EVP_MD* const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    Bytes digest(32);
    unsigned int length = 0;
    if (algorithm == nullptr ||
        EVP_Digest(data.data(), data.size(), digest.data(), &length, algorithm, nullptr) != 1) {
        fail("SHA-256");
    }
    digest.resize(length);
    return digest;
}

} // namespace jpki::issuer::crypto
