#include "issuer/authority_keys.h"

#include "issuer/durable_file.h"
#include "issuer/x509_builder.h"

#include <array>
#include <openssl/err.h>

namespace jpki::issuer {

namespace {

namespace fs = std::filesystem;
using domain::CertificateKind;

// Every file of the layout; the issuer key last, as save() writes it.
constexpr std::array keyFiles{authority_files::issuerPublicKey,
                              authority_files::authenticationCaKey,
                              authority_files::authenticationCaCertificate,
                              authority_files::signatureCaKey,
                              authority_files::signatureCaCertificate,
                              authority_files::issuerKey};

crypto::Certificate makeCa(EVP_PKEY* key, const char* unit, std::string_view marking,
                           const domain::Date& today) {
    CertificateSpec spec;
    spec.role = CertificateRole::Authority;
    // Marked as a stand-in in every field a person reads, so that no one takes it for J-LIS.
    spec.subject = {{"C", "JP"}, {"O", "JPKI TEST"}, {"OU", unit}, {"OU", std::string(marking)}};
    spec.firstDay = domain::addMonthsClamped(today, -120);
    spec.lastDay = domain::addMonthsClamped(today, 240);
    return issueCertificate(spec, key, nullptr, key);
}

IssuerError corrupt(const std::string& what) {
    ERR_clear_error();
    return IssuerError(IssuerErrorCode::CorruptKeyFile, what);
}

// Reads and parses one file of the layout; a parse failure names the file.
template <typename Parse>
auto loadFile(const fs::path& directory, const char* name, Parse parse)
    -> Result<decltype(parse(std::string_view()))> {
    Result<std::string> text = readWholeFile(directory / name);
    if (!text) {
        return text.error();
    }
    try {
        return parse(*text);
    } catch (const crypto::CryptoError&) {
        return corrupt(std::string(name) + " in " + directory.string() + " does not parse");
    }
}

} // namespace

Result<AuthorityKeys> AuthorityKeys::create(const domain::Date& today, std::string_view marking,
                                            const crypto::KeyMaker& keys) {
    try {
        AuthorityKeys authority;
        authority.issuerKey = crypto::makeKey(keys);
        authority.authenticationCaKey = crypto::makeKey(keys);
        authority.authenticationCaCertificate = makeCa(
            authority.authenticationCaKey.get(), "Test CA for user authentication", marking, today);
        authority.signatureCaKey = crypto::makeKey(keys);
        authority.signatureCaCertificate =
            makeCa(authority.signatureCaKey.get(), "Test CA for digital signature", marking, today);
        return authority;
    } catch (const crypto::CryptoError& error) {
        return IssuerError(IssuerErrorCode::CryptoFailure, error.what());
    }
}

Result<void> AuthorityKeys::save(const fs::path& directory) const {
    for (const char* name : keyFiles) {
        if (fs::exists(directory / name)) {
            return IssuerError(IssuerErrorCode::AuthorityExists,
                               directory.string() + " already holds " + name);
        }
    }
    if (Result<void> made = makePrivateDirectory(directory); !made) {
        return made;
    }
    std::array<std::string, keyFiles.size()> contents;
    try {
        contents = {crypto::publicKeyToPem(issuerKey.get()),
                    crypto::privateKeyToPem(authenticationCaKey.get()),
                    crypto::certificateToPem(authenticationCaCertificate.get()),
                    crypto::privateKeyToPem(signatureCaKey.get()),
                    crypto::certificateToPem(signatureCaCertificate.get()),
                    crypto::privateKeyToPem(issuerKey.get())};
    } catch (const crypto::CryptoError& error) {
        return IssuerError(IssuerErrorCode::CryptoFailure, error.what());
    }
    // Keys and certificates alike: the authority's folder is nobody else's business.
    for (std::size_t index = 0; index < keyFiles.size(); ++index) {
        Result<void> written = writeFileDurably(directory / keyFiles[index], contents[index],
                                                platform::kPrivateFileMode);
        if (!written) {
            return written;
        }
    }
    return {};
}

Result<AuthorityKeys> AuthorityKeys::load(const fs::path& directory) {
    bool anyPresent = false;
    for (const char* name : keyFiles) {
        anyPresent = anyPresent || fs::exists(directory / name);
    }
    if (!anyPresent) {
        return IssuerError(IssuerErrorCode::AuthorityMissing,
                           "no issuing authority in " + directory.string());
    }
    auto privateKey = [](std::string_view pem) {
        return crypto::privateKeyFromPem(pem);
    };
    auto certificate = [](std::string_view pem) {
        return crypto::certificateFromPem(pem);
    };
    auto publicKey = [](std::string_view pem) {
        return crypto::publicKeyFromPem(pem);
    };

    Result<crypto::Key> issuerPublic =
        loadFile(directory, authority_files::issuerPublicKey, publicKey);
    Result<crypto::Key> issuer = loadFile(directory, authority_files::issuerKey, privateKey);
    Result<crypto::Key> authenticationKey =
        loadFile(directory, authority_files::authenticationCaKey, privateKey);
    Result<crypto::Certificate> authenticationCertificate =
        loadFile(directory, authority_files::authenticationCaCertificate, certificate);
    Result<crypto::Key> signatureKey =
        loadFile(directory, authority_files::signatureCaKey, privateKey);
    Result<crypto::Certificate> signatureCertificate =
        loadFile(directory, authority_files::signatureCaCertificate, certificate);
    // The first failure in the layout's order is the one reported.
    if (!issuerPublic) {
        return issuerPublic.error();
    }
    if (!authenticationKey) {
        return authenticationKey.error();
    }
    if (!authenticationCertificate) {
        return authenticationCertificate.error();
    }
    if (!signatureKey) {
        return signatureKey.error();
    }
    if (!signatureCertificate) {
        return signatureCertificate.error();
    }
    if (!issuer) {
        return issuer.error();
    }
    AuthorityKeys authority;
    authority.issuerKey = std::move(issuer).value();
    authority.authenticationCaKey = std::move(authenticationKey).value();
    authority.authenticationCaCertificate = std::move(authenticationCertificate).value();
    authority.signatureCaKey = std::move(signatureKey).value();
    authority.signatureCaCertificate = std::move(signatureCertificate).value();

    if (EVP_PKEY_eq(authority.issuerKey.get(), issuerPublic->get()) != 1) {
        return corrupt(std::string(authority_files::issuerPublicKey) + " does not match " +
                       authority_files::issuerKey + " in " + directory.string());
    }
    for (const CertificateKind kind :
         {CertificateKind::UserAuthentication, CertificateKind::Signature}) {
        if (X509_check_private_key(authority.caCertificate(kind), authority.caKey(kind)) != 1) {
            const bool signature = kind == CertificateKind::Signature;
            return corrupt(std::string(signature ? authority_files::signatureCaKey
                                                 : authority_files::authenticationCaKey) +
                           " does not match its certificate in " + directory.string());
        }
    }
    return authority;
}

X509* AuthorityKeys::caCertificate(CertificateKind kind) const {
    return kind == CertificateKind::Signature ? signatureCaCertificate.get()
                                              : authenticationCaCertificate.get();
}

EVP_PKEY* AuthorityKeys::caKey(CertificateKind kind) const {
    return kind == CertificateKind::Signature ? signatureCaKey.get() : authenticationCaKey.get();
}

} // namespace jpki::issuer
