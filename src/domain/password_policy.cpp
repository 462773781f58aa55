#include "domain/password_policy.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace jpki::domain {

namespace {

// The code points of `text`, or nothing when it is not well-formed UTF-8.
std::optional<std::vector<char32_t>> codePoints(std::string_view text) {
    std::vector<char32_t> points;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<std::uint8_t>(text[i]);
        std::size_t length = 0;
        char32_t point = 0;
        if (lead < 0x80) {
            length = 1;
            point = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            point = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            point = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            point = lead & 0x07;
        } else {
            return std::nullopt;
        }
        if (i + length > text.size()) {
            return std::nullopt;
        }
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<std::uint8_t>(text[i + k]);
            if ((next & 0xC0) != 0x80) {
                return std::nullopt;
            }
            point = (point << 6) | (next & 0x3F);
        }
        static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (point < kSmallest[length] || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) {
            return std::nullopt; // overlong forms and surrogates
        }
        points.push_back(point);
        i += length;
    }
    return points;
}

bool isControl(char32_t point) {
    return point < 0x20 || point == 0x7F || (point >= 0x80 && point < 0xA0);
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
    if (!points || std::any_of(points->begin(), points->end(), isControl)) {
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
