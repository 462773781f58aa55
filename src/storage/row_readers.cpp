#include "storage/row_readers.h"

#include <QJsonDocument>
#include <algorithm>

namespace jpki::storage::detail {

namespace {

StorageError invalid(std::string_view what) {
    return StorageError(StorageErrorCode::InvalidData, std::string(what));
}

Timestamp timeAt(const sqlite::Statement& row, int column) {
    return fromUnixMilliseconds(row.readInt(column));
}

std::optional<Timestamp> optionalTimeAt(const sqlite::Statement& row, int column) {
    const auto value = row.readOptionalInt(column);
    if (!value) {
        return std::nullopt;
    }
    return fromUnixMilliseconds(*value);
}

std::optional<domain::Date> dateAt(const sqlite::Statement& row, int column) {
    return domain::parseIsoDate(row.readTextView(column));
}

bool readDigest(const sqlite::Statement& row, int column, Digest& out) {
    const auto bytes = row.readBlob(column);
    if (bytes.size() != out.size()) {
        return false;
    }
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return true;
}

std::vector<std::uint8_t> blobAt(const sqlite::Statement& row, int column) {
    const auto bytes = row.readBlob(column);
    return {bytes.begin(), bytes.end()};
}

} // namespace

Result<StaffAccount> readStaff(const sqlite::Statement& row) {
    StaffAccount account;
    account.id = StaffId{row.readInt(0)};
    account.login = row.readText(1);
    account.displayName = row.readText(2);
    const auto role = parseStaffRole(row.readTextView(3));
    if (!role) {
        return invalid("a staff role");
    }
    account.role = *role;
    account.password.hash = blobAt(row, 4);
    account.password.salt = blobAt(row, 5);
    account.password.kdf = row.readText(6);
    account.password.parameters = {static_cast<int>(row.readInt(7)),
                                   static_cast<int>(row.readInt(8)),
                                   static_cast<int>(row.readInt(9))};
    account.failedSignIns = static_cast<int>(row.readInt(10));
    account.locked = row.readInt(11) != 0;
    account.active = row.readInt(12) != 0;
    account.createdAt = timeAt(row, 13);
    account.updatedAt = timeAt(row, 14);
    return account;
}

Result<CaseSummary> readCaseSummary(const sqlite::Statement& row) {
    CaseSummary summary;
    summary.id = CaseId{row.readInt(0)};
    summary.reference = row.readText(1);
    const auto procedure = domain::parseProcedure(row.readTextView(2));
    const auto path = domain::parseRequestPath(row.readTextView(3));
    const auto openedOn = dateAt(row, 11);
    if (!procedure || !path || !openedOn) {
        return invalid("a case's procedure, path or day");
    }
    summary.procedure = *procedure;
    summary.path = *path;
    summary.counter = row.readText(4);
    summary.state = row.readText(5);
    summary.outcome = row.readOptionalText(6);
    summary.openedBy = {StaffId{row.readInt(7)}, row.readText(8), row.readText(9)};
    summary.openedAt = timeAt(row, 10);
    summary.openedOn = *openedOn;
    summary.updatedAt = timeAt(row, 12);
    summary.closedAt = optionalTimeAt(row, 13);
    summary.lastEventSequence = row.readOptionalInt(14);
    return summary;
}

Result<CaseRecord> readCaseRecord(const sqlite::Statement& row) {
    auto summary = readCaseSummary(row);
    if (!summary) {
        return summary.error();
    }
    CaseRecord record{std::move(summary).value(), {}};
    record.applicant.name = row.readOptionalText(15);
    record.applicant.kana = row.readOptionalText(16);
    if (!row.isNull(17)) {
        record.applicant.birthDate = dateAt(row, 17);
        if (!record.applicant.birthDate) {
            return invalid("an applicant's birth date");
        }
    }
    record.applicant.address = row.readOptionalText(18);
    return record;
}

Result<CaseEvent> readEvent(const sqlite::Statement& row) {
    CaseEvent event;
    event.sequence = row.readInt(0);
    if (const auto caseId = row.readOptionalInt(1)) {
        event.caseId = CaseId{*caseId};
    }
    if (const auto staffId = row.readOptionalInt(2)) {
        event.staff = StaffRef{StaffId{*staffId}, row.readText(3), row.readText(4)};
    }
    event.at = timeAt(row, 5);
    event.type = row.readText(6);
    const std::string_view payload = row.readTextView(7);
    QJsonParseError parsed{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(payload.data(), static_cast<qsizetype>(payload.size())), &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid("an event's payload");
    }
    event.payload = document.object();
    if (!readDigest(row, 8, event.hash)) {
        return invalid("an event's hash");
    }
    return event;
}

Result<RecordedDocumentCheck> readDocumentCheck(const sqlite::Statement& row) {
    RecordedDocumentCheck recorded;
    recorded.id = row.readInt(0);
    recorded.caseId = CaseId{row.readInt(1)};
    recorded.eventSequence = row.readInt(2);
    recorded.check.document = row.readText(3);
    const auto holder = parseDocumentHolder(row.readTextView(4));
    if (!holder) {
        return invalid("a document's holder");
    }
    recorded.check.holder = *holder;
    recorded.check.accepted = row.readInt(5) != 0;
    recorded.check.note = row.readOptionalText(6);
    recorded.check.checkedBy = StaffId{row.readInt(7)};
    recorded.check.at = timeAt(row, 8);
    return recorded;
}

Result<InquiryLetter> readLetter(const sqlite::Statement& row) {
    InquiryLetter letter;
    letter.id = LetterId{row.readInt(0)};
    letter.reference = row.readText(1);
    letter.caseId = CaseId{row.readInt(2)};
    letter.issuedBy = StaffId{row.readInt(3)};
    letter.issuedAt = timeAt(row, 4);
    letter.mailedAt = optionalTimeAt(row, 5);
    letter.mailMethod = row.readOptionalText(6);
    letter.replyReceivedAt = optionalTimeAt(row, 7);
    return letter;
}

Result<DailySignOff> readSignOff(const sqlite::Statement& row) {
    DailySignOff signOff;
    signOff.id = row.readInt(0);
    const auto day = dateAt(row, 1);
    if (!day) {
        return invalid("a sign-off's day");
    }
    signOff.day = *day;
    signOff.counter = row.readText(2);
    signOff.supervisor = StaffId{row.readInt(3)};
    signOff.signedAt = timeAt(row, 4);
    signOff.note = row.readOptionalText(5);
    signOff.chainSequence = row.readInt(6);
    if (!readDigest(row, 7, signOff.chainHead)) {
        return invalid("a sign-off's chain head");
    }
    signOff.eventSequence = row.readInt(8);
    return signOff;
}

} // namespace jpki::storage::detail
