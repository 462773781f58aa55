#include "issuer/local_authority.h"

#include "card/hex.h"
#include "issuer/crl.h"
#include "issuer/durable_file.h"
#include "issuer/x509_builder.h"

#include <algorithm>
#include <cctype>
#include <openssl/err.h>

namespace jpki::issuer {

namespace {

namespace fs = std::filesystem;
using domain::CertificateKind;

// A random 128-bit serial collides with an earlier one about never; the retries are for a serial
// source that repeats itself, which the ledger check must catch.
constexpr int serialAttempts = 8;
// The CRL says when the next one is due; the local authority publishes on demand.
constexpr std::chrono::hours crlLifetime{24};

IssuerError invalid(const std::string& what) {
    return IssuerError(IssuerErrorCode::InvalidRequest, what);
}

IssuerError cryptoFailure(const crypto::CryptoError& error) {
    return IssuerError(IssuerErrorCode::CryptoFailure, error.what());
}

// The four items as card::Certificate::holderInfo() reads them back.
Result<HolderAttributes> holderAttributesOf(const card::BasicInfo& holder) {
    if (holder.name.empty() || holder.address.empty() || !holder.birthDate) {
        return invalid("the holder's name, address and birth date are all needed");
    }
    std::string sex;
    switch (holder.sex) {
    case card::Sex::Male:
        sex = "1";
        break;
    case card::Sex::Female:
        sex = "2";
        break;
    case card::Sex::NotKnown:
        sex = "3";
        break;
    case card::Sex::NotApplicable:
        return invalid("a certificate has no code for sex 'not applicable'");
    }
    return HolderAttributes{holder.name, sex, jlisBirthDate(*holder.birthDate), holder.address};
}

Result<void> checkRequest(const IssueRequest& request) {
    if (!request.notBefore.ok() || !request.notAfter.ok() || request.notAfter < request.notBefore) {
        return invalid("the validity ends before it begins");
    }
    const bool signature = request.kind == CertificateKind::Signature;
    if (signature && !request.holder) {
        return invalid("a signature certificate needs the holder's four items");
    }
    if (!signature && request.holder) {
        return invalid("a user-authentication certificate carries no personal items");
    }
    return {};
}

// The card's key: RSA of 2048 bits or more, as DER SubjectPublicKeyInfo.
Result<crypto::Key> subjectKeyOf(const card::Bytes& der) {
    crypto::Key key;
    try {
        key = crypto::publicKeyFromDer(der);
    } catch (const crypto::CryptoError&) {
        ERR_clear_error();
        return invalid("the public key is not a DER SubjectPublicKeyInfo");
    }
    if (EVP_PKEY_is_a(key.get(), "RSA") != 1 || EVP_PKEY_get_bits(key.get()) < 2048) {
        return invalid("the public key is not RSA of 2048 bits or more");
    }
    return key;
}

std::string upperCase(std::string_view text) {
    std::string upper(text);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return upper;
}

const char* crlFile(CertificateKind kind) {
    return kind == CertificateKind::Signature ? authority_files::signatureCrl
                                              : authority_files::authenticationCrl;
}

} // namespace

LocalAuthority::LocalAuthority(fs::path directory, AuthorityKeys keys, Ledger ledger,
                               LocalAuthorityOptions options)
    : m_directory(std::move(directory))
    , m_keys(std::move(keys))
    , m_ledger(std::move(ledger))
    , m_options(std::move(options)) {}

Result<LocalAuthority> LocalAuthority::withLedger(const fs::path& directory, AuthorityKeys keys,
                                                  LocalAuthorityOptions options) {
    Result<Ledger> ledger = Ledger::open(directory / authority_files::ledger);
    if (!ledger) {
        return ledger.error();
    }
    return LocalAuthority(directory, std::move(keys), std::move(ledger).value(),
                          std::move(options));
}

Result<LocalAuthority> LocalAuthority::create(const fs::path& directory, const domain::Date& today,
                                              LocalAuthorityOptions options) {
    if (fs::exists(directory / authority_files::ledger)) {
        return IssuerError(IssuerErrorCode::AuthorityExists,
                           directory.string() + " already holds a ledger");
    }
    Result<AuthorityKeys> keys = AuthorityKeys::create(today, options.marking, options.keys);
    if (!keys) {
        return keys.error();
    }
    if (Result<void> saved = keys->save(directory); !saved) {
        return saved.error();
    }
    return withLedger(directory, std::move(keys).value(), std::move(options));
}

Result<LocalAuthority> LocalAuthority::open(const fs::path& directory,
                                            LocalAuthorityOptions options) {
    Result<AuthorityKeys> keys = AuthorityKeys::load(directory);
    if (!keys) {
        return keys.error();
    }
    return withLedger(directory, std::move(keys).value(), std::move(options));
}

Result<LocalAuthority> LocalAuthority::openOrCreate(const fs::path& directory,
                                                    const domain::Date& today,
                                                    LocalAuthorityOptions options) {
    Result<LocalAuthority> opened = open(directory, options);
    if (!opened && opened.error().code == IssuerErrorCode::AuthorityMissing) {
        return create(directory, today, std::move(options));
    }
    return opened;
}

std::chrono::sys_seconds LocalAuthority::now() const {
    return m_options.clock
               ? m_options.clock()
               : std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

card::Result<card::Bytes> LocalAuthority::answerChallenge(card::Applet,
                                                          std::span<const std::uint8_t> challenge) {
    try {
        return crypto::signSha256(m_keys.issuerKey.get(), challenge);
    } catch (const crypto::CryptoError&) {
        return card::CardError(card::CardErrorCode::CryptoFailure, "issuer's challenge signature");
    }
}

Result<card::Certificate> LocalAuthority::issue(const IssueRequest& request) {
    if (Result<void> checked = checkRequest(request); !checked) {
        return checked.error();
    }
    Result<crypto::Key> subjectKey = subjectKeyOf(request.publicKey);
    if (!subjectKey) {
        return subjectKey.error();
    }
    CertificateSpec spec;
    spec.firstDay = request.notBefore;
    spec.lastDay = request.notAfter;
    // The subject's common name on J-LIS certificates is an opaque serial, not the holder's name.
    spec.subject = {{"C", "JP"}, {"CN", opaqueCommonName()}};
    spec.role = request.kind == CertificateKind::Signature ? CertificateRole::Signature
                                                           : CertificateRole::UserAuthentication;
    if (request.holder) {
        Result<HolderAttributes> holder = holderAttributesOf(*request.holder);
        if (!holder) {
            return holder.error();
        }
        spec.holder = std::move(holder).value();
    }
    if (Result<void> fresh = m_ledger.refresh(); !fresh) {
        return fresh.error();
    }
    try {
        for (int attempt = 0; attempt < serialAttempts; ++attempt) {
            spec.serial = m_options.serials ? m_options.serials() : randomSerial();
            if (m_ledger.serials().contains(card::toHex(spec.serial))) {
                continue;
            }
            const crypto::Certificate built =
                issueCertificate(spec, subjectKey->get(), m_keys.caCertificate(request.kind),
                                 m_keys.caKey(request.kind));
            card::Result<card::Certificate> certificate =
                card::Certificate::fromDer(crypto::certificateToDer(built.get()));
            if (!certificate) {
                return IssuerError(IssuerErrorCode::CryptoFailure,
                                   "the new certificate does not parse back");
            }
            // Write-ahead: the ledger holds the serial before anyone holds the certificate.
            Result<void> recorded = m_ledger.recordIssued(
                certificate->serialHex(),
                IssuedSerial{request.kind, request.notBefore, request.notAfter, now(), {}});
            if (recorded) {
                return std::move(certificate).value();
            }
            if (recorded.error().code != IssuerErrorCode::SerialInUse) {
                return recorded.error();
            }
        }
    } catch (const crypto::CryptoError& error) {
        return cryptoFailure(error);
    }
    return IssuerError(IssuerErrorCode::CryptoFailure, "no unused serial number after " +
                                                           std::to_string(serialAttempts) +
                                                           " draws");
}

Result<RevokeOutcome> LocalAuthority::revoke(CertificateKind kind, std::string_view serialHex,
                                             RevocationReason reason) {
    return m_ledger.recordRevoked(kind, upperCase(serialHex), Revocation{reason, now()});
}

Result<card::Bytes> LocalAuthority::publishCrl(CertificateKind kind) {
    const std::chrono::sys_seconds at = now();
    Result<std::uint64_t> number = m_ledger.recordCrl(kind, at);
    if (!number) {
        return number.error();
    }
    CrlSpec spec;
    spec.number = *number;
    spec.thisUpdate = at;
    spec.nextUpdate = at + crlLifetime;
    for (const auto& [serial, issued] : m_ledger.serials()) {
        if (issued.kind == kind && issued.revocation) {
            spec.entries.push_back(
                {*card::fromHex(serial), issued.revocation->at, issued.revocation->reason});
        }
    }
    card::Bytes der;
    try {
        der = buildCrl(spec, m_keys.caCertificate(kind), m_keys.caKey(kind));
    } catch (const crypto::CryptoError& error) {
        return cryptoFailure(error);
    }
    const std::string_view text(reinterpret_cast<const char*>(der.data()), der.size());
    if (Result<void> written =
            writeFileDurably(m_directory / crlFile(kind), text, platform::kPrivateFileMode);
        !written) {
        return written.error();
    }
    return der;
}

Result<void> LocalAuthority::recordIssued(CertificateKind kind,
                                          const card::Certificate& certificate) {
    X509* ca = m_keys.caCertificate(kind);
    bool signedHere = false;
    try {
        const crypto::Certificate copy = crypto::certificateFromDer(certificate.der());
        signedHere =
            X509_NAME_cmp(X509_get_issuer_name(copy.get()), X509_get_subject_name(ca)) == 0 &&
            X509_verify(copy.get(), m_keys.caKey(kind)) == 1;
    } catch (const crypto::CryptoError& error) {
        return cryptoFailure(error);
    }
    ERR_clear_error(); // a failed verification leaves reasons no one reads
    if (!signedHere) {
        return IssuerError(IssuerErrorCode::NotIssuedHere,
                           "certificate " + certificate.serialHex() + " was not signed by this CA");
    }
    return m_ledger.recordIssued(
        certificate.serialHex(),
        IssuedSerial{kind, certificate.notBefore(), certificate.notAfter(), now(), {}});
}

Result<std::map<std::string, IssuedSerial, std::less<>>> LocalAuthority::serials() {
    if (Result<void> fresh = m_ledger.refresh(); !fresh) {
        return fresh.error();
    }
    return m_ledger.serials();
}

} // namespace jpki::issuer
