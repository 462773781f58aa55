#include "domain/password_policy.h"

#include "domain/utf8.h"

#include <algorithm>
#include <optional>

namespace jpki::domain {

namespace {

// The code points of `text`, or nothing when it is not well-formed UTF-8.
std::optional<std::vector<char32_t>> codePoints(std::string_view text) {
    std::vector<char32_t> points;
    for (std::size_t position = 0; position < text.size();) {
        const auto point = decodeUtf8(text, position);
        if (!point) {
            return std::nullopt;
        }
        points.push_back(*point);
    }
    return points;
}

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalIgnoringAsciiCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return lowerAscii(x) == lowerAscii(y);
           });
}

} // namespace

std::string_view passwordProblemId(PasswordProblem problem) {
    switch (problem) {
    case PasswordProblem::Empty:
        return "empty";
    case PasswordProblem::TooShort:
        return "too-short";
    case PasswordProblem::SameAsLogin:
        return "same-as-login";
    case PasswordProblem::SingleCharacter:
        return "single-character";
    case PasswordProblem::InvalidText:
        return "invalid-text";
    }
    return {};
}

std::vector<PasswordProblem> checkStaffPassword(std::string_view password, std::string_view login) {
    if (password.empty()) {
        return {PasswordProblem::Empty};
    }
    const std::optional<std::vector<char32_t>> points = codePoints(password);
    if (!points || std::any_of(points->begin(), points->end(), isControlCharacter)) {
        return {PasswordProblem::InvalidText};
    }
    std::vector<PasswordProblem> problems;
    if (points->size() < kMinimumStaffPasswordLength) {
        problems.push_back(PasswordProblem::TooShort);
    }
    if (!login.empty() && equalIgnoringAsciiCase(password, login)) {
        problems.push_back(PasswordProblem::SameAsLogin);
    }
    if (points->size() > 1 && std::all_of(points->begin(), points->end(), [&](char32_t point) {
            return point == points->front();
        })) {
        problems.push_back(PasswordProblem::SingleCharacter);
    }
    return problems;
}

} // namespace jpki::domain
