#include "domain/free_text.h"

#include "domain/utf8.h"

namespace jpki::domain {

std::string_view textKindId(TextKind kind) {
    switch (kind) {
    case TextKind::CounterName:
        return "counter-name";
    case TextKind::StaffLogin:
        return "staff-login";
    case TextKind::StaffName:
        return "staff-name";
    case TextKind::PersonName:
        return "person-name";
    case TextKind::Address:
        return "address";
    case TextKind::Reason:
        return "reason";
    case TextKind::Note:
        return "note";
    case TextKind::MailMethod:
        return "mail-method";
    }
    return {};
}

std::string_view textProblemId(TextProblem problem) {
    switch (problem) {
    case TextProblem::TooLong:
        return "too-long";
    case TextProblem::ControlCharacter:
        return "control-character";
    case TextProblem::MalformedUtf8:
        return "malformed-utf8";
    }
    return {};
}

TextLimit textLimit(TextKind kind) {
    switch (kind) {
    case TextKind::CounterName:
        return {100, false};
    case TextKind::StaffLogin:
        return {64, false};
    case TextKind::StaffName:
        return {64, false};
    case TextKind::PersonName:
        return {100, false};
    case TextKind::Address:
        return {200, false};
    case TextKind::Reason:
        return {500, true};
    case TextKind::Note:
        return {1000, true};
    case TextKind::MailMethod:
        return {64, false};
    }
    return {};
}

std::optional<TextProblem> checkText(TextKind kind, std::string_view text) {
    const TextLimit limit = textLimit(kind);
    std::size_t characters = 0;
    bool control = false;
    for (std::size_t position = 0; position < text.size();) {
        const auto c = decodeUtf8(text, position);
        if (!c) {
            return TextProblem::MalformedUtf8;
        }
        ++characters;
        control = control || (isControlCharacter(*c) && !(limit.multiLine && *c == U'\n'));
    }
    if (control) {
        return TextProblem::ControlCharacter;
    }
    if (characters > limit.maxCharacters) {
        return TextProblem::TooLong;
    }
    return std::nullopt;
}

} // namespace jpki::domain
