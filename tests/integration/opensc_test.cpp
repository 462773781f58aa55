// OpenSC's own JPKI driver, through the same pcscd: it must list and read the virtual card's
// certificates (pkcs15-tool runs as a child in the test's private namespace).

#include "card_reading.h"
#include "pcsc_test.h"
#include "simulator/crypto.h"

#include <fstream>
#include <sstream>

namespace jpki::test {
namespace {

class OpenScThroughPcsc : public PcscTest {
protected:
    void SetUp() override {
        PcscTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        if (!findExecutable("pkcs15-tool")) {
            if (skipsAreFailures()) {
                GTEST_FAIL() << "CI=true and pkcs15-tool (package opensc) is missing";
            }
            GTEST_SKIP() << "pkcs15-tool (package opensc) is missing";
        }
    }

    // Runs pkcs15-tool on the stack's reader; returns its exit status and output.
    std::pair<std::optional<int>, std::string>
    pkcs15Tool(const std::vector<std::string>& arguments,
               const std::map<std::string, std::string>& environment = {}) {
        const std::filesystem::path output = stack().directory() / "pkcs15-tool.out";
        std::filesystem::remove(output);
        std::vector<std::string> command = {"pkcs15-tool", "--reader", stack().readerName()};
        command.insert(command.end(), arguments.begin(), arguments.end());
        std::map<std::string, std::string> variables = environment;
        variables["HOME"] =
            stack().directory().string(); // no cache or config of the machine's user
        const std::optional<int> status =
            runToCompletion(command, output, std::chrono::seconds(30), variables);
        std::ifstream in(output);
        std::ostringstream text;
        text << in.rdbuf();
        return {status, text.str()};
    }
};

TEST_F(OpenScThroughPcsc, Pkcs15ToolListsAndReadsTheCertificates) {
    ASSERT_NO_FATAL_FAILURE(startStack({"healthy"}));
    const std::size_t before = stack().apduCount();
    const auto [listStatus, list] = pkcs15Tool({"--list-certificates"});
    ASSERT_TRUE(listStatus && exitedWith(*listStatus, 0)) << list;
    for (const char* label :
         {"User Authentication Certificate", "Digital Signature Certificate",
          "User Authentication Certificate CA", "Digital Signature Certificate CA"}) {
        EXPECT_NE(list.find(label), std::string::npos) << label << "\n" << list;
    }
    const std::size_t listed = stack().apduCount();

    const auto [readStatus, pem] = pkcs15Tool({"--read-certificate", "01"});
    ASSERT_TRUE(readStatus && exitedWith(*readStatus, 0)) << pem;
    ASSERT_NE(pem.find("-----BEGIN CERTIFICATE-----"), std::string::npos) << pem;
    std::cout << "[ figures  ] pkcs15-tool --list-certificates: " << listed - before
              << " APDUs; --read-certificate 01: " << stack().apduCount() - listed << " APDUs\n";

    // The PEM that OpenSC printed is the certificate the card holds.
    const auto card = connect();
    ASSERT_EQ(selectApplet(*card, jpkiAid).sw, 0x9000);
    ASSERT_EQ(selectFile(*card, 0x000A).sw, 0x9000);
    const Bytes der = readWholeFile(*card).content;
    const sim::Certificate fromOpenSc = sim::certificateFromPem(pem.substr(pem.find("-----BEGIN")));
    EXPECT_EQ(sim::certificateToDer(fromOpenSc.get()), der);
}

TEST_F(OpenScThroughPcsc, CardWithoutSignatureCertificateIsNotBound) {
    // As documented: while binding, OpenSC's JPKI driver asks for both PINs' tries, and the
    // absent signature password (6A 82) makes the whole binding fail. Later OpenSC releases
    // have a `disable_sign_cert` option for such cards; Debian 12's OpenSC 0.23 does not.
    ASSERT_NO_FATAL_FAILURE(startStack({"minor"}));
    const auto [status, list] = pkcs15Tool({"--list-certificates"});
    ASSERT_TRUE(status);
    EXPECT_FALSE(exitedWith(*status, 0)) << list;
    EXPECT_NE(list.find("binding failed"), std::string::npos) << list;
}

} // namespace
} // namespace jpki::test
