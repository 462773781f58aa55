#include "card/card_error.h"
#include "card/pcsc_error.h"
#include "card/result.h"

#include <gtest/gtest.h>

using namespace jpki::card;

TEST(StatusWords, MapToTheClosedErrorSet) {
    struct Case {
        std::uint16_t sw;
        CardErrorCode code;
    };
    for (const Case& c : {
             Case{0x63C2, CardErrorCode::WrongPin},
             Case{0x63C0, CardErrorCode::PinBlocked},
             Case{0x6983, CardErrorCode::PinBlocked},
             Case{0x6982, CardErrorCode::SecurityStatusNotSatisfied},
             Case{0x6A82, CardErrorCode::NotFound},
             Case{0x6A86, CardErrorCode::WrongP1P2},
             Case{0x6B00, CardErrorCode::WrongP1P2},
             Case{0x6700, CardErrorCode::WrongLength},
             Case{0x6C10, CardErrorCode::WrongLe},
             Case{0x6E00, CardErrorCode::ClassNotSupported},
             Case{0x6D00, CardErrorCode::InstructionNotSupported},
             Case{0x6985, CardErrorCode::ConditionsOfUseNotSatisfied},
             Case{0x6282, CardErrorCode::EndOfFile},
             Case{0x6300, CardErrorCode::AuthenticationFailed},
             Case{0x6F00, CardErrorCode::UnknownStatusWord},
         }) {
        const CardError error = errorFromStatusWord(c.sw);
        EXPECT_EQ(error.code, c.code) << std::hex << c.sw;
        EXPECT_EQ(error.statusWord, c.sw);
        EXPECT_FALSE(isTransportError(error.code));
    }
}

TEST(StatusWords, CarryTheTriesLeft) {
    EXPECT_EQ(errorFromStatusWord(0x63C4).triesLeft, 4);
    EXPECT_EQ(errorFromStatusWord(0x63C0).triesLeft, 0);
    EXPECT_EQ(errorFromStatusWord(0x6983).triesLeft, 0);
    EXPECT_FALSE(errorFromStatusWord(0x6982).triesLeft.has_value());
}

TEST(StatusWords, DescribeForTheLogWithoutSecrets) {
    EXPECT_EQ(describe(errorFromStatusWord(0x63C1, "VERIFY signature password")),
              "WrongPin (1 tries left) [SW 63C1] while VERIFY signature password");
}

TEST(PcscCodes, MapToTransportErrors) {
    struct Case {
        LONG pcsc;
        CardErrorCode code;
    };
    for (const Case& c : {
             Case{SCARD_E_NO_SERVICE, CardErrorCode::ServiceUnavailable},
             Case{SCARD_E_SERVICE_STOPPED, CardErrorCode::ServiceUnavailable},
             Case{SCARD_E_INVALID_HANDLE, CardErrorCode::ServiceUnavailable},
             Case{SCARD_E_NO_READERS_AVAILABLE, CardErrorCode::NoReader},
             Case{SCARD_E_READER_UNAVAILABLE, CardErrorCode::NoReader},
             Case{SCARD_E_UNKNOWN_READER, CardErrorCode::NoReader},
             Case{SCARD_E_NO_SMARTCARD, CardErrorCode::NoCard},
             Case{SCARD_W_REMOVED_CARD, CardErrorCode::CardRemoved},
             Case{SCARD_W_RESET_CARD, CardErrorCode::CardReset},
             Case{SCARD_E_SHARING_VIOLATION, CardErrorCode::ReaderBusy},
             Case{SCARD_W_UNRESPONSIVE_CARD, CardErrorCode::CardUnresponsive},
             Case{SCARD_E_PROTO_MISMATCH, CardErrorCode::CardUnresponsive},
             Case{SCARD_E_TIMEOUT, CardErrorCode::Timeout},
             Case{SCARD_E_CANCELLED, CardErrorCode::Cancelled},
             Case{SCARD_E_NOT_TRANSACTED, CardErrorCode::TransportFailure},
             Case{SCARD_F_COMM_ERROR, CardErrorCode::TransportFailure},
         }) {
        const CardError error = errorFromPcsc(c.pcsc, "test");
        EXPECT_EQ(error.code, c.code) << std::hex << c.pcsc;
        EXPECT_EQ(error.pcscCode, static_cast<std::uint32_t>(c.pcsc));
        EXPECT_TRUE(isTransportError(error.code));
    }
    EXPECT_TRUE(meansServiceGone(SCARD_E_NO_SERVICE));
    EXPECT_TRUE(meansServiceGone(SCARD_E_SERVICE_STOPPED));
    EXPECT_TRUE(meansServiceGone(SCARD_E_INVALID_HANDLE));
    EXPECT_FALSE(meansServiceGone(SCARD_W_REMOVED_CARD));
}

TEST(Result, HoldsAValueOrAnError) {
    const Result<int> value(5);
    EXPECT_TRUE(value.ok());
    EXPECT_EQ(*value, 5);
    const Result<int> failure{CardError(CardErrorCode::NoCard)};
    EXPECT_FALSE(failure);
    EXPECT_EQ(failure.error().code, CardErrorCode::NoCard);
    const Result<void> done;
    EXPECT_TRUE(done.ok());
}
