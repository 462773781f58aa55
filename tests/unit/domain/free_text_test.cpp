#include "domain/free_text.h"

#include <gtest/gtest.h>
#include <string>

using namespace jpki::domain;

// R-DATA-TEXT: a 120 KB counter name with ANSI escapes was once stored in the chain.
TEST(FreeText, RefusesTextOverItsKindsLimit) {
    for (const TextKind kind : allTextKinds) {
        const std::size_t limit = textLimit(kind).maxCharacters;
        SCOPED_TRACE(std::string(textKindId(kind)));
        EXPECT_GT(limit, 0u);
        EXPECT_FALSE(checkText(kind, std::string(limit, 'a')));
        EXPECT_EQ(checkText(kind, std::string(limit + 1, 'a')), TextProblem::TooLong);
        EXPECT_EQ(checkText(kind, std::string(120 * 1024, 'a')), TextProblem::TooLong);
    }
}

TEST(FreeText, CountsCharactersNotBytes) {
    std::string name;
    for (std::size_t i = 0; i < textLimit(TextKind::StaffName).maxCharacters; ++i) {
        name += "\xE7\xAA\x93"; // 窓: three bytes, one character
    }
    EXPECT_FALSE(checkText(TextKind::StaffName, name));
    EXPECT_EQ(checkText(TextKind::StaffName, name + "\xE7\xAA\x93"), TextProblem::TooLong);
}

TEST(FreeText, RefusesControlCharactersAndAllowsLineFeedsOnlyInMultiLineKinds) {
    EXPECT_EQ(checkText(TextKind::CounterName, "1\x1B[31m"), TextProblem::ControlCharacter);
    EXPECT_EQ(checkText(TextKind::StaffName, "a\tb"), TextProblem::ControlCharacter);
    EXPECT_EQ(checkText(TextKind::StaffName, "a\nb"), TextProblem::ControlCharacter);
    EXPECT_EQ(checkText(TextKind::StaffName, "a\x7F"), TextProblem::ControlCharacter);
    EXPECT_EQ(checkText(TextKind::StaffName, "a\xC2\x85"), TextProblem::ControlCharacter); // C1
    EXPECT_EQ(checkText(TextKind::Note, std::string("a\0b", 3)), TextProblem::ControlCharacter);
    EXPECT_EQ(checkText(TextKind::Note, "a\r\nb"), TextProblem::ControlCharacter);
    EXPECT_TRUE(textLimit(TextKind::Note).multiLine);
    EXPECT_FALSE(checkText(TextKind::Note, "a\nb"));
    EXPECT_FALSE(checkText(TextKind::Reason, "applicant\nleft"));
    EXPECT_FALSE(checkText(TextKind::CounterName, "市民生活課 1番窓口"));
}

TEST(FreeText, RefusesMalformedUtf8) {
    EXPECT_EQ(checkText(TextKind::Note, "\xC3"), TextProblem::MalformedUtf8);
    EXPECT_EQ(checkText(TextKind::Note, "\xC0\xAF"), TextProblem::MalformedUtf8);     // overlong
    EXPECT_EQ(checkText(TextKind::Note, "\xED\xA0\x80"), TextProblem::MalformedUtf8); // surrogate
}
