#pragma once

// The card's four PINs (domain-rules.md section 1): their formats, their retry limits, the check
// of a PIN being set, the preparation of a PIN being verified, and why a reset was needed.

#include "domain/date.h"
#include "domain/procedures.h"
#include "domain/secret.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace jpki::domain {

enum class PinKind {
    Signature,          // R-PIN-SIGN 署名用電子証明書のパスワード
    UserAuthentication, // R-PIN-AUTH 利用者証明用電子証明書の暗証番号
    CardInfo,           // R-PIN-INFO 券面事項入力補助用の暗証番号
    ResidentRegistry,   // R-PIN-RESI 住民基本台帳用の暗証番号
};

inline constexpr std::array allPinKinds{PinKind::Signature, PinKind::UserAuthentication,
                                        PinKind::CardInfo, PinKind::ResidentRegistry};

// Stable ids: "signature", "user-auth", "card-info", "resident-registry".
std::string_view pinKindId(PinKind kind);
std::optional<PinKind> parsePinKind(std::string_view id);

// The two PINs that protect a certificate (the convenience-store reset knows only these).
bool isCertificatePin(PinKind kind);

// R-PIN-LOCK: consecutive wrong entries before the card blocks the PIN: 5 for the signature
// password, 3 for the others.
int retryLimit(PinKind kind);

struct PinFormat {
    std::size_t minLength = 4;
    std::size_t maxLength = 4;
    // false: ASCII digits only. true: A-Z and 0-9 with at least one of each.
    bool alphanumeric = false;
};

PinFormat pinFormat(PinKind kind);

// Why a PIN being set is refused. Listed in a result most useful first: the input mode (full
// width), then stray characters, then the length, then the mix of letters and digits.
enum class PinProblem {
    Empty,
    FullWidthCharacter, // ＡＢＣ１２３: the input method is in full-width mode
    InvalidCharacter,   // signature: anything but A-Z, a-z, 0-9
    NonDigitCharacter,  // 4-digit PINs: anything but 0-9
    TooShort,           // signature: fewer than 6
    TooLong,            // signature: more than 16
    WrongLength,        // 4-digit PINs: not exactly 4
    MissingLetter,      // signature: no letter
    MissingDigit,       // signature: no digit
};

inline constexpr std::array allPinProblems{PinProblem::Empty,
                                           PinProblem::FullWidthCharacter,
                                           PinProblem::InvalidCharacter,
                                           PinProblem::NonDigitCharacter,
                                           PinProblem::TooShort,
                                           PinProblem::TooLong,
                                           PinProblem::WrongLength,
                                           PinProblem::MissingLetter,
                                           PinProblem::MissingDigit};

// R-PIN-NEW: weak patterns the applicant is warned about; none of them is a refusal.
enum class PinWarning {
    RepeatedCharacter,  // 1111, AAA111
    AscendingSequence,  // 1234, 7890, ABC123
    DescendingSequence, // 4321, CBA321
    BirthDate,          // a 4-, 6- or 8-digit form of the holder's birth date
};

inline constexpr std::array allPinWarnings{PinWarning::RepeatedCharacter,
                                           PinWarning::AscendingSequence,
                                           PinWarning::DescendingSequence, PinWarning::BirthDate};

// R-PIN-SIGN, R-PIN-AUTH, R-PIN-INFO, R-PIN-RESI, R-PIN-FORMAT: a PIN typed as UTF-8 against its
// kind's format, whether it is being set or verified: a PIN outside the format is never sent to
// the card, where it could only spend a try.
struct PinFormatCheck {
    bool valid = false;
    // A valid signature password was typed with lower-case letters, now upper case.
    bool uppercased = false;
    std::vector<PinProblem> problems;
    // The PIN as it is to be sent to the card; empty unless valid.
    SecretBuffer normalised;
};

PinFormatCheck checkPinFormat(PinKind kind, std::string_view typed);

struct NewPinCheck : PinFormatCheck {
    // Computed for a valid PIN only.
    std::vector<PinWarning> warnings;
};

// R-PIN-NEW: checks a PIN being set: its format, then the weak patterns it is warned about. With
// `birth`, forms of the birth date are warned about.
NewPinCheck checkNewPin(PinKind kind, std::string_view typed,
                        std::optional<Date> birth = std::nullopt);

// R-PIN-RESET: a reset records whether the PIN was forgotten or blocked.
enum class ResetCase {
    Forgotten, // tries left: the applicant does not know the PIN (暗証番号の再設定)
    Locked,    // no try left: the card blocked the PIN (ロック解除)
};

inline constexpr std::array allResetCases{ResetCase::Forgotten, ResetCase::Locked};

// From the tries left as the card reports them (0 = blocked).
ResetCase resetCaseFor(int triesLeft);
Procedure procedureFor(ResetCase resetCase);

} // namespace jpki::domain
