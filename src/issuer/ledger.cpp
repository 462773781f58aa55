#include "issuer/ledger.h"

#include "card/hex.h"
#include "issuer/crypto.h"
#include "issuer/durable_file.h"

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jpki::issuer {

namespace {

namespace fs = std::filesystem;
using namespace std::chrono;
using domain::CertificateKind;

constexpr std::string_view headerLine = "jpki-issuer ledger v1";
constexpr std::size_t checksumDigits = 16;

IssuerError corrupt(std::size_t lineNumber, const std::string& what) {
    return IssuerError(IssuerErrorCode::CorruptLedger,
                       "ledger line " + std::to_string(lineNumber) + ": " + what);
}

std::string_view kindToken(CertificateKind kind) {
    return kind == CertificateKind::Signature ? "sign" : "auth";
}

std::optional<CertificateKind> kindFromToken(std::string_view token) {
    if (token == "auth") {
        return CertificateKind::UserAuthentication;
    }
    if (token == "sign") {
        return CertificateKind::Signature;
    }
    return std::nullopt;
}

std::string formatInstant(sys_seconds instant) {
    const std::time_t seconds = system_clock::to_time_t(instant);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::optional<sys_seconds> parseInstant(std::string_view text) {
    // YYYY-MM-DDTHH:MM:SSZ
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
        text[19] != 'Z') {
        return std::nullopt;
    }
    const std::optional<domain::Date> day = domain::parseIsoDate(text.substr(0, 10));
    int parts[3] = {};
    for (int index = 0; index < 3; ++index) {
        const char* first = text.data() + 11 + 3 * index;
        if (std::from_chars(first, first + 2, parts[index]).ptr != first + 2) {
            return std::nullopt;
        }
    }
    if (!day || parts[0] > 23 || parts[1] > 59 || parts[2] > 59) {
        return std::nullopt;
    }
    return sys_days(*day) + hours(parts[0]) + minutes(parts[1]) + seconds(parts[2]);
}

bool isSerialText(std::string_view text) {
    if (text.empty() || text.size() % 2 != 0 || text.size() > 40) {
        return false;
    }
    return text.find_first_not_of("0123456789ABCDEF") == std::string_view::npos;
}

std::string checksumOf(std::string_view text) {
    const crypto::Bytes digest =
        crypto::sha256({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
    return card::toHex(digest).substr(0, checksumDigits);
}

std::vector<std::string_view> splitWords(std::string_view text) {
    std::vector<std::string_view> words;
    while (!text.empty()) {
        const std::size_t space = text.find(' ');
        words.push_back(text.substr(0, space));
        text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    }
    return words;
}

// The words of a line whose checksum matches; nothing for a damaged line.
std::optional<std::vector<std::string_view>> verifiedWords(std::string_view line) {
    const std::size_t space = line.rfind(' ');
    if (space == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view text = line.substr(0, space);
    if (line.substr(space + 1) != checksumOf(text)) {
        return std::nullopt;
    }
    return splitWords(text);
}

} // namespace

// flock() on the ledger's own descriptor: it excludes other processes and other Ledger objects
// of this process alike, and is released when the holder dies.
class Ledger::Lock {
public:
    explicit Lock(int descriptor)
        : m_descriptor(descriptor) {
        int result = 0;
        do {
            result = ::flock(m_descriptor, LOCK_EX);
        } while (result != 0 && errno == EINTR);
        m_held = result == 0;
    }
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;
    ~Lock() {
        if (m_held) {
            ::flock(m_descriptor, LOCK_UN);
        }
    }
    bool held() const { return m_held; }

private:
    int m_descriptor;
    bool m_held = false;
};

Ledger::Ledger(FileDescriptor descriptor, fs::path file)
    : m_descriptor(std::move(descriptor))
    , m_file(std::move(file)) {}

Result<Ledger> Ledger::open(const fs::path& file) {
    FileDescriptor descriptor(::open(file.c_str(), O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC,
                                     platform::kPrivateFileMode));
    const bool created = descriptor.valid();
    if (created && ::fchmod(descriptor.get(), platform::kPrivateFileMode) != 0) {
        return IssuerError(IssuerErrorCode::StorageFailure, systemFailure("cannot chmod", file));
    }
    if (!created && errno == EEXIST) {
        descriptor = FileDescriptor(::open(file.c_str(), O_RDWR | O_APPEND | O_CLOEXEC));
    }
    if (!descriptor.valid()) {
        return IssuerError(IssuerErrorCode::StorageFailure, systemFailure("cannot open", file));
    }
    if (created) {
        if (Result<void> synced = syncDirectory(file.parent_path()); !synced) {
            return synced.error();
        }
    }
    Ledger ledger(std::move(descriptor), file);
    if (Result<void> read = ledger.refresh(); !read) {
        return read.error();
    }
    return ledger;
}

template <typename Body> auto Ledger::locked(Body body) -> decltype(body()) {
    const Lock lock(m_descriptor.get());
    if (!lock.held()) {
        return IssuerError(IssuerErrorCode::StorageFailure, systemFailure("cannot lock", m_file));
    }
    try {
        if (Result<void> caught = catchUp(); !caught) {
            return caught.error();
        }
        return body();
    } catch (const crypto::CryptoError& error) {
        return IssuerError(IssuerErrorCode::CryptoFailure, error.what());
    }
}

Result<void> Ledger::refresh() {
    return locked([] { return Result<void>(); });
}

Result<void> Ledger::catchUp() {
    struct stat status {};
    if (::fstat(m_descriptor.get(), &status) != 0) {
        return IssuerError(IssuerErrorCode::StorageFailure, systemFailure("cannot stat", m_file));
    }
    const auto size = static_cast<std::uint64_t>(status.st_size);
    if (size < m_readOffset) {
        return IssuerError(IssuerErrorCode::CorruptLedger, m_file.string() + " became shorter");
    }
    std::string unread(size - m_readOffset, '\0');
    std::size_t filled = 0;
    while (filled < unread.size()) {
        const ssize_t got =
            ::pread(m_descriptor.get(), unread.data() + filled, unread.size() - filled,
                    static_cast<off_t>(m_readOffset + filled));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return IssuerError(IssuerErrorCode::StorageFailure,
                               systemFailure("cannot read", m_file));
        }
        filled += static_cast<std::size_t>(got);
    }

    const std::uint64_t base = m_readOffset;
    std::size_t position = 0;
    while (position < unread.size()) {
        const std::size_t newline = unread.find('\n', position);
        const bool complete = newline != std::string::npos;
        const std::string_view line = std::string_view(unread).substr(
            position, complete ? newline - position : std::string_view::npos);
        const std::size_t lineNumber = m_lineCount + 1;
        const bool last = !complete || newline + 1 == unread.size();
        bool intact = complete;
        if (intact && lineNumber == 1 && line != headerLine) {
            return corrupt(1, "not a ledger of this version (\"" + std::string(headerLine) + "\")");
        }
        std::optional<std::vector<std::string_view>> words;
        if (intact && lineNumber > 1) {
            words = verifiedWords(line);
            intact = words.has_value();
        }
        if (!intact) {
            if (!last || (lineNumber == 1 && !headerLine.starts_with(line))) {
                return corrupt(lineNumber, "damaged (checksum or line end)");
            }
            // A crash tore the last append: that operation never returned, so nothing was lost.
            const std::uint64_t goodLength = base + position;
            if (::ftruncate(m_descriptor.get(), static_cast<off_t>(goodLength)) != 0 ||
                ::fsync(m_descriptor.get()) != 0) {
                return IssuerError(IssuerErrorCode::StorageFailure,
                                   systemFailure("cannot cut the torn line of", m_file));
            }
            m_tornLines.push_back({lineNumber, unread.size() - position});
            break;
        }
        if (words) {
            if (Result<void> applied = apply(*words, lineNumber); !applied) {
                return applied;
            }
        }
        ++m_lineCount;
        position = newline + 1;
        m_readOffset = base + position;
    }
    if (m_lineCount == 0) {
        return append(std::string(headerLine));
    }
    return {};
}

Result<void> Ledger::apply(const std::vector<std::string_view>& words, std::size_t lineNumber) {
    if (words.empty()) {
        return corrupt(lineNumber, "empty entry");
    }
    const std::string_view type = words[0];
    const std::optional<CertificateKind> kind =
        words.size() > 1 ? kindFromToken(words[1]) : std::nullopt;
    if (!kind) {
        return corrupt(lineNumber, "no certificate kind");
    }
    if (type == "issued" && words.size() == 6 && isSerialText(words[2])) {
        const auto notBefore = domain::parseIsoDate(words[3]);
        const auto notAfter = domain::parseIsoDate(words[4]);
        const auto at = parseInstant(words[5]);
        if (!notBefore || !notAfter || !at) {
            return corrupt(lineNumber, "unreadable issue");
        }
        if (!m_serials
                 .emplace(std::string(words[2]),
                          IssuedSerial{*kind, *notBefore, *notAfter, *at, std::nullopt})
                 .second) {
            return corrupt(lineNumber, "serial issued twice");
        }
        return {};
    }
    if (type == "revoked" && words.size() == 5) {
        const auto found = m_serials.find(words[2]);
        const auto reason = reasonFromName(words[3]);
        const auto at = parseInstant(words[4]);
        if (found == m_serials.end() || found->second.kind != *kind || found->second.revocation ||
            !reason || !at) {
            return corrupt(lineNumber, "revocation of no issued, unrevoked serial");
        }
        found->second.revocation = Revocation{*reason, *at};
        return {};
    }
    if (type == "crl" && words.size() == 4) {
        std::uint64_t number = 0;
        const auto parsed =
            std::from_chars(words[2].data(), words[2].data() + words[2].size(), number);
        if (parsed.ptr != words[2].data() + words[2].size() || !parseInstant(words[3]) ||
            number <= m_lastCrlNumber[*kind]) {
            return corrupt(lineNumber, "CRL number not above the last");
        }
        m_lastCrlNumber[*kind] = number;
        return {};
    }
    return corrupt(lineNumber, "unknown entry");
}

Result<void> Ledger::append(const std::string& text) {
    const std::string line = m_lineCount == 0 ? text + "\n" : text + " " + checksumOf(text) + "\n";
    if (!writeAll(m_descriptor.get(), line) || ::fsync(m_descriptor.get()) != 0) {
        return IssuerError(IssuerErrorCode::StorageFailure,
                           systemFailure("cannot append to", m_file));
    }
    ++m_lineCount;
    m_readOffset += line.size();
    return m_lineCount == 1 ? Result<void>() : apply(splitWords(text), m_lineCount);
}

Result<void> Ledger::recordIssued(std::string_view serialHex, const IssuedSerial& issued) {
    return locked([&]() -> Result<void> {
        if (!isSerialText(serialHex)) {
            return IssuerError(IssuerErrorCode::InvalidRequest, "serial is not upper-case hex");
        }
        if (m_serials.contains(serialHex)) {
            return IssuerError(IssuerErrorCode::SerialInUse,
                               "serial " + std::string(serialHex) + " is in the ledger");
        }
        return append("issued " + std::string(kindToken(issued.kind)) + " " +
                      std::string(serialHex) + " " + domain::formatIsoDate(issued.notBefore) + " " +
                      domain::formatIsoDate(issued.notAfter) + " " +
                      formatInstant(issued.issuedAt));
    });
}

Result<RevokeOutcome> Ledger::recordRevoked(CertificateKind kind, std::string_view serialHex,
                                            const Revocation& revocation) {
    return locked([&]() -> Result<RevokeOutcome> {
        const auto found = m_serials.find(serialHex);
        if (found == m_serials.end() || found->second.kind != kind) {
            return IssuerError(IssuerErrorCode::UnknownSerial,
                               "no " + std::string(kindToken(kind)) + " certificate with serial " +
                                   std::string(serialHex));
        }
        if (found->second.revocation) {
            return RevokeOutcome::AlreadyRevoked;
        }
        Result<void> appended =
            append("revoked " + std::string(kindToken(kind)) + " " + std::string(serialHex) + " " +
                   std::string(reasonName(revocation.reason)) + " " + formatInstant(revocation.at));
        if (!appended) {
            return appended.error();
        }
        return RevokeOutcome::Revoked;
    });
}

Result<std::uint64_t> Ledger::recordCrl(CertificateKind kind, sys_seconds at) {
    return locked([&]() -> Result<std::uint64_t> {
        const std::uint64_t number = m_lastCrlNumber[kind] + 1;
        Result<void> appended = append("crl " + std::string(kindToken(kind)) + " " +
                                       std::to_string(number) + " " + formatInstant(at));
        if (!appended) {
            return appended.error();
        }
        return number;
    });
}

} // namespace jpki::issuer
