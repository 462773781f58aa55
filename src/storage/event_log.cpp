#include "storage/event_log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <array>

namespace jpki::storage::detail {

namespace {

constexpr qsizetype kMaxTypeLength = 64;

// Keys that name a secret anywhere in them (after lower-casing and dropping separators).
constexpr std::array kSecretWords{
    std::u16string_view(u"password"),         std::u16string_view(u"passphrase"),
    std::u16string_view(u"passwd"),           std::u16string_view(u"mynumber"),
    std::u16string_view(u"individualnumber"), std::u16string_view(u"personalnumber"),
    std::u16string_view(u"kojinbango"),       std::u16string_view(u"個人番号"),
    std::u16string_view(u"マイナンバー"),     std::u16string_view(u"暗証番号"),
    std::u16string_view(u"パスワード"),
};
// Keys that are a PIN only as a whole word: "pin_kind" and "pin_tries_left" are fine.
constexpr std::array kPinKeys{
    std::u16string_view(u"pin"),        std::u16string_view(u"pins"),
    std::u16string_view(u"newpin"),     std::u16string_view(u"oldpin"),
    std::u16string_view(u"currentpin"), std::u16string_view(u"pincode"),
};

QString normalisedKey(const QString& key) {
    QString folded = key.toLower();
    folded.removeIf([](QChar c) {
        return c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char(' ') ||
               c == QLatin1Char('.');
    });
    return folded;
}

bool namesSecret(const QString& key) {
    const QString folded = normalisedKey(key);
    const std::u16string_view view(reinterpret_cast<const char16_t*>(folded.utf16()),
                                   static_cast<std::size_t>(folded.size()));
    return std::any_of(kSecretWords.begin(), kSecretWords.end(),
                       [&](std::u16string_view word) {
                           return view.find(word) != std::u16string_view::npos;
                       }) ||
           std::find(kPinKeys.begin(), kPinKeys.end(), view) != kPinKeys.end();
}

std::optional<QString> secretKeyIn(const QJsonValue& value);

std::optional<QString> secretKeyIn(const QJsonObject& object) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (namesSecret(it.key())) {
            return it.key();
        }
        if (auto nested = secretKeyIn(it.value())) {
            return nested;
        }
    }
    return std::nullopt;
}

std::optional<QString> secretKeyIn(const QJsonValue& value) {
    if (value.isObject()) {
        return secretKeyIn(value.toObject());
    }
    if (value.isArray()) {
        for (const QJsonValue& element : value.toArray()) {
            if (auto nested = secretKeyIn(element)) {
                return nested;
            }
        }
    }
    return std::nullopt;
}

bool isStableId(const QString& type) {
    if (type.isEmpty() || type.size() > kMaxTypeLength) {
        return false;
    }
    return std::all_of(type.begin(), type.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
    });
}

void appendField(QByteArray& out, const std::optional<QString>& field) {
    if (!field) {
        out.append('\x00');
        return;
    }
    const QByteArray utf8 = field->toUtf8();
    out.append('\x01');
    const auto size = static_cast<std::uint32_t>(utf8.size());
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(static_cast<char>((size >> shift) & 0xff));
    }
    out.append(utf8);
}

} // namespace

QString typeText(std::string_view id) {
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

Result<ChainHead> chainHead(sqlite::Connection& connection) {
    auto statement =
        connection.cached("SELECT seq, hash, at FROM case_events ORDER BY seq DESC LIMIT 1");
    if (!statement) {
        return statement.error();
    }
    auto row = (*statement)->step();
    if (!row) {
        return row.error();
    }
    ChainHead head;
    if (*row) {
        head.sequence = (*statement)->readInt(0);
        const auto stored = (*statement)->readBlob(1);
        if (stored.size() != head.hash.size()) {
            return StorageError(StorageErrorCode::InvalidData, "the chain head's hash");
        }
        std::copy(stored.begin(), stored.end(), head.hash.begin());
        head.atMilliseconds = (*statement)->readInt(2);
    }
    return head;
}

Result<std::int64_t> nextSequence(StoreCore& core) {
    auto head = chainHead(*core.connection);
    if (!head) {
        return head.error();
    }
    return head->sequence + 1;
}

Result<StampedTime> stampTime(StoreCore& core, Timestamp reading) {
    auto head = chainHead(*core.connection);
    if (!head) {
        return head.error();
    }
    const Timestamp headAt = fromUnixMilliseconds(head->atMilliseconds);
    if (head->sequence == 0 || reading >= headAt) {
        return StampedTime{reading, std::nullopt};
    }
    return StampedTime{headAt, reading};
}

Result<AppendedEvent> appendEvent(StoreCore& core, const EventInput& event) {
    return appendEvent(*core.connection, core.hasher, event);
}

Result<AppendedEvent> appendEvent(sqlite::Connection& connection, EventHasher& hasher,
                                  const EventInput& event) {
    if (!connection.inTransaction()) {
        return StorageError(StorageErrorCode::Internal, "an event appended outside a write");
    }
    if (!isStableId(event.type)) {
        return StorageError(StorageErrorCode::InvalidArgument,
                            "an event type must be a stable id (a-z, 0-9, -)");
    }
    if (auto key = secretKeyIn(event.payload)) {
        // The key's name is not secret; its value is never looked at or logged.
        return StorageError(StorageErrorCode::SecretRefused,
                            "payload key \"" + key->toStdString() + "\"");
    }
    auto head = chainHead(connection);
    if (!head) {
        return head.error();
    }
    // A writer that did not stamp its time is held to the same rule here.
    std::int64_t at = toUnixMilliseconds(event.at);
    std::optional<std::int64_t> reading;
    if (event.clockReading) {
        reading = toUnixMilliseconds(*event.clockReading);
    }
    if (head->sequence > 0 && at < head->atMilliseconds) {
        reading = reading ? std::min(*reading, at) : at;
        at = head->atMilliseconds;
    }
    QJsonObject stored = event.payload;
    if (reading && *reading < at) {
        stored.insert(typeText(kClockBehindKey), static_cast<qint64>(at - *reading));
    }
    const QByteArray type = event.type.toLatin1();
    const QByteArray payload = QJsonDocument(stored).toJson(QJsonDocument::Compact);
    ChainRow row;
    row.sequence = head->sequence + 1;
    if (event.caseId) {
        row.caseId = rawId(*event.caseId);
    }
    if (event.staff) {
        row.staffId = rawId(*event.staff);
    }
    row.atMilliseconds = at;
    row.type = std::string_view(type.constData(), static_cast<std::size_t>(type.size()));
    row.payload = std::string_view(payload.constData(), static_cast<std::size_t>(payload.size()));
    auto hash = hasher.hash(head->hash, row);
    if (!hash) {
        return hash.error();
    }
    auto insert = connection.cached(
        "INSERT INTO case_events (seq, case_id, staff_id, at, event_type, payload, prev_hash, hash)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert) {
        return insert.error();
    }
    (*insert)
        ->bind(1, row.sequence)
        .bind(2, row.caseId)
        .bind(3, row.staffId)
        .bind(4, row.atMilliseconds)
        .bind(5, row.type)
        .bind(6, row.payload)
        .bindBlob(7, head->hash)
        .bindBlob(8, *hash);
    auto inserted = (*insert)->execute();
    if (!inserted) {
        return inserted.error();
    }
    return AppendedEvent{row.sequence, *hash, fromUnixMilliseconds(at)};
}

namespace {

QByteArray encodedApplicant(const ApplicantDetails& applicant) {
    QByteArray encoded;
    appendField(encoded, applicant.name);
    appendField(encoded, applicant.kana);
    appendField(encoded, applicant.birthDate ? std::optional<QString>(QString::fromStdString(
                                                   domain::formatIsoDate(*applicant.birthDate)))
                                             : std::nullopt);
    appendField(encoded, applicant.address);
    return encoded;
}

constexpr QLatin1StringView kKeyedDigestPrefix("hmac-sha256:");

} // namespace

Result<QString> credentialDigest(EventHasher& hasher, const PasswordHash& password) {
    QByteArray encoded;
    appendField(encoded, password.kdf);
    appendField(encoded, QString::number(password.parameters.log2N));
    appendField(encoded, QString::number(password.parameters.r));
    appendField(encoded, QString::number(password.parameters.p));
    for (const auto* bytes : {&password.salt, &password.hash}) {
        appendField(encoded,
                    QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes->data()),
                                                   static_cast<qsizetype>(bytes->size()))
                                            .toHex()));
    }
    auto digest = hasher.sha256(
        std::string_view(encoded.constData(), static_cast<std::size_t>(encoded.size())));
    if (!digest) {
        return digest.error();
    }
    return hexDigest(*digest);
}

Result<QString> applicantDigest(StoreCore& core, const ApplicantDetails& applicant) {
    if (!core.applicantKey) {
        return StorageError(StorageErrorCode::InvalidData, "the store has no applicant key");
    }
    const QByteArray encoded = encodedApplicant(applicant);
    auto digest = core.hasher.hmacSha256(
        *core.applicantKey,
        std::string_view(encoded.constData(), static_cast<std::size_t>(encoded.size())));
    if (!digest) {
        return digest.error();
    }
    return kKeyedDigestPrefix + hexDigest(*digest);
}

Result<bool> applicantMatches(StoreCore& core, const QString& stored,
                              const ApplicantDetails& applicant) {
    if (stored.startsWith(kKeyedDigestPrefix)) {
        if (!core.applicantKey) {
            return false;
        }
        auto digest = applicantDigest(core, applicant);
        if (!digest) {
            return digest.error();
        }
        return *digest == stored;
    }
    // Written before the store had a key: plain SHA-256.
    const QByteArray encoded = encodedApplicant(applicant);
    auto digest = core.hasher.sha256(
        std::string_view(encoded.constData(), static_cast<std::size_t>(encoded.size())));
    if (!digest) {
        return digest.error();
    }
    return hexDigest(*digest) == stored;
}

} // namespace jpki::storage::detail
