#pragma once

// R-DATA-TEXT: free text the program stores (in the audit chain or beside it) has a length limit
// per kind and no control character: none of C0, DEL or C1, and a line feed only in a kind that
// is explicitly multi-line. Checked where the text enters (the workflow's commands, the staff
// accounts, the municipality profile), so that nothing over the limit is ever stored.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace jpki::domain {

enum class TextKind {
    CounterName, // the municipality profile's texts: town, counter, its place
    StaffLogin,
    StaffName,  // a staff member's display name
    PersonName, // the applicant's or the proxy's name, or kana
    Address,    // the applicant's address
    Reason,     // why a case was cancelled or the applicant left
    Note,       // a sign-off's or an acknowledgement's note, a document's note (multi-line)
    MailMethod, // how an inquiry letter was mailed
};

inline constexpr std::array allTextKinds{
    TextKind::CounterName, TextKind::StaffLogin, TextKind::StaffName, TextKind::PersonName,
    TextKind::Address,     TextKind::Reason,     TextKind::Note,      TextKind::MailMethod};

struct TextLimit {
    std::size_t maxCharacters = 0; // Unicode code points
    bool multiLine = false;        // a line feed (\n) is allowed, and no other control character
};

TextLimit textLimit(TextKind kind);
// Stable ids: "counter-name", "staff-login", "staff-name", "person-name", "address", "reason",
// "note", "mail-method".
std::string_view textKindId(TextKind kind);

enum class TextProblem {
    TooLong,
    ControlCharacter, // C0 (line feed allowed in a multi-line kind), DEL or C1
    MalformedUtf8,
};

// Stable ids: "too-long", "control-character", "malformed-utf8".
std::string_view textProblemId(TextProblem problem);

// The text's problem, the most telling first (a malformed byte, then a control character, then
// the length); nothing when it may be stored. `text` is UTF-8.
std::optional<TextProblem> checkText(TextKind kind, std::string_view text);

} // namespace jpki::domain
