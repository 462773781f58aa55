#pragma once

// The authority's append-only ledger of issued and revoked serials and published CRLs: one text
// line per event, each with a checksum, appended and synced to disk before the operation it
// records returns (write-ahead). The last line, when a crash tore it (no newline, or a checksum
// that does not match), is ignored, cut off and reported; any other bad line makes the ledger
// corrupt. Several processes may share the file: every operation takes an exclusive lock on it
// and first reads what the others appended.

#include "domain/date.h"
#include "domain/validity.h"
#include "issuer/authority.h"
#include "issuer/durable_file.h"
#include "issuer/result.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jpki::issuer {

struct Revocation {
    RevocationReason reason = RevocationReason::Unspecified;
    std::chrono::sys_seconds at{};
};

struct IssuedSerial {
    domain::CertificateKind kind = domain::CertificateKind::UserAuthentication;
    domain::Date notBefore{};
    domain::Date notAfter{};
    std::chrono::sys_seconds issuedAt{};
    std::optional<Revocation> revocation;
};

// A torn last line found on reading: where it was and how many bytes were cut off.
struct TornLine {
    std::size_t lineNumber = 0;
    std::size_t length = 0;
};

class Ledger {
public:
    // Opens the ledger file, creating it (mode 0600) when absent, and reads it.
    static Result<Ledger> open(const std::filesystem::path& file);

    // SerialInUse when the serial is already in the ledger.
    Result<void> recordIssued(std::string_view serialHex, const IssuedSerial& issued);
    // UnknownSerial when no certificate of that kind has the serial.
    Result<RevokeOutcome> recordRevoked(domain::CertificateKind kind, std::string_view serialHex,
                                        const Revocation& revocation);
    // The number of the CRL about to be published: one more than the kind's last.
    Result<std::uint64_t> recordCrl(domain::CertificateKind kind, std::chrono::sys_seconds at);
    // Reads what other processes appended since.
    Result<void> refresh();

    // Upper-case hex serial -> what the ledger says of it, as of the last operation.
    const std::map<std::string, IssuedSerial, std::less<>>& serials() const { return m_serials; }
    const std::vector<TornLine>& tornLines() const { return m_tornLines; }

private:
    class Lock;

    Ledger(FileDescriptor descriptor, std::filesystem::path file);
    // Under the lock: parses the lines appended since the last read.
    Result<void> catchUp();
    Result<void> apply(const std::vector<std::string_view>& words, std::size_t lineNumber);
    Result<void> append(const std::string& text);
    template <typename Body> auto locked(Body body) -> decltype(body());

    FileDescriptor m_descriptor;
    std::filesystem::path m_file;
    std::uint64_t m_readOffset = 0; // bytes of whole lines already applied
    std::size_t m_lineCount = 0;
    std::map<std::string, IssuedSerial, std::less<>> m_serials;
    std::map<domain::CertificateKind, std::uint64_t> m_lastCrlNumber;
    std::vector<TornLine> m_tornLines;
};

} // namespace jpki::issuer
