// jpki-counter-cli card status / info through the real PC/SC stack, checked against what the
// simulator says of each profile (jpki-card-sim --list-profiles --json).

#include "child_process.h"
#include "domain/date.h"
#include "pcsc_test.h"
#include "program_run.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace jpki::test {
namespace {

QJsonObject profileFacts(const std::filesystem::path& folder, const std::string& profile,
                         const domain::Date& today) {
    const CommandRun run = runProgram(folder, {JPKI_CARD_SIM_PATH, "--list-profiles", "--json",
                                               "--today", domain::formatIsoDate(today)});
    for (const auto& entry : QJsonDocument::fromJson(run.out).array()) {
        if (entry.toObject().value(QStringLiteral("name")).toString().toStdString() == profile) {
            return entry.toObject();
        }
    }
    return {};
}

class CliCard : public PcscTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(CliCard, StatusMatchesTheProfile) {
    const std::string profile = GetParam();
    ASSERT_NO_FATAL_FAILURE(startStack({profile}));
    const QJsonObject facts = profileFacts(stack().directory(), profile, stack().today());
    ASSERT_FALSE(facts.isEmpty()) << profile;

    const CommandRun run =
        runProgram(stack().directory(), {JPKI_CLI_PATH, "card", "status", "--json", "--today",
                                         domain::formatIsoDate(stack().today())});
    ASSERT_TRUE(run.status && exitedWith(*run.status, 0))
        << readAll(stack().directory() / "stderr.txt").toStdString();
    const QJsonObject status = QJsonDocument::fromJson(run.out).object();
    ASSERT_FALSE(status.isEmpty()) << run.out.toStdString();

    EXPECT_EQ(status.value(QStringLiteral("reader")).toString().toStdString(),
              stack().readerName());
    EXPECT_EQ(status.value(QStringLiteral("atr")).toString(),
              QStringLiteral("3B E0 00 FF 81 31 FE 45 14"));

    const QJsonObject certificates = status.value(QStringLiteral("certificates")).toObject();
    const QJsonObject userAuth = certificates.value(QStringLiteral("user_auth")).toObject();
    const QJsonObject expectedCertificates = facts.value(QStringLiteral("certificates")).toObject();
    const QString expectedExpiry = expectedCertificates.value(QStringLiteral("user_authentication"))
                                       .toObject()
                                       .value(QStringLiteral("expiry"))
                                       .toString();
    EXPECT_TRUE(userAuth.value(QStringLiteral("present")).toBool());
    EXPECT_EQ(userAuth.value(QStringLiteral("not_after")).toString(), expectedExpiry) << profile;
    const auto expiry = domain::parseIsoDate(expectedExpiry.toStdString());
    ASSERT_TRUE(expiry.has_value());
    EXPECT_EQ(userAuth.value(QStringLiteral("days_left")).toInt(),
              domain::daysBetween(stack().today(), *expiry))
        << profile;
    EXPECT_FALSE(userAuth.value(QStringLiteral("serial")).toString().isEmpty());

    // Without the password the signature certificate is only said to exist (or not).
    const QJsonObject signature = certificates.value(QStringLiteral("signature")).toObject();
    const bool hasSignature = expectedCertificates.value(QStringLiteral("signature")).isObject();
    EXPECT_EQ(signature.value(QStringLiteral("present")).toBool(), hasSignature) << profile;
    EXPECT_FALSE(signature.contains(QStringLiteral("serial"))) << profile;

    const QJsonObject pins = status.value(QStringLiteral("pins")).toObject();
    const QJsonObject expectedTries = facts.value(QStringLiteral("pin_tries_left")).toObject();
    const std::pair<const char*, const char*> names[] = {
        {"user_auth", "user_authentication"},
        {"signature", "signature"},
        {"card_info", "card_info"},
        {"resident_registry", "resident_registry"}};
    for (const auto& [ours, theirs] : names) {
        const QJsonObject pin = pins.value(QString::fromLatin1(ours)).toObject();
        const QJsonValue expected = expectedTries.value(QString::fromLatin1(theirs));
        if (expected.isUndefined() || expected.isNull()) {
            EXPECT_EQ(pin.value(QStringLiteral("state")).toString(), QStringLiteral("absent"))
                << profile << ' ' << ours;
            EXPECT_FALSE(pin.value(QStringLiteral("blocked")).toBool()) << profile << ' ' << ours;
            continue;
        }
        EXPECT_EQ(pin.value(QStringLiteral("left")).toInt(-1), expected.toInt())
            << profile << ' ' << ours;
        EXPECT_EQ(pin.value(QStringLiteral("blocked")).toBool(), expected.toInt() == 0)
            << profile << ' ' << ours;
    }
    EXPECT_EQ(
        pins.value(QStringLiteral("signature")).toObject().value(QStringLiteral("limit")).toInt(),
        5);
    EXPECT_EQ(
        pins.value(QStringLiteral("user_auth")).toObject().value(QStringLiteral("limit")).toInt(),
        3);
}

INSTANTIATE_TEST_SUITE_P(EveryProfile, CliCard,
                         ::testing::Values("healthy", "sign-blocked", "auth-blocked", "expiring",
                                           "expired", "card-expiring", "minor", "adult-ward",
                                           "foreign-resident"),
                         [](const auto& test) {
                             std::string name = test.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST_F(PcscTest, CliStatusReadsTheSignatureCertificateWithThePassword) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const CommandRun run = runProgram(
        stack().directory(), {JPKI_CLI_PATH, "card", "status", "--json", "--signature-password"},
        "abc123\n"); // typed in lower case: upper-cased (R-PIN-NEW)
    ASSERT_TRUE(run.status && exitedWith(*run.status, 0));
    const QJsonObject signature = QJsonDocument::fromJson(run.out)
                                      .object()
                                      .value(QStringLiteral("certificates"))
                                      .toObject()
                                      .value(QStringLiteral("signature"))
                                      .toObject();
    EXPECT_FALSE(signature.value(QStringLiteral("serial")).toString().isEmpty())
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains("ABC123"));
}

TEST_F(PcscTest, CliInfoReadsTheFourItemsAfterThePinAndRefusesAWrongOne) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const QJsonObject facts = profileFacts(stack().directory(), "healthy", stack().today());
    const QJsonObject holder = facts.value(QStringLiteral("holder")).toObject();

    const CommandRun right =
        runProgram(stack().directory(), {JPKI_CLI_PATH, "card", "info", "--json"}, "1234\n");
    ASSERT_TRUE(right.status && exitedWith(*right.status, 0));
    const QJsonObject info = QJsonDocument::fromJson(right.out).object();
    EXPECT_EQ(info.value(QStringLiteral("name")).toString(),
              holder.value(QStringLiteral("name")).toString());
    EXPECT_EQ(info.value(QStringLiteral("address")).toString(),
              holder.value(QStringLiteral("address")).toString());
    EXPECT_EQ(info.value(QStringLiteral("birth_date")).toString(),
              holder.value(QStringLiteral("birth_date")).toString());
    EXPECT_EQ(info.value(QStringLiteral("sex")).toString(),
              holder.value(QStringLiteral("sex")).toString());
    EXPECT_FALSE(info.contains(QStringLiteral("my_number")));

    const CommandRun wrong =
        runProgram(stack().directory(), {JPKI_CLI_PATH, "card", "info", "--json"}, "9999\n");
    ASSERT_TRUE(wrong.status.has_value());
    EXPECT_TRUE(exitedWith(*wrong.status, 1));
    EXPECT_TRUE(wrong.out.isEmpty());
    EXPECT_NE(readAll(stack().directory() / "stderr.txt").indexOf("2"), -1); // tries left named
}

// The tries left of `pin` ("card_info", "signature") as card status reports them.
int triesLeft(const std::filesystem::path& folder, const char* pin) {
    const CommandRun run = runProgram(folder, {JPKI_CLI_PATH, "card", "status", "--json"});
    return QJsonDocument::fromJson(run.out)
        .object()
        .value(QStringLiteral("pins"))
        .toObject()
        .value(QString::fromLatin1(pin))
        .toObject()
        .value(QStringLiteral("left"))
        .toInt(-1);
}

// R-PIN-FORMAT: a PIN that fails its format never reaches the card. Three such entries once spent
// the three tries of the card-info PIN and blocked it.
TEST_F(PcscTest, CliSendsNoPinOutsideItsFormatToTheCard) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const auto folder = stack().directory();
    const int cardInfoTries = triesLeft(folder, "card_info");
    const int signatureTries = triesLeft(folder, "signature");
    ASSERT_EQ(cardInfoTries, 3);
    ASSERT_EQ(signatureTries, 5);
    const std::string fullWidth = "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x94\n";
    const std::string cardInfoEntries[] = {std::string("12\0"
                                                       "34\n",
                                                       5),
                                           fullWidth,
                                           " 1234\n",
                                           "123\n",
                                           "12345\n",
                                           std::string(200, '1') + "\n"};
    for (const std::string& entry : cardInfoEntries) {
        const CommandRun run = runProgram(folder, {JPKI_CLI_PATH, "card", "info", "--json"}, entry);
        ASSERT_TRUE(run.status.has_value());
        EXPECT_TRUE(exitedWith(*run.status, 2)) << entry;
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(triesLeft(folder, "card_info"), cardInfoTries) << entry;
    }
    const std::string passwords[] = {"abc12\n", "ABCDEFGHIJ1234567\n", "abcdef\n", " abc123\n",
                                     "\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3"
                                     "123\n"};
    for (const std::string& entry : passwords) {
        const CommandRun run = runProgram(
            folder, {JPKI_CLI_PATH, "card", "status", "--json", "--signature-password"}, entry);
        ASSERT_TRUE(run.status.has_value());
        EXPECT_TRUE(exitedWith(*run.status, 2)) << entry;
        EXPECT_EQ(triesLeft(folder, "signature"), signatureTries) << entry;
    }
    // The message is rules pin-check's, and the PIN is still usable.
    const CommandRun checked = runProgram(
        folder, {JPKI_CLI_PATH, "rules", "pin-check", "--kind", "card-info", "--json"}, "12a4\n");
    const QString reason =
        QJsonDocument::fromJson(checked.out).object().value(QStringLiteral("reason")).toString();
    ASSERT_FALSE(reason.isEmpty());
    const CommandRun refused = runProgram(folder, {JPKI_CLI_PATH, "card", "info"}, "12a4\n");
    EXPECT_TRUE(refused.status && exitedWith(*refused.status, 2));
    EXPECT_TRUE(QString::fromUtf8(readAll(folder / "stderr.txt")).contains(reason))
        << readAll(folder / "stderr.txt").toStdString();
    const CommandRun right =
        runProgram(folder, {JPKI_CLI_PATH, "card", "info", "--json"}, "1234\n");
    EXPECT_TRUE(right.status && exitedWith(*right.status, 0));
}

TEST_F(PcscTest, CliSaysClearlyWhenThereIsNoCardOrNoService) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    stack().stopCard();
    ASSERT_TRUE(stack().waitForCard(false));
    const CommandRun noCard = runProgram(
        stack().directory(), {JPKI_CLI_PATH, "card", "status", "--json", "--lang", "en"});
    ASSERT_TRUE(noCard.status.has_value());
    EXPECT_TRUE(exitedWith(*noCard.status, 2));
    EXPECT_TRUE(noCard.out.isEmpty());
    EXPECT_TRUE(readAll(stack().directory() / "stderr.txt").contains("No card"))
        << readAll(stack().directory() / "stderr.txt").toStdString();

    stack().stopPcscd();
    const CommandRun noService = runProgram(
        stack().directory(), {JPKI_CLI_PATH, "card", "status", "--json", "--lang", "en"});
    ASSERT_TRUE(noService.status.has_value());
    EXPECT_TRUE(exitedWith(*noService.status, 2));
    EXPECT_TRUE(readAll(stack().directory() / "stderr.txt").contains("pcscd"))
        << readAll(stack().directory() / "stderr.txt").toStdString();
}

} // namespace
} // namespace jpki::test
