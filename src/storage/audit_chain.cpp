#include "storage/audit_chain.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace jpki::storage {

namespace {

// Writes `value` big-endian at `out` and returns the position after it.
char* putBigEndian(char* out, std::uint64_t value, int bytes) {
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
        *out++ = static_cast<char>((value >> shift) & 0xff);
    }
    return out;
}

char* putOptional64(char* out, const std::optional<std::int64_t>& value) {
    *out++ = value ? '\x01' : '\x00';
    return value ? putBigEndian(out, static_cast<std::uint64_t>(*value), 8) : out;
}

} // namespace

void encodeChainRow(const Digest& previous, const ChainRow& row, std::string& out) {
    // The fixed-width part is assembled on the stack and appended at once: this runs for every
    // row of a verification.
    std::array<char, 8 + 9 + 9 + 8 + 4> fixed{};
    char* end = putBigEndian(fixed.data(), static_cast<std::uint64_t>(row.sequence), 8);
    end = putOptional64(end, row.caseId);
    end = putOptional64(end, row.staffId);
    end = putBigEndian(end, static_cast<std::uint64_t>(row.atMilliseconds), 8);
    end = putBigEndian(end, row.type.size(), 4);
    out.append(reinterpret_cast<const char*>(previous.data()), previous.size());
    out.append(fixed.data(), static_cast<std::size_t>(end - fixed.data()));
    out.append(row.type);
    char payloadLength[4];
    putBigEndian(payloadLength, row.payload.size(), 4);
    out.append(payloadLength, sizeof payloadLength);
    out.append(row.payload);
}

struct EventHasher::OpenSsl {
    EVP_MD* sha256 = nullptr;
    EVP_MD_CTX* context = nullptr;
};

EventHasher::EventHasher()
    : m_openSsl(new OpenSsl) {
    // An explicit fetch: the implicit one inside EVP_DigestInit costs a lookup on every row.
    m_openSsl->sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    m_openSsl->context = EVP_MD_CTX_new();
    m_buffer.reserve(512);
}

EventHasher::~EventHasher() {
    EVP_MD_CTX_free(m_openSsl->context);
    EVP_MD_free(m_openSsl->sha256);
    delete m_openSsl;
}

Result<Digest> EventHasher::sha256(std::string_view bytes) {
    Digest digest{};
    unsigned int length = 0;
    if (m_openSsl->sha256 == nullptr || m_openSsl->context == nullptr ||
        EVP_DigestInit_ex2(m_openSsl->context, m_openSsl->sha256, nullptr) != 1 ||
        EVP_DigestUpdate(m_openSsl->context, bytes.data(), bytes.size()) != 1 ||
        EVP_DigestFinal_ex(m_openSsl->context, digest.data(), &length) != 1 ||
        length != digest.size()) {
        return StorageError(StorageErrorCode::Internal, "SHA-256 through OpenSSL failed");
    }
    return digest;
}

Result<Digest> EventHasher::hmacSha256(const Digest& key, std::string_view bytes) {
    Digest digest{};
    unsigned int length = 0;
    if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
             reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest.data(),
             &length) == nullptr ||
        length != digest.size()) {
        return StorageError(StorageErrorCode::Internal, "HMAC-SHA-256 through OpenSSL failed");
    }
    return digest;
}

Result<Digest> EventHasher::hash(const Digest& previous, const ChainRow& row) {
    m_buffer.clear();
    encodeChainRow(previous, row, m_buffer);
    return sha256(m_buffer);
}

QString hexDigest(const Digest& digest) {
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest.data()), digest.size()).toHex());
}

std::optional<Digest> digestFromHex(std::string_view hex) {
    const QByteArray bytes =
        QByteArray::fromHex(QByteArray(hex.data(), static_cast<qsizetype>(hex.size())));
    Digest digest{};
    if (hex.size() != 2 * digest.size() || bytes.size() != static_cast<qsizetype>(digest.size())) {
        return std::nullopt;
    }
    std::copy(bytes.begin(), bytes.end(), digest.begin());
    return digest;
}

std::string_view chainBreakKindId(ChainBreakKind kind) {
    switch (kind) {
    case ChainBreakKind::RowRemoved:
        return "row-removed";
    case ChainBreakKind::OutOfOrder:
        return "out-of-order";
    case ChainBreakKind::ContentChanged:
        return "content-changed";
    case ChainBreakKind::AnchorMismatch:
        return "anchor-mismatch";
    }
    return "unknown";
}

QString chainBreakText(const ChainBreak& broken) {
    switch (broken.kind) {
    case ChainBreakKind::RowRemoved:
        //: en: Audit record %1 follows record %2 directly: records %2 to %3 have been removed.
        return QCoreApplication::translate(
                   "jpki::storage",
                   "監査記録 %1 の直前にあるはずの記録 %2～%3 が削除されています。")
            .arg(broken.sequence)
            .arg(broken.expectedSequence)
            .arg(broken.sequence - 1);
    case ChainBreakKind::OutOfOrder:
        //: en: Audit record %1 does not follow the record before it: it was inserted out of order, or the record before it was replaced.
        return QCoreApplication::translate(
                   "jpki::storage",
                   "監査記録 %1 が直前の記録につながっていません。順序を外れて挿入されたか、直前の記録が差し替えられています。")
            .arg(broken.sequence);
    case ChainBreakKind::ContentChanged:
        //: en: The content of audit record %1 was changed after it was recorded.
        return QCoreApplication::translate("jpki::storage",
                                           "監査記録 %1 の内容が記録後に変更されています。")
            .arg(broken.sequence);
    case ChainBreakKind::AnchorMismatch:
        //: en: Audit record %1, confirmed at a day's sign-off, is no longer in the chain as it was signed: records were removed or replaced.
        return QCoreApplication::translate(
                   "jpki::storage",
                   "日次確認(決裁)の時点で確定した監査記録 %1 が、確定時の内容のまま残っていません。記録が削除または差し替えられています。")
            .arg(broken.sequence);
    }
    return {};
}

} // namespace jpki::storage
