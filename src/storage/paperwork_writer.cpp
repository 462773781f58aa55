// CaseWriter: documents seen, inquiry letters and the daily sign-off. Each row is written with
// its event in the same transaction; the event carries what the row says, so that the chain
// covers the paperwork too.

#include "storage/case_writer.h"
#include "storage/event_log.h"
#include "storage/event_types.h"
#include "storage/row_readers.h"

#include <QJsonArray>

namespace jpki::storage {

namespace {

StorageError letterNotFound(LetterId letter) {
    return StorageError(StorageErrorCode::NotFound, "letter " + std::to_string(rawId(letter)));
}

} // namespace

std::string_view documentHolderId(DocumentHolder holder) {
    switch (holder) {
    case DocumentHolder::Applicant:
        return "applicant";
    case DocumentHolder::Proxy:
        return "proxy";
    }
    return {};
}

std::optional<DocumentHolder> parseDocumentHolder(std::string_view id) {
    for (DocumentHolder holder : {DocumentHolder::Applicant, DocumentHolder::Proxy}) {
        if (documentHolderId(holder) == id) {
            return holder;
        }
    }
    return std::nullopt;
}

Result<RecordedDocumentCheck> CaseWriter::recordDocumentCheck(CaseId caseId,
                                                              const DocumentCheck& check) {
    if (check.document.isEmpty()) {
        return StorageError(StorageErrorCode::InvalidArgument, "a document check needs a kind");
    }
    auto stamped = stamp(check.at);
    if (!stamped) {
        return stamped.error();
    }
    QJsonObject payload{
        {QStringLiteral("document"), check.document},
        {QStringLiteral("holder"), detail::typeText(documentHolderId(check.holder))},
        {QStringLiteral("accepted"), check.accepted}};
    if (check.note) {
        payload.insert(QStringLiteral("note"), *check.note);
    }
    auto appended = touchCase(caseId, detail::typeText(event_type::kDocumentChecked), payload,
                              check.checkedBy, *stamped);
    if (!appended) {
        return appended.error();
    }
    auto insert = m_core.connection->cached(
        "INSERT INTO documents_checked (case_id, event_seq, document, holder, accepted, note,"
        " checked_by, checked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert) {
        return insert.error();
    }
    (*insert)
        ->bind(1, rawId(caseId))
        .bind(2, appended->sequence)
        .bind(3, check.document)
        .bind(4, documentHolderId(check.holder))
        .bind(5, std::int64_t{check.accepted})
        .bind(6, check.note)
        .bind(7, rawId(check.checkedBy))
        .bind(8, toUnixMilliseconds(*stamped));
    auto inserted = (*insert)->execute();
    if (!inserted) {
        return inserted.error();
    }
    RecordedDocumentCheck recorded{m_core.connection->lastInsertId(), caseId, appended->sequence,
                                   check};
    recorded.check.at = *stamped;
    return recorded;
}

Result<InquiryLetter> CaseWriter::readLetter(LetterId letter) {
    auto query = m_core.connection->cached("SELECT " + std::string(detail::kLetterColumns) +
                                           " FROM inquiry_letters l WHERE l.id = ?1");
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, rawId(letter));
    auto row = (*query)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return letterNotFound(letter);
    }
    return detail::readLetter(**query);
}

Result<InquiryLetter> CaseWriter::issueLetter(CaseId caseId, StaffId by, Timestamp reading) {
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    auto query = m_core.connection->cached(
        "SELECT c.reference, (SELECT count(*) FROM inquiry_letters l WHERE l.case_id = c.id)"
        " FROM cases c WHERE c.id = ?1");
    if (!query) {
        return query.error();
    }
    (*query)->bind(1, rawId(caseId));
    auto row = (*query)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return StorageError(StorageErrorCode::NotFound, "case " + std::to_string(rawId(caseId)));
    }
    InquiryLetter letter;
    letter.reference =
        QStringLiteral("%1-%2").arg((*query)->readText(0)).arg((*query)->readInt(1) + 1);
    letter.caseId = caseId;
    letter.issuedBy = by;
    letter.issuedAt = at;

    auto insert = m_core.connection->cached(
        "INSERT INTO inquiry_letters (reference, case_id, issued_by, issued_at)"
        " VALUES (?1, ?2, ?3, ?4)");
    if (!insert) {
        return insert.error();
    }
    (*insert)
        ->bind(1, letter.reference)
        .bind(2, rawId(caseId))
        .bind(3, rawId(by))
        .bind(4, toUnixMilliseconds(at));
    auto inserted = (*insert)->execute();
    if (!inserted) {
        return inserted.error();
    }
    letter.id = LetterId{m_core.connection->lastInsertId()};
    auto appended = touchCase(caseId, detail::typeText(event_type::kLetterIssued),
                              {{QStringLiteral("letter"), letter.reference}}, by, at);
    if (!appended) {
        return appended.error();
    }
    return letter;
}

Result<InquiryLetter> CaseWriter::recordLetterMailed(LetterId letterId, const QString& method,
                                                     StaffId by, Timestamp reading) {
    if (method.isEmpty()) {
        return StorageError(StorageErrorCode::InvalidArgument, "a mailing needs its method");
    }
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    auto letter = readLetter(letterId);
    if (!letter) {
        return letter.error();
    }
    if (letter->mailedAt) {
        return StorageError(StorageErrorCode::Constraint, "the letter was already mailed");
    }
    auto update = m_core.connection->cached(
        "UPDATE inquiry_letters SET mailed_at = ?1, mail_method = ?2 WHERE id = ?3");
    if (!update) {
        return update.error();
    }
    (*update)->bind(1, toUnixMilliseconds(at)).bind(2, method).bind(3, rawId(letterId));
    auto updated = (*update)->execute();
    if (!updated) {
        return updated.error();
    }
    auto appended = touchCase(
        letter->caseId, detail::typeText(event_type::kLetterMailed),
        {{QStringLiteral("letter"), letter->reference}, {QStringLiteral("method"), method}}, by,
        at);
    if (!appended) {
        return appended.error();
    }
    letter->mailedAt = at;
    letter->mailMethod = method;
    return letter;
}

Result<InquiryLetter> CaseWriter::recordLetterReply(LetterId letterId, StaffId by,
                                                    Timestamp reading) {
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    auto letter = readLetter(letterId);
    if (!letter) {
        return letter.error();
    }
    if (letter->replyReceivedAt) {
        return StorageError(StorageErrorCode::Constraint, "the reply was already recorded");
    }
    auto update = m_core.connection->cached(
        "UPDATE inquiry_letters SET reply_received_at = ?1 WHERE id = ?2");
    if (!update) {
        return update.error();
    }
    (*update)->bind(1, toUnixMilliseconds(at)).bind(2, rawId(letterId));
    auto updated = (*update)->execute();
    if (!updated) {
        return updated.error();
    }
    auto appended = touchCase(letter->caseId, detail::typeText(event_type::kLetterReplyReceived),
                              {{QStringLiteral("letter"), letter->reference}}, by, at);
    if (!appended) {
        return appended.error();
    }
    letter->replyReceivedAt = at;
    return letter;
}

Result<DailySignOff> CaseWriter::signOffDay(const NewSignOff& signOff) {
    if (signOff.counter.isEmpty()) {
        return StorageError(StorageErrorCode::InvalidArgument, "a sign-off needs its counter");
    }
    auto stamped = stamp(signOff.at);
    if (!stamped) {
        return stamped.error();
    }
    auto head = detail::chainHead(*m_core.connection);
    if (!head) {
        return head.error();
    }
    const QString day = QString::fromStdString(domain::formatIsoDate(signOff.day));
    QJsonArray acknowledged;
    for (const Acknowledgement& acknowledgement : signOff.acknowledgements) {
        acknowledged.append(QJsonObject{
            {QStringLiteral("case_id"), static_cast<qint64>(rawId(acknowledgement.caseId))},
            {QStringLiteral("note"), acknowledgement.note}});
    }
    QJsonObject payload{{QStringLiteral("day"), day},
                        {QStringLiteral("counter"), signOff.counter},
                        {QStringLiteral("chain_sequence"), static_cast<qint64>(head->sequence)},
                        {QStringLiteral("chain_head"), hexDigest(head->hash)},
                        {QStringLiteral("acknowledgements"), acknowledged}};
    if (signOff.note) {
        payload.insert(QStringLiteral("note"), *signOff.note);
    }
    auto appended = append({std::nullopt, signOff.supervisor, *stamped,
                            detail::typeText(event_type::kDaySignedOff), payload});
    if (!appended) {
        return appended.error();
    }
    auto insert = m_core.connection->cached(
        "INSERT INTO daily_sign_offs (day, counter, supervisor_id, signed_at, note, chain_seq,"
        " chain_head, event_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert) {
        return insert.error();
    }
    (*insert)
        ->bind(1, day)
        .bind(2, signOff.counter)
        .bind(3, rawId(signOff.supervisor))
        .bind(4, toUnixMilliseconds(*stamped))
        .bind(5, signOff.note)
        .bind(6, head->sequence)
        .bindBlob(7, head->hash)
        .bind(8, appended->sequence);
    auto inserted = (*insert)->execute();
    if (!inserted) {
        return inserted.error();
    }
    DailySignOff recorded{m_core.connection->lastInsertId(),
                          signOff.day,
                          signOff.counter,
                          signOff.supervisor,
                          *stamped,
                          signOff.note,
                          head->sequence,
                          head->hash,
                          appended->sequence,
                          signOff.acknowledgements};
    auto acknowledge = m_core.connection->cached(
        "INSERT INTO sign_off_acknowledgements (sign_off_id, case_id, note) VALUES (?1, ?2, ?3)");
    if (!acknowledge) {
        return acknowledge.error();
    }
    for (const Acknowledgement& acknowledgement : signOff.acknowledgements) {
        (*acknowledge)->reset();
        (*acknowledge)
            ->bind(1, recorded.id)
            .bind(2, rawId(acknowledgement.caseId))
            .bind(3, acknowledgement.note);
        auto added = (*acknowledge)->execute();
        if (!added) {
            return added.error();
        }
    }
    return recorded;
}

} // namespace jpki::storage
