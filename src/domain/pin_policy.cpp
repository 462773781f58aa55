#include "domain/pin_policy.h"

#include "domain/japanese_era.h"
#include "domain/utf8.h"

#include <cstdio>
#include <string>

namespace jpki::domain {

namespace {

using namespace std::chrono;

constexpr char32_t kMalformed = 0xFFFFFFFF;

// The code point at `position`, moving past it. A malformed byte decodes to kMalformed and is
// skipped on its own, so that it counts as one refused character.
char32_t decodeNext(std::string_view text, std::size_t& position) {
    if (const auto codePoint = decodeUtf8(text, position)) {
        return *codePoint;
    }
    ++position;
    return kMalformed;
}

// The full-width forms of ASCII (Ａ, １, ！) and the ideographic space, as a Japanese input
// method types them in full-width mode.
bool isFullWidthForm(char32_t codePoint) {
    return (codePoint >= 0xFF01 && codePoint <= 0xFF5E) || codePoint == 0x3000;
}

char32_t toHalfWidth(char32_t codePoint) {
    return codePoint == 0x3000 ? U' ' : codePoint - 0xFEE0;
}

bool isAsciiDigit(char32_t c) {
    return c >= U'0' && c <= U'9';
}

bool isAsciiUpper(char32_t c) {
    return c >= U'A' && c <= U'Z';
}

bool isAsciiLower(char32_t c) {
    return c >= U'a' && c <= U'z';
}

enum class RunShape { Repeated, Ascending, Descending, Other };

// A run of digits steps modulo 10 (7890 and 0987 are sequences on a keypad); letters do not wrap.
RunShape shapeOf(std::string_view run) {
    if (run.size() < 2) {
        return RunShape::Other;
    }
    const bool digits = isAsciiDigit(static_cast<unsigned char>(run.front()));
    bool repeated = true;
    bool ascending = true;
    bool descending = true;
    for (std::size_t i = 1; i < run.size(); ++i) {
        const int previous = run[i - 1];
        const int current = run[i];
        repeated = repeated && current == previous;
        if (digits) {
            ascending = ascending && (previous - '0' + 1) % 10 == current - '0';
            descending = descending && (previous - '0' + 9) % 10 == current - '0';
        } else {
            ascending = ascending && current == previous + 1;
            descending = descending && current == previous - 1;
        }
    }
    if (repeated) {
        return RunShape::Repeated;
    }
    if (ascending) {
        return RunShape::Ascending;
    }
    return descending ? RunShape::Descending : RunShape::Other;
}

// The PIN cut into maximal runs of digits and of letters: a pattern is weak when every run has
// it (1111, AAA111, 1234, ABC123, CBA321).
std::optional<RunShape> commonShape(std::string_view pin) {
    std::optional<RunShape> common;
    std::size_t start = 0;
    while (start < pin.size()) {
        const bool digits = isAsciiDigit(static_cast<unsigned char>(pin[start]));
        std::size_t end = start + 1;
        while (end < pin.size() && isAsciiDigit(static_cast<unsigned char>(pin[end])) == digits) {
            ++end;
        }
        const RunShape shape = shapeOf(pin.substr(start, end - start));
        if (shape == RunShape::Other || (common && *common != shape)) {
            return std::nullopt;
        }
        common = shape;
        start = end;
    }
    return common;
}

std::string twoDigits(int value) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", value % 100);
    return buffer;
}

// R-PIN-NEW: the forms of a birth date people pick as a PIN or inside a password.
std::vector<std::string> birthDateForms(const Date& birth) {
    const int fullYear = static_cast<int>(birth.year());
    const std::string yy = twoDigits(fullYear);
    const std::string mm = twoDigits(static_cast<int>(static_cast<unsigned>(birth.month())));
    const std::string dd = twoDigits(static_cast<int>(static_cast<unsigned>(birth.day())));
    char yyyy[8];
    std::snprintf(yyyy, sizeof yyyy, "%04d", fullYear);
    std::vector<std::string> forms{
        std::string{yyyy} + mm + dd, yy + mm + dd, mm + dd, dd + mm, yy + mm, std::string{yyyy}};
    if (const auto era = japaneseEraOf(birth)) {
        forms.push_back(twoDigits(era->year) + mm + dd);
        forms.push_back(twoDigits(era->year) + mm);
    }
    return forms;
}

std::vector<PinWarning> weakPatterns(std::string_view pin, const std::optional<Date>& birth) {
    std::vector<PinWarning> warnings;
    if (const auto shape = commonShape(pin)) {
        switch (*shape) {
        case RunShape::Repeated:
            warnings.push_back(PinWarning::RepeatedCharacter);
            break;
        case RunShape::Ascending:
            warnings.push_back(PinWarning::AscendingSequence);
            break;
        case RunShape::Descending:
            warnings.push_back(PinWarning::DescendingSequence);
            break;
        case RunShape::Other:
            break;
        }
    }
    if (birth && birth->ok()) {
        for (const std::string& form : birthDateForms(*birth)) {
            if (pin.find(form) != std::string_view::npos) {
                warnings.push_back(PinWarning::BirthDate);
                break;
            }
        }
    }
    return warnings;
}

} // namespace

std::string_view pinKindId(PinKind kind) {
    switch (kind) {
    case PinKind::Signature:
        return "signature";
    case PinKind::UserAuthentication:
        return "user-auth";
    case PinKind::CardInfo:
        return "card-info";
    case PinKind::ResidentRegistry:
        return "resident-registry";
    }
    return {};
}

std::optional<PinKind> parsePinKind(std::string_view id) {
    for (PinKind kind : allPinKinds) {
        if (pinKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

bool isCertificatePin(PinKind kind) {
    return kind == PinKind::Signature || kind == PinKind::UserAuthentication;
}

int retryLimit(PinKind kind) {
    return kind == PinKind::Signature ? 5 : 3;
}

PinFormat pinFormat(PinKind kind) {
    if (kind == PinKind::Signature) {
        return PinFormat{6, 16, true};
    }
    return PinFormat{4, 4, false};
}

PinFormatCheck checkPinFormat(PinKind kind, std::string_view typed) {
    PinFormatCheck check;
    if (typed.empty()) {
        check.problems.push_back(PinProblem::Empty);
        return check;
    }
    const PinFormat format = pinFormat(kind);
    std::size_t length = 0;
    bool fullWidth = false;
    bool refusedCharacter = false;
    bool letter = false;
    bool digit = false;
    bool lowerCase = false;
    // Letters and digits typed in full width count as what they stand for, so that the only
    // problem reported for ＡＢＣ１２３ is the input mode.
    for (std::size_t position = 0; position < typed.size();) {
        char32_t c = decodeNext(typed, position);
        ++length;
        const bool wide = isFullWidthForm(c);
        if (wide) {
            fullWidth = true;
            c = toHalfWidth(c);
        }
        if (isAsciiDigit(c)) {
            digit = true;
            check.normalised.append(static_cast<char>(c));
        } else if (format.alphanumeric && (isAsciiUpper(c) || isAsciiLower(c))) {
            letter = true;
            lowerCase = lowerCase || (!wide && isAsciiLower(c));
            check.normalised.append(static_cast<char>(isAsciiLower(c) ? c - U'a' + U'A' : c));
        } else {
            refusedCharacter = true;
        }
    }
    if (fullWidth) {
        check.problems.push_back(PinProblem::FullWidthCharacter);
    }
    if (refusedCharacter) {
        check.problems.push_back(format.alphanumeric ? PinProblem::InvalidCharacter
                                                     : PinProblem::NonDigitCharacter);
    }
    if (format.minLength == format.maxLength) {
        if (length != format.minLength) {
            check.problems.push_back(PinProblem::WrongLength);
        }
    } else if (length < format.minLength) {
        check.problems.push_back(PinProblem::TooShort);
    } else if (length > format.maxLength) {
        check.problems.push_back(PinProblem::TooLong);
    }
    if (format.alphanumeric && !letter) {
        check.problems.push_back(PinProblem::MissingLetter);
    }
    if (format.alphanumeric && !digit) {
        check.problems.push_back(PinProblem::MissingDigit);
    }
    check.valid = check.problems.empty();
    if (!check.valid) {
        check.normalised.clear();
        return check;
    }
    check.uppercased = lowerCase;
    return check;
}

NewPinCheck checkNewPin(PinKind kind, std::string_view typed, std::optional<Date> birth) {
    NewPinCheck check{checkPinFormat(kind, typed), {}};
    if (check.valid) {
        check.warnings = weakPatterns(check.normalised.view(), birth);
    }
    return check;
}

ResetCase resetCaseFor(int triesLeft) {
    return triesLeft <= 0 ? ResetCase::Locked : ResetCase::Forgotten;
}

Procedure procedureFor(ResetCase resetCase) {
    return resetCase == ResetCase::Locked ? Procedure::LockRelease : Procedure::PinReset;
}

} // namespace jpki::domain
