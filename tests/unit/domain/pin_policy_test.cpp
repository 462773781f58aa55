#include "domain/pin_policy.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace jpki::domain;
using namespace std::chrono;

namespace {

// Failure messages never show a PIN, even a test one: only its length in bytes.
std::string masked(std::string_view pin) {
    return "<" + std::to_string(pin.size()) + " bytes>";
}

std::string describe(const char* rule, const char* description, std::string_view pin) {
    return std::string{rule} + ": " + description + " " + masked(pin);
}

struct NewPinRow {
    const char* rule;
    const char* description;
    PinKind kind;
    const char* typed;
    std::vector<PinProblem> problems;
    const char* normalised; // expected when valid
    bool uppercased;
};

const std::vector<NewPinRow> newPinRows = {
    // R-PIN-SIGN
    {"R-PIN-SIGN", "six letters and digits", PinKind::Signature, "K7Q2M9", {}, "K7Q2M9", false},
    {"R-PIN-SIGN", "lower case is converted", PinKind::Signature, "k7q2m9", {}, "K7Q2M9", true},
    {"R-PIN-SIGN", "mixed case is converted", PinKind::Signature, "K7q2M9", {}, "K7Q2M9", true},
    {"R-PIN-SIGN",
     "sixteen characters",
     PinKind::Signature,
     "A1B2C3D4E5F6G7H8",
     {},
     "A1B2C3D4E5F6G7H8",
     false},
    {"R-PIN-SIGN",
     "seventeen characters",
     PinKind::Signature,
     "A1B2C3D4E5F6G7H8J",
     {PinProblem::TooLong},
     "",
     false},
    {"R-PIN-SIGN",
     "five characters",
     PinKind::Signature,
     "K7Q2M",
     {PinProblem::TooShort},
     "",
     false},
    {"R-PIN-SIGN",
     "letters only",
     PinKind::Signature,
     "KQMXZP",
     {PinProblem::MissingDigit},
     "",
     false},
    {"R-PIN-SIGN",
     "digits only",
     PinKind::Signature,
     "739152",
     {PinProblem::MissingLetter},
     "",
     false},
    {"R-PIN-SIGN",
     "full-width letters and digits",
     PinKind::Signature,
     "\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93", // ＡＢＣ１２３
     {PinProblem::FullWidthCharacter},
     "",
     false},
    {"R-PIN-SIGN",
     "two full-width letters",
     PinKind::Signature,
     "\xEF\xBD\x81\xEF\xBD\x82", // ａｂ
     {PinProblem::FullWidthCharacter, PinProblem::TooShort, PinProblem::MissingDigit},
     "",
     false},
    {"R-PIN-SIGN",
     "a hyphen",
     PinKind::Signature,
     "K7Q-2M9",
     {PinProblem::InvalidCharacter},
     "",
     false},
    {"R-PIN-SIGN",
     "a space",
     PinKind::Signature,
     "K7Q 2M9",
     {PinProblem::InvalidCharacter},
     "",
     false},
    {"R-PIN-SIGN",
     "an ideographic space counts as full width",
     PinKind::Signature,
     "K7Q\xE3\x80\x80"
     "2M9", // K7Q　2M9
     {PinProblem::FullWidthCharacter, PinProblem::InvalidCharacter},
     "",
     false},
    {"R-PIN-SIGN",
     "hiragana",
     PinKind::Signature,
     "\xE3\x81\x82\xE3\x81\x84\xE3\x81\x86"
     "739",
     {PinProblem::InvalidCharacter, PinProblem::MissingLetter},
     "",
     false},
    {"R-PIN-SIGN",
     "a malformed UTF-8 byte",
     PinKind::Signature,
     "K7Q2M\xFF",
     {PinProblem::InvalidCharacter},
     "",
     false},
    {"R-PIN-SIGN", "nothing typed", PinKind::Signature, "", {PinProblem::Empty}, "", false},
    {"R-PIN-SIGN",
     "everything wrong at once, most useful first",
     PinKind::Signature,
     "\xEF\xBC\x91-", // １-
     {PinProblem::FullWidthCharacter, PinProblem::InvalidCharacter, PinProblem::TooShort,
      PinProblem::MissingLetter},
     "",
     false},
    // R-PIN-AUTH, R-PIN-INFO, R-PIN-RESI
    {"R-PIN-AUTH", "four digits", PinKind::UserAuthentication, "2580", {}, "2580", false},
    {"R-PIN-INFO", "four digits", PinKind::CardInfo, "0007", {}, "0007", false},
    {"R-PIN-RESI", "four digits", PinKind::ResidentRegistry, "9153", {}, "9153", false},
    {"R-PIN-AUTH",
     "three digits",
     PinKind::UserAuthentication,
     "258",
     {PinProblem::WrongLength},
     "",
     false},
    {"R-PIN-AUTH",
     "five digits",
     PinKind::UserAuthentication,
     "25801",
     {PinProblem::WrongLength},
     "",
     false},
    {"R-PIN-INFO",
     "a letter",
     PinKind::CardInfo,
     "25a0",
     {PinProblem::NonDigitCharacter},
     "",
     false},
    {"R-PIN-RESI",
     "lower-case letters are not converted",
     PinKind::ResidentRegistry,
     "abcd",
     {PinProblem::NonDigitCharacter},
     "",
     false},
    {"R-PIN-AUTH",
     "full-width digits",
     PinKind::UserAuthentication,
     "\xEF\xBC\x92\xEF\xBC\x95\xEF\xBC\x98\xEF\xBC\x90", // ２５８０
     {PinProblem::FullWidthCharacter},
     "",
     false},
    {"R-PIN-AUTH",
     "nothing typed",
     PinKind::UserAuthentication,
     "",
     {PinProblem::Empty},
     "",
     false},
};

} // namespace

TEST(PinPolicy, ChecksAPinBeingSetAgainstItsFormat) {
    for (const NewPinRow& row : newPinRows) {
        SCOPED_TRACE(describe(row.rule, row.description, row.typed));
        const NewPinCheck check = checkNewPin(row.kind, row.typed);
        EXPECT_EQ(check.valid, row.problems.empty());
        EXPECT_EQ(check.problems, row.problems);
        EXPECT_EQ(check.uppercased, row.uppercased);
        // Compared without printing: the normalised PIN never reaches the log.
        EXPECT_TRUE(check.normalised.equals(row.normalised))
            << "normalised " << masked(check.normalised.view());
    }
}

TEST(PinPolicy, FollowsJLisWhereTheSeedContradictsItselfOnTheCertificatePinFormats) {
    // R-PIN-SIGN, R-PIN-AUTH: the seed's list of certificate kinds gives the signature PIN as
    // 4 digits and the user-authentication PIN as 6-16 alphanumeric; its section on convenience
    // stores says the opposite. J-LIS's portal confirms the second statement, which is followed.
    EXPECT_TRUE(checkNewPin(PinKind::Signature, "K7Q2M9").valid);
    EXPECT_TRUE(checkNewPin(PinKind::UserAuthentication, "2580").valid);
    EXPECT_EQ(checkNewPin(PinKind::Signature, "2580").problems,
              (std::vector{PinProblem::TooShort, PinProblem::MissingLetter}));
    EXPECT_EQ(checkNewPin(PinKind::UserAuthentication, "K7Q2M9").problems,
              (std::vector{PinProblem::NonDigitCharacter, PinProblem::WrongLength}));
}

namespace {

struct WarningRow {
    const char* rule;
    const char* description;
    PinKind kind;
    const char* typed;
    std::optional<Date> birth;
    std::vector<PinWarning> warnings;
};

constexpr Date bornShowa55{year{1980}, May, day{12}};        // 昭和55年
constexpr Date bornOnLeapDay{year{2004}, February, day{29}}; // 平成16年

const std::vector<WarningRow> warningRows = {
    {"R-PIN-NEW", "no pattern", PinKind::UserAuthentication, "2580", {}, {}},
    {"R-PIN-NEW", "alternating digits", PinKind::UserAuthentication, "1212", {}, {}},
    {"R-PIN-NEW",
     "one digit four times",
     PinKind::UserAuthentication,
     "1111",
     {},
     {PinWarning::RepeatedCharacter}},
    {"R-PIN-NEW", "ascending", PinKind::CardInfo, "1234", {}, {PinWarning::AscendingSequence}},
    {"R-PIN-NEW",
     "ascending through zero",
     PinKind::CardInfo,
     "7890",
     {},
     {PinWarning::AscendingSequence}},
    {"R-PIN-NEW",
     "descending",
     PinKind::ResidentRegistry,
     "4321",
     {},
     {PinWarning::DescendingSequence}},
    {"R-PIN-NEW",
     "descending through nine",
     PinKind::ResidentRegistry,
     "1098",
     {},
     {PinWarning::DescendingSequence}},
    {"R-PIN-NEW",
     "password of two repeated runs",
     PinKind::Signature,
     "AAA111",
     {},
     {PinWarning::RepeatedCharacter}},
    {"R-PIN-NEW",
     "password of two ascending runs",
     PinKind::Signature,
     "ABC123",
     {},
     {PinWarning::AscendingSequence}},
    {"R-PIN-NEW",
     "password of two descending runs",
     PinKind::Signature,
     "CBA321",
     {},
     {PinWarning::DescendingSequence}},
    {"R-PIN-NEW", "password mixing rising and falling runs", PinKind::Signature, "ABC321", {}, {}},
    {"R-PIN-NEW", "password interleaving letters and digits", PinKind::Signature, "A1B2C3", {}, {}},
    {"R-PIN-NEW",
     "birth date as MMDD",
     PinKind::UserAuthentication,
     "0512",
     bornShowa55,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "birth date as DDMM",
     PinKind::UserAuthentication,
     "1205",
     bornShowa55,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "birth date as YYMM",
     PinKind::UserAuthentication,
     "8005",
     bornShowa55,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "birth year",
     PinKind::UserAuthentication,
     "1980",
     bornShowa55,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "birth date as era year and month",
     PinKind::UserAuthentication,
     "5505",
     bornShowa55,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "birth date inside a password",
     PinKind::Signature,
     "KQ19800512",
     bornShowa55,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "era birth date inside a password",
     PinKind::Signature,
     "KQ550512M",
     bornShowa55,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "unrelated to the birth date",
     PinKind::UserAuthentication,
     "2580",
     bornShowa55,
     {}},
    {"R-PIN-NEW",
     "leap-day birth as MMDD",
     PinKind::CardInfo,
     "0229",
     bornOnLeapDay,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "leap-day birth as Heisei year and month",
     PinKind::CardInfo,
     "1602",
     bornOnLeapDay,
     {PinWarning::BirthDate}},
    {"R-PIN-NEW",
     "birth forms are not guessed without a birth date",
     PinKind::CardInfo,
     "0229",
     {},
     {}},
    {"R-PIN-NEW",
     "a sequence that is also a birth date",
     PinKind::CardInfo,
     "0123",
     Date{year{1990}, January, day{23}},
     {PinWarning::AscendingSequence, PinWarning::BirthDate}},
};

} // namespace

TEST(PinPolicy, WarnsAboutWeakPatternsWithoutRefusingThem) {
    for (const WarningRow& row : warningRows) {
        SCOPED_TRACE(describe(row.rule, row.description, row.typed));
        const NewPinCheck check = checkNewPin(row.kind, row.typed, row.birth);
        EXPECT_TRUE(check.valid);
        EXPECT_EQ(check.warnings, row.warnings);
    }
}

TEST(PinPolicy, GivesNoWarningsForAPinItRefuses) {
    const NewPinCheck check = checkNewPin(PinKind::UserAuthentication, "111", std::nullopt);
    EXPECT_FALSE(check.valid);
    EXPECT_TRUE(check.warnings.empty());
    EXPECT_TRUE(check.normalised.empty());
}

TEST(PinPolicy, ChecksTheFormatOfAPinBeingVerifiedBeforeTheCardSeesIt) {
    struct Row {
        const char* rule;
        const char* description;
        PinKind kind;
        std::string typed;
        const char* sent; // nullptr: refused before the card
        std::vector<PinProblem> problems;
    };
    const Row rows[] = {
        {"R-PIN-NEW", "lower case converted", PinKind::Signature, "k7q2m9", "K7Q2M9", {}},
        {"R-PIN-FORMAT", "too short", PinKind::Signature, "k7", nullptr, {PinProblem::TooShort}},
        {"R-PIN-FORMAT",
         "full width",
         PinKind::Signature,
         "\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3"
         "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93",
         nullptr,
         {PinProblem::FullWidthCharacter}},
        {"R-PIN-FORMAT",
         "letters in a 4-digit PIN",
         PinKind::UserAuthentication,
         "25ab",
         nullptr,
         {PinProblem::NonDigitCharacter}},
        {"R-PIN-FORMAT", "too short", PinKind::CardInfo, "12", nullptr, {PinProblem::WrongLength}},
        {"R-PIN-FORMAT",
         "too long",
         PinKind::CardInfo,
         "12345",
         nullptr,
         {PinProblem::WrongLength}},
        {"R-PIN-FORMAT",
         "a NUL byte",
         PinKind::CardInfo,
         std::string("12\0"
                     "34",
                     5),
         nullptr,
         {PinProblem::NonDigitCharacter, PinProblem::WrongLength}},
        {"R-PIN-FORMAT",
         "a leading space",
         PinKind::CardInfo,
         " 1234",
         nullptr,
         {PinProblem::NonDigitCharacter, PinProblem::WrongLength}},
        {"R-PIN-FORMAT",
         "full-width digits",
         PinKind::CardInfo,
         "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x94",
         nullptr,
         {PinProblem::FullWidthCharacter}},
        {"R-PIN-INFO", "four digits", PinKind::CardInfo, "1234", "1234", {}},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(describe(row.rule, row.description, row.typed.c_str()));
        const PinFormatCheck check = checkPinFormat(row.kind, row.typed);
        EXPECT_EQ(check.valid, row.sent != nullptr);
        EXPECT_EQ(check.problems, row.problems);
        if (row.sent != nullptr) {
            EXPECT_TRUE(check.normalised.equals(row.sent));
        } else {
            EXPECT_TRUE(check.normalised.empty());
        }
    }
}

TEST(PinPolicy, KnowsEachPinsRetryLimitAndFormat) {
    struct Row {
        const char* rule;
        PinKind kind;
        int tries;
        std::size_t minLength;
        std::size_t maxLength;
        bool alphanumeric;
        bool certificate;
    };
    const Row rows[] = {
        {"R-PIN-SIGN R-PIN-LOCK", PinKind::Signature, 5, 6, 16, true, true},
        {"R-PIN-AUTH R-PIN-LOCK", PinKind::UserAuthentication, 3, 4, 4, false, true},
        {"R-PIN-INFO R-PIN-LOCK", PinKind::CardInfo, 3, 4, 4, false, false},
        {"R-PIN-RESI R-PIN-LOCK", PinKind::ResidentRegistry, 3, 4, 4, false, false},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.rule);
        EXPECT_EQ(retryLimit(row.kind), row.tries);
        EXPECT_EQ(pinFormat(row.kind).minLength, row.minLength);
        EXPECT_EQ(pinFormat(row.kind).maxLength, row.maxLength);
        EXPECT_EQ(pinFormat(row.kind).alphanumeric, row.alphanumeric);
        EXPECT_EQ(isCertificatePin(row.kind), row.certificate);
    }
}

TEST(PinPolicy, ParsesEveryStableIdItWrites) {
    const std::pair<PinKind, std::string_view> ids[] = {
        {PinKind::Signature, "signature"},
        {PinKind::UserAuthentication, "user-auth"},
        {PinKind::CardInfo, "card-info"},
        {PinKind::ResidentRegistry, "resident-registry"},
    };
    for (const auto& [kind, id] : ids) {
        EXPECT_EQ(pinKindId(kind), id);
        EXPECT_EQ(parsePinKind(id), kind) << id;
    }
    EXPECT_EQ(parsePinKind("Signature"), std::nullopt);
    EXPECT_EQ(parsePinKind(""), std::nullopt);
}

TEST(PinPolicy, RecordsALockReleaseWhenNoTryIsLeftAndAResetOtherwise) {
    struct Row {
        const char* rule;
        int triesLeft;
        ResetCase expected;
        Procedure procedure;
    };
    const Row rows[] = {
        {"R-PIN-RESET", 0, ResetCase::Locked, Procedure::LockRelease},
        {"R-PIN-RESET", 1, ResetCase::Forgotten, Procedure::PinReset},
        {"R-PIN-RESET", 3, ResetCase::Forgotten, Procedure::PinReset},
        {"R-PIN-RESET", 5, ResetCase::Forgotten, Procedure::PinReset},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(std::string{row.rule} + " tries left " + std::to_string(row.triesLeft));
        EXPECT_EQ(resetCaseFor(row.triesLeft), row.expected);
        EXPECT_EQ(procedureFor(resetCaseFor(row.triesLeft)), row.procedure);
    }
}

TEST(Procedures, ParsesEveryStableIdItWrites) {
    for (Procedure procedure : allProcedures) {
        EXPECT_EQ(parseProcedure(procedureId(procedure)), procedure);
    }
    for (RequestPath path : allRequestPaths) {
        EXPECT_EQ(parseRequestPath(requestPathId(path)), path);
    }
    EXPECT_EQ(procedureId(Procedure::PinReset), "pin-reset");
    EXPECT_EQ(procedureId(Procedure::LockRelease), "lock-release");
    EXPECT_EQ(requestPathId(RequestPath::LegalProxy), "legal-proxy");
    EXPECT_EQ(requestPathId(RequestPath::VoluntaryProxy), "voluntary-proxy");
    EXPECT_EQ(parseProcedure("Renewal"), std::nullopt);
    EXPECT_EQ(parseRequestPath("proxy"), std::nullopt);
}
