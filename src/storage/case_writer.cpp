// CaseWriter: cases and their events. Staff accounts are in staff_writer.cpp, documents, letters
// and sign-offs in paperwork_writer.cpp.

#include "storage/case_writer.h"

#include "storage/event_log.h"
#include "storage/event_types.h"

#include <QJsonArray>
#include <utility>

namespace jpki::storage {

namespace {

QChar referencePrefix(domain::Procedure procedure) {
    switch (procedure) {
    case domain::Procedure::Renewal:
        return QLatin1Char('R');
    case domain::Procedure::PinReset:
        return QLatin1Char('P');
    case domain::Procedure::LockRelease:
        return QLatin1Char('L');
    }
    return QLatin1Char('X');
}

QString idText(std::string_view id) {
    return detail::typeText(id);
}

std::optional<QString> birthDateText(const ApplicantDetails& applicant) {
    if (!applicant.birthDate) {
        return std::nullopt;
    }
    return QString::fromStdString(domain::formatIsoDate(*applicant.birthDate));
}

QJsonArray presentFields(const ApplicantDetails& applicant) {
    QJsonArray fields;
    if (applicant.name) {
        fields.append(QStringLiteral("name"));
    }
    if (applicant.kana) {
        fields.append(QStringLiteral("kana"));
    }
    if (applicant.birthDate) {
        fields.append(QStringLiteral("birth_date"));
    }
    if (applicant.address) {
        fields.append(QStringLiteral("address"));
    }
    return fields;
}

StorageError caseNotFound(CaseId caseId) {
    return StorageError(StorageErrorCode::NotFound, "case " + std::to_string(rawId(caseId)));
}

Result<void> expectSequence(std::int64_t expected, const AppendedEvent& appended) {
    if (appended.sequence != expected) {
        return StorageError(StorageErrorCode::Internal, "the chain moved inside a write");
    }
    return {};
}

} // namespace

Result<Timestamp> CaseWriter::stamp(Timestamp reading) {
    auto stamped = detail::stampTime(m_core, reading);
    if (!stamped) {
        return stamped.error();
    }
    if (stamped->reading) {
        m_clockReading = stamped->reading;
    }
    return stamped->at;
}

Result<AppendedEvent> CaseWriter::append(detail::EventInput event) {
    event.clockReading = std::exchange(m_clockReading, std::nullopt);
    return detail::appendEvent(m_core, event);
}

Result<OpenedCase> CaseWriter::openCase(const NewCase& newCase) {
    if (newCase.counter.isEmpty() || newCase.initialState.isEmpty()) {
        return StorageError(StorageErrorCode::InvalidArgument, "a case needs a counter and state");
    }
    auto stamped = stamp(newCase.at);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp openedAt = *stamped;
    auto& connection = *m_core.connection;
    const domain::Date openedOn = japanDate(openedAt);
    const int year = static_cast<int>(openedOn.year());

    auto serialQuery = connection.cached("SELECT COALESCE(MAX(reference_serial), 0) + 1 "
                                         "FROM cases WHERE reference_year = ?1");
    if (!serialQuery) {
        return serialQuery.error();
    }
    (*serialQuery)->bind(1, std::int64_t{year});
    auto serialRow = (*serialQuery)->step();
    if (!serialRow) {
        return serialRow.error();
    }
    const std::int64_t serial = (*serialQuery)->readInt(0);
    const QString reference = QStringLiteral("%1%2-%3")
                                  .arg(referencePrefix(newCase.procedure))
                                  .arg(year, 4, 10, QLatin1Char('0'))
                                  .arg(serial, 6, 10, QLatin1Char('0'));

    auto sequence = detail::nextSequence(m_core);
    if (!sequence) {
        return sequence.error();
    }
    const ApplicantDetails applicant = newCase.applicant.value_or(ApplicantDetails{});
    auto insert = connection.cached(
        "INSERT INTO cases (reference, reference_year, reference_serial, procedure, request_path,"
        " counter, state, opened_by, opened_at, opened_on, updated_at, last_event_seq,"
        " applicant_name, applicant_kana, applicant_birth_date, applicant_address)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9, ?11, ?12, ?13, ?14, ?15)");
    if (!insert) {
        return insert.error();
    }
    (*insert)
        ->bind(1, reference)
        .bind(2, std::int64_t{year})
        .bind(3, serial)
        .bind(4, domain::procedureId(newCase.procedure))
        .bind(5, domain::requestPathId(newCase.path))
        .bind(6, newCase.counter)
        .bind(7, newCase.initialState)
        .bind(8, rawId(newCase.openedBy))
        .bind(9, toUnixMilliseconds(openedAt))
        .bind(10, domain::formatIsoDate(openedOn))
        .bind(11, *sequence)
        .bind(12, applicant.name)
        .bind(13, applicant.kana)
        .bind(14, birthDateText(applicant))
        .bind(15, applicant.address);
    auto inserted = (*insert)->execute();
    if (!inserted) {
        return inserted.error();
    }
    const CaseId caseId{connection.lastInsertId()};

    QJsonObject payload{
        {QStringLiteral("reference"), reference},
        {QStringLiteral("procedure"), idText(domain::procedureId(newCase.procedure))},
        {QStringLiteral("path"), idText(domain::requestPathId(newCase.path))},
        {QStringLiteral("counter"), newCase.counter},
        {QStringLiteral("projection"), QJsonObject{{QStringLiteral("state"), newCase.initialState},
                                                   {QStringLiteral("closed"), false}}},
    };
    if (newCase.applicant) {
        auto digest = detail::applicantDigest(m_core, applicant);
        if (!digest) {
            return digest.error();
        }
        payload.insert(QStringLiteral("applicant_fields"), presentFields(applicant));
        payload.insert(QStringLiteral("applicant_digest"), *digest);
    }
    auto appended =
        append({caseId, newCase.openedBy, openedAt, idText(event_type::kCaseOpened), payload});
    if (!appended) {
        return appended.error();
    }
    auto consistent = expectSequence(*sequence, *appended);
    if (!consistent) {
        return consistent.error();
    }
    return OpenedCase{caseId, reference, appended->sequence};
}

Result<AppendedEvent> CaseWriter::recordApplicant(CaseId caseId, const ApplicantDetails& applicant,
                                                  StaffId by, Timestamp reading) {
    auto stamped = stamp(reading);
    if (!stamped) {
        return stamped.error();
    }
    const Timestamp at = *stamped;
    auto sequence = detail::nextSequence(m_core);
    if (!sequence) {
        return sequence.error();
    }
    auto update = m_core.connection->cached(
        "UPDATE cases SET applicant_name = ?1, applicant_kana = ?2, applicant_birth_date = ?3,"
        " applicant_address = ?4, updated_at = ?5, last_event_seq = ?6 WHERE id = ?7");
    if (!update) {
        return update.error();
    }
    (*update)
        ->bind(1, applicant.name)
        .bind(2, applicant.kana)
        .bind(3, birthDateText(applicant))
        .bind(4, applicant.address)
        .bind(5, toUnixMilliseconds(at))
        .bind(6, *sequence)
        .bind(7, rawId(caseId));
    auto updated = (*update)->execute();
    if (!updated) {
        return updated.error();
    }
    if (m_core.connection->changes() == 0) {
        return caseNotFound(caseId);
    }
    auto digest = detail::applicantDigest(m_core, applicant);
    if (!digest) {
        return digest.error();
    }
    const QJsonObject payload{{QStringLiteral("applicant_fields"), presentFields(applicant)},
                              {QStringLiteral("applicant_digest"), *digest}};
    return append({caseId, by, at, idText(event_type::kApplicantRecorded), payload});
}

Result<AppendedEvent> CaseWriter::appendCaseEvent(CaseId caseId, const NewEvent& event,
                                                  const CaseProjection& after) {
    if (after.state.isEmpty()) {
        return StorageError(StorageErrorCode::InvalidArgument, "a case event needs the new state");
    }
    if (event.payload.contains(QStringLiteral("projection"))) {
        return StorageError(StorageErrorCode::InvalidArgument,
                            "\"projection\" is the store's own payload key");
    }
    auto stamped = stamp(event.at);
    if (!stamped) {
        return stamped.error();
    }
    auto sequence = detail::nextSequence(m_core);
    if (!sequence) {
        return sequence.error();
    }
    auto update = m_core.connection->cached(
        "UPDATE cases SET state = ?1, outcome = ?2, updated_at = ?3, closed_at = ?4,"
        " last_event_seq = ?5 WHERE id = ?6");
    if (!update) {
        return update.error();
    }
    const std::int64_t at = toUnixMilliseconds(*stamped);
    (*update)
        ->bind(1, after.state)
        .bind(2, after.outcome)
        .bind(3, at)
        .bind(4, after.closed ? std::optional<std::int64_t>(at) : std::nullopt)
        .bind(5, *sequence)
        .bind(6, rawId(caseId));
    auto updated = (*update)->execute();
    if (!updated) {
        return updated.error();
    }
    if (m_core.connection->changes() == 0) {
        return caseNotFound(caseId);
    }
    // The projection rides in the event, so that the case row can always be rebuilt from the
    // chain and a changed row can be told from the events.
    QJsonObject projection{{QStringLiteral("state"), after.state},
                           {QStringLiteral("closed"), after.closed}};
    if (after.outcome) {
        projection.insert(QStringLiteral("outcome"), *after.outcome);
    }
    QJsonObject payload = event.payload;
    payload.insert(QStringLiteral("projection"), projection);
    auto appended = append({caseId, event.staff, *stamped, event.type, payload});
    if (!appended) {
        return appended.error();
    }
    auto consistent = expectSequence(*sequence, *appended);
    if (!consistent) {
        return consistent.error();
    }
    return appended;
}

Result<AppendedEvent> CaseWriter::appendAuditEvent(const NewEvent& event) {
    auto stamped = stamp(event.at);
    if (!stamped) {
        return stamped.error();
    }
    return append({std::nullopt, event.staff, *stamped, event.type, event.payload});
}

// `at` is stamped already (the caller wrote its own row with it).
Result<AppendedEvent> CaseWriter::touchCase(CaseId caseId, const QString& type,
                                            const QJsonObject& payload,
                                            std::optional<StaffId> staff, Timestamp at) {
    auto sequence = detail::nextSequence(m_core);
    if (!sequence) {
        return sequence.error();
    }
    auto update = m_core.connection->cached(
        "UPDATE cases SET updated_at = ?1, last_event_seq = ?2 WHERE id = ?3");
    if (!update) {
        return update.error();
    }
    (*update)->bind(1, toUnixMilliseconds(at)).bind(2, *sequence).bind(3, rawId(caseId));
    auto updated = (*update)->execute();
    if (!updated) {
        return updated.error();
    }
    if (m_core.connection->changes() == 0) {
        return caseNotFound(caseId);
    }
    return append({caseId, staff, at, type, payload});
}

} // namespace jpki::storage
