// The write-ahead log's format is SQLite's documented file format (section "The WAL File
// Format"): a 32-byte header, then frames of a 24-byte header and one page each. Checksums are
// cumulative over the header and every frame, in the byte order the header's magic names.

#include "storage/wal_check.h"

#include <QFile>
#include <array>
#include <cerrno>
#include <optional>
#include <sys/stat.h>
#include <vector>

namespace jpki::storage::detail {

namespace {

constexpr std::uint32_t kMagicLittleEndian = 0x377f0682;
constexpr std::uint32_t kMagicBigEndian = 0x377f0683;
constexpr qint64 kHeaderSize = 32;
constexpr qint64 kFrameHeaderSize = 24;

std::uint32_t bigEndian32(const unsigned char* bytes) {
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
           (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

std::uint32_t word(const unsigned char* bytes, bool bigEndian) {
    if (bigEndian) {
        return bigEndian32(bytes);
    }
    return (std::uint32_t{bytes[3]} << 24) | (std::uint32_t{bytes[2]} << 16) |
           (std::uint32_t{bytes[1]} << 8) | std::uint32_t{bytes[0]};
}

struct Checksum {
    std::uint32_t s0 = 0;
    std::uint32_t s1 = 0;
    friend bool operator==(const Checksum&, const Checksum&) = default;
};

// SQLite's walChecksumBytes: `size` is a multiple of 8.
Checksum checksum(const unsigned char* data, std::size_t size, Checksum seed, bool bigEndian) {
    for (std::size_t i = 0; i + 8 <= size; i += 8) {
        seed.s0 += word(data + i, bigEndian) + seed.s1;
        seed.s1 += word(data + i + 4, bigEndian) + seed.s0;
    }
    return seed;
}

Checksum stored(const unsigned char* at) {
    return {bigEndian32(at), bigEndian32(at + 4)};
}

bool validPageSize(std::uint32_t size) {
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

} // namespace

Result<std::optional<WalDamage>> inspectWriteAheadLog(const QString& databasePath) {
    const QString logPath = databasePath + QStringLiteral("-wal");
    struct stat info {};
    if (::lstat(QFile::encodeName(logPath).constData(), &info) != 0) {
        if (errno == ENOENT) {
            return std::optional<WalDamage>();
        }
        return StorageError(StorageErrorCode::IoError, "the write-ahead log cannot be looked at");
    }
    // A link, FIFO or device planted as the log: never read (a FIFO would block), never opened.
    if (!S_ISREG(info.st_mode)) {
        return StorageError(StorageErrorCode::NotARegularFile, "the write-ahead log");
    }
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly)) {
        return StorageError(StorageErrorCode::IoError, "the write-ahead log cannot be read");
    }
    std::array<unsigned char, kHeaderSize> header{};
    if (log.read(reinterpret_cast<char*>(header.data()), kHeaderSize) != kHeaderSize) {
        return std::optional<WalDamage>(); // empty or shorter than a header: nothing to replay
    }
    const std::uint32_t magic = bigEndian32(header.data());
    const std::uint32_t pageSize = bigEndian32(header.data() + 8);
    if ((magic != kMagicLittleEndian && magic != kMagicBigEndian) || !validPageSize(pageSize)) {
        // Not a log SQLite would read at all; with frames behind it, they would all be lost.
        if (log.size() > kHeaderSize) {
            return std::optional(WalDamage{0, 0, true});
        }
        return std::optional<WalDamage>();
    }
    const bool bigEndian = magic == kMagicBigEndian;
    const std::uint32_t salt1 = bigEndian32(header.data() + 16);
    const std::uint32_t salt2 = bigEndian32(header.data() + 20);
    const Checksum headerStored = stored(header.data() + 24);
    const bool headerValid = checksum(header.data(), 24, {}, bigEndian) == headerStored;

    std::vector<unsigned char> frame(static_cast<std::size_t>(kFrameHeaderSize + pageSize));
    const auto frameSize = static_cast<qint64>(frame.size());
    Checksum previousStored = headerStored;
    std::int64_t number = 0;
    std::optional<WalDamage> damage;
    bool sqliteStillReading = headerValid;
    while (log.read(reinterpret_cast<char*>(frame.data()), frameSize) == frameSize) {
        ++number;
        const bool saltsMatch =
            bigEndian32(frame.data() + 8) == salt1 && bigEndian32(frame.data() + 12) == salt2;
        Checksum sum = checksum(frame.data(), 8, previousStored, bigEndian);
        sum = checksum(frame.data() + kFrameHeaderSize, pageSize, sum, bigEndian);
        const Checksum frameStored = stored(frame.data() + 16);
        const bool valid = saltsMatch && sum == frameStored;
        if (sqliteStillReading && !valid) {
            sqliteStillReading = false; // SQLite stops here
            damage = WalDamage{number, 0, false};
        } else if (!sqliteStillReading && valid) {
            // A frame of this generation that SQLite would never reach: written, so committed
            // after the bad one (a crash tears only the last frame).
            if (!damage) {
                damage = WalDamage{number, 0, !headerValid};
            }
            ++damage->framesAfter;
        }
        previousStored = frameStored;
    }
    if (damage && damage->framesAfter > 0) {
        return damage;
    }
    return std::optional<WalDamage>();
}

} // namespace jpki::storage::detail
