#pragma once

// The paperwork of a case: identity and other documents seen at the counter, and the voluntary
// proxy's inquiry-and-reply letters (照会書兼回答書). Each is recorded together with an event, so
// that the audit chain covers it.

#include "storage/ids.h"
#include "storage/japan_time.h"

#include <QString>
#include <optional>
#include <string_view>

namespace jpki::storage {

enum class DocumentHolder {
    Applicant,
    Proxy,
};

std::string_view documentHolderId(DocumentHolder holder); // "applicant", "proxy"
std::optional<DocumentHolder> parseDocumentHolder(std::string_view id);

struct DocumentCheck {
    QString document; // a stable id of the document kind, e.g. "driving-licence"
    DocumentHolder holder = DocumentHolder::Applicant;
    bool accepted = true; // false: seen and refused (expired, opened envelope, …)
    std::optional<QString> note;
    StaffId checkedBy{};
    Timestamp at;
};

struct RecordedDocumentCheck {
    std::int64_t id = 0;
    CaseId caseId{};
    std::int64_t eventSequence = 0;
    DocumentCheck check;
};

struct InquiryLetter {
    LetterId id{};
    QString reference; // the case's reference and the letter's number: P2026-000123-1
    CaseId caseId{};
    StaffId issuedBy{};
    Timestamp issuedAt;
    std::optional<Timestamp> mailedAt;
    std::optional<QString> mailMethod; // e.g. "ordinary-post-no-forwarding" (普通郵便・転送不要)
    std::optional<Timestamp> replyReceivedAt;
};

} // namespace jpki::storage
