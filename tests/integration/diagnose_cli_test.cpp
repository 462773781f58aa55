// jpki-counter-cli diagnose through the real PC/SC stack: the reader, the card's ATR, the
// applets' answers to SELECT, the store; what it says without pcscd; and that it never shows
// the holder's data.

#include "card_reading.h"
#include "child_process.h"
#include "domain/date.h"
#include "pcsc_test.h"
#include "program_run.h"
#include "simulator/profiles.h"
#include "simulator/provisioning.h"
#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <sys/stat.h>

namespace jpki::test {
namespace {

class DiagnoseCli : public PcscTest {
protected:
    // A store with a few synthetic cases, so that its chain has a head.
    std::string makeStore() {
        const std::string path = (stack().directory() / "cases.sqlite3").string();
        const CommandRun generated =
            runProgram(stack().directory(),
                       {JPKI_CLI_PATH, "db", "generate", "--days", "1", "--cases-per-day", "2",
                        "--db", path, "--start", domain::formatIsoDate(stack().today())});
        EXPECT_TRUE(generated.status && exitedWith(*generated.status, 0)) << stderrText();
        return path;
    }

    std::string stderrText() { return readAll(stack().directory() / "stderr.txt").toStdString(); }

    QJsonObject diagnose(const std::vector<std::string>& options) {
        std::vector<std::string> command = {JPKI_CLI_PATH, "diagnose", "--json"};
        command.insert(command.end(), options.begin(), options.end());
        const CommandRun run = runProgram(stack().directory(), command);
        EXPECT_TRUE(run.status && exitedWith(*run.status, 0)) << stderrText();
        return QJsonDocument::fromJson(run.out).object();
    }
};

TEST_F(DiagnoseCli, ListsTheReaderTheCardTheAppletsAndTheStore) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const std::string store = makeStore();
    const CommandRun audit = runProgram(
        stack().directory(), {JPKI_CLI_PATH, "audit", "verify", "--json", "--db", store});
    const QJsonObject verified = QJsonDocument::fromJson(audit.out).object();
    ASSERT_GT(verified.value(QStringLiteral("head_sequence")).toInteger(), 0) << stderrText();

    const QJsonObject report = diagnose({"--db", store});
    ASSERT_FALSE(report.isEmpty());

    const QJsonObject pcsc = report.value(QStringLiteral("pcsc")).toObject();
    EXPECT_EQ(pcsc.value(QStringLiteral("service")).toString(), QStringLiteral("available"));
    // vpcd offers two slots; the card is in the stack's.
    QJsonObject reader;
    for (const QJsonValue& listed : pcsc.value(QStringLiteral("readers")).toArray()) {
        if (listed.toObject().value(QStringLiteral("name")).toString().toStdString() ==
            stack().readerName()) {
            reader = listed.toObject();
        }
    }
    ASSERT_FALSE(reader.isEmpty()) << QJsonDocument(pcsc).toJson().toStdString();
    EXPECT_TRUE(
        reader.value(QStringLiteral("states")).toArray().contains(QStringLiteral("present")));
    EXPECT_EQ(reader.value(QStringLiteral("atr")).toString().toStdString(), realCardAtr);
    EXPECT_EQ(reader.value(QStringLiteral("protocol")).toString(), QStringLiteral("T=1"));
    // vpcd answers neither the feature request nor the size attribute: "n/a" with the reason,
    // never a made-up answer.
    EXPECT_TRUE(reader.value(QStringLiteral("pin_pad")).isNull());
    EXPECT_TRUE(reader.value(QStringLiteral("largest_apdu")).isNull());
    EXPECT_TRUE(reader.value(QStringLiteral("feature_problem")).isObject());

    const QJsonArray applets = reader.value(QStringLiteral("applets")).toArray();
    ASSERT_EQ(applets.size(), 3);
    const std::pair<const char*, const std::string*> expected[] = {
        {"JPKI", &jpkiAid},
        {"card-info", &cardInfoAid},
        {"resident-registry", &residentRegistryAid}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject applet = applets.at(i).toObject();
        EXPECT_EQ(applet.value(QStringLiteral("name")).toString().toStdString(), expected[i].first);
        EXPECT_EQ(applet.value(QStringLiteral("aid")).toString().toStdString(),
                  *expected[i].second);
        EXPECT_EQ(applet.value(QStringLiteral("status_word")).toString(), QStringLiteral("90 00"))
            << expected[i].first;
    }

    const QJsonObject facts = report.value(QStringLiteral("store")).toObject();
    EXPECT_EQ(facts.value(QStringLiteral("backend")).toString(), QStringLiteral("sqlite"));
    EXPECT_EQ(facts.value(QStringLiteral("schema_version")).toInt(),
              storage::currentSchemaVersion());
    const QJsonObject head = facts.value(QStringLiteral("chain_head")).toObject();
    EXPECT_EQ(head.value(QStringLiteral("sequence")).toInteger(),
              verified.value(QStringLiteral("head_sequence")).toInteger());
    EXPECT_EQ(head.value(QStringLiteral("hash")).toString(),
              verified.value(QStringLiteral("head_hash")).toString());
    EXPECT_GT(facts.value(QStringLiteral("bytes")).toInteger(), 0);
    EXPECT_TRUE(facts.value(QStringLiteral("server_clock_offset_ms")).isNull());

    const QJsonObject packages = report.value(QStringLiteral("packages")).toObject();
    for (const char* name : {"pcscd", "libccid", "opensc"}) {
        EXPECT_TRUE(packages.contains(QString::fromLatin1(name))) << name;
    }
    EXPECT_FALSE(packages.value(QStringLiteral("pcscd")).toString().isEmpty());
    // The command line has no screen: scaling is "n/a".
    EXPECT_TRUE(report.value(QStringLiteral("system"))
                    .toObject()
                    .value(QStringLiteral("scaling"))
                    .isNull());
    EXPECT_FALSE(report.value(QStringLiteral("settings_files")).toArray().isEmpty());
}

TEST_F(DiagnoseCli, SaysWhyWithoutPcscdAndStillAnswers) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    stack().stopPcscd();
    const QJsonObject report = diagnose({"--lang", "en"});
    const QJsonObject pcsc = report.value(QStringLiteral("pcsc")).toObject();
    EXPECT_EQ(pcsc.value(QStringLiteral("service")).toString(), QStringLiteral("unavailable"));
    const QJsonObject problem = pcsc.value(QStringLiteral("problem")).toObject();
    EXPECT_EQ(problem.value(QStringLiteral("code")).toString(),
              QStringLiteral("ServiceUnavailable"));
    EXPECT_TRUE(
        problem.value(QStringLiteral("message")).toString().contains(QStringLiteral("pcscd")))
        << QJsonDocument(problem).toJson().toStdString();
    EXPECT_TRUE(pcsc.value(QStringLiteral("readers")).toArray().isEmpty());

    const CommandRun text =
        runProgram(stack().directory(), {JPKI_CLI_PATH, "diagnose", "--lang", "en"});
    ASSERT_TRUE(text.status && exitedWith(*text.status, 0)) << stderrText();
    EXPECT_TRUE(text.out.contains("pcscd")) << text.out.toStdString();
}

// Nothing of the holder: the card's own strings, read by the simulator from its profile, are
// nowhere in the text or the JSON, nor the certificate's subject that `card status` shows.
TEST_F(DiagnoseCli, ShowsNoHolderData) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const auto profile = sim::makeProfile("healthy", stack().today());
    ASSERT_TRUE(profile.has_value());
    const CommandRun status =
        runProgram(stack().directory(), {JPKI_CLI_PATH, "card", "status", "--json"});
    const QString subject = QJsonDocument::fromJson(status.out)
                                .object()
                                .value(QStringLiteral("certificates"))
                                .toObject()
                                .value(QStringLiteral("user_auth"))
                                .toObject()
                                .value(QStringLiteral("subject"))
                                .toString();
    ASSERT_FALSE(subject.isEmpty()) << status.out.toStdString();

    const CommandRun json = runProgram(stack().directory(), {JPKI_CLI_PATH, "diagnose", "--json"});
    const CommandRun text = runProgram(stack().directory(), {JPKI_CLI_PATH, "diagnose"});
    ASSERT_TRUE(json.status && exitedWith(*json.status, 0));
    ASSERT_TRUE(text.status && exitedWith(*text.status, 0));
    ASSERT_TRUE(text.out.contains("3B E0 00 FF 81 31 FE 45 14")) << text.out.toStdString();
    const std::string birth = domain::formatIsoDate(profile->holder.birthDate);
    const std::string compactBirth = birth.substr(0, 4) + birth.substr(5, 2) + birth.substr(8, 2);
    for (const std::string& secret :
         {profile->holder.name, profile->holder.nameKana, profile->holder.address, birth,
          compactBirth, std::string(sim::fakeMyNumber), subject.toStdString()}) {
        EXPECT_FALSE(json.out.contains(QByteArray::fromStdString(secret))) << secret;
        EXPECT_FALSE(text.out.contains(QByteArray::fromStdString(secret))) << secret;
    }
}

TEST_F(DiagnoseCli, WritesANewPrivateFileAndNeverOverAnExistingOne) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const std::string out = (stack().directory() / "diagnostics.txt").string();
    const CommandRun written =
        runProgram(stack().directory(), {JPKI_CLI_PATH, "diagnose", "--out", out});
    ASSERT_TRUE(written.status && exitedWith(*written.status, 0)) << stderrText();
    struct stat info {};
    ASSERT_EQ(::stat(out.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0600u);
    EXPECT_TRUE(readAll(out).contains(QByteArray::fromStdString(stack().readerName())));

    const CommandRun again =
        runProgram(stack().directory(), {JPKI_CLI_PATH, "diagnose", "--out", out});
    ASSERT_TRUE(again.status.has_value());
    EXPECT_TRUE(exitedWith(*again.status, 2));
}

} // namespace
} // namespace jpki::test
