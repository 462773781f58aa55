// A new authority's files, their modes and the errors of a damaged or incomplete directory.

#include "issuer/x509_builder.h"
#include "issuer_test_support.h"

#include <fstream>
#include <openssl/x509v3.h>

namespace jpki::issuer {
namespace {

namespace fs = std::filesystem;
using namespace testing;

using AuthorityFiles = AuthorityTest;

void overwrite(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

TEST_F(AuthorityFiles, ANewAuthorityHasTheSimulatorsLayoutAndPrivateModes) {
    // Issue 16: keys and certificates alike are the owner's only, whatever the umask.
    const mode_t savedMask = ::umask(0);
    authority();
    ::umask(savedMask);
    EXPECT_EQ(modeOf(directory()), 0700u);
    for (const char* file :
         {authority_files::issuerKey, authority_files::authenticationCaKey,
          authority_files::signatureCaKey, authority_files::ledger,
          authority_files::issuerPublicKey, authority_files::authenticationCaCertificate,
          authority_files::signatureCaCertificate}) {
        EXPECT_EQ(modeOf(directory() / file), 0600u) << file;
    }
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(directory())) {
        ++files;
    }
    EXPECT_EQ(files, 7u) << "six key and certificate files and the ledger, no leftovers";
    EXPECT_EQ(readText(ledgerPath()), "jpki-issuer ledger v1\n");

    const crypto::Certificate ca = crypto::certificateFromPem(
        readText(directory() / authority_files::authenticationCaCertificate));
    char subject[512];
    X509_NAME_oneline(X509_get_subject_name(ca.get()), subject, sizeof subject);
    EXPECT_NE(std::string(subject).find("not J-LIS"), std::string::npos) << subject;
    EXPECT_EQ(X509_check_ca(ca.get()), 1);
}

TEST_F(AuthorityFiles, CreatingOverAnExistingAuthorityIsRefused) {
    authority();
    const Result<LocalAuthority> again =
        LocalAuthority::create(directory(), today(), testOptions());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, IssuerErrorCode::AuthorityExists);
}

TEST_F(AuthorityFiles, OpeningADirectoryWithoutAnAuthorityFindsNone) {
    fs::create_directories(directory());
    const Result<LocalAuthority> opened = LocalAuthority::open(directory(), testOptions());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, IssuerErrorCode::AuthorityMissing);

    const Result<LocalAuthority> made =
        LocalAuthority::openOrCreate(directory(), today(), testOptions());
    ASSERT_TRUE(made) << describe(made.error());
    EXPECT_TRUE(fs::exists(directory() / authority_files::issuerKey));
    EXPECT_EQ(modeOf(directory()), 0700u) << "an existing directory is made private";
}

TEST_F(AuthorityFiles, ACorruptKeyFileIsNamedInATypedError) {
    authority();
    overwrite(directory() / authority_files::authenticationCaKey,
              "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
    const Result<LocalAuthority> opened = LocalAuthority::open(directory(), testOptions());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, IssuerErrorCode::CorruptKeyFile);
    EXPECT_NE(opened.error().context.find(authority_files::authenticationCaKey), std::string::npos)
        << opened.error().context;
}

TEST_F(AuthorityFiles, AKeyThatDoesNotMatchItsCertificateIsRefused) {
    authority();
    fs::copy_file(directory() / authority_files::signatureCaKey,
                  directory() / authority_files::authenticationCaKey,
                  fs::copy_options::overwrite_existing);
    const Result<LocalAuthority> opened = LocalAuthority::open(directory(), testOptions());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, IssuerErrorCode::CorruptKeyFile);
    EXPECT_NE(opened.error().context.find("does not match"), std::string::npos);
}

TEST_F(AuthorityFiles, AnIssuerPublicKeyOfAnotherKeyIsRefused) {
    authority();
    const crypto::Key stranger = pooledKey();
    overwrite(directory() / authority_files::issuerPublicKey,
              crypto::publicKeyToPem(stranger.get()));
    const Result<LocalAuthority> opened = LocalAuthority::open(directory(), testOptions());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, IssuerErrorCode::CorruptKeyFile);
}

TEST_F(AuthorityFiles, AMissingFileIsNamed) {
    authority();
    fs::remove(directory() / authority_files::signatureCaCertificate);
    const Result<LocalAuthority> opened = LocalAuthority::open(directory(), testOptions());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, IssuerErrorCode::MissingFile);
    EXPECT_NE(opened.error().context.find(authority_files::signatureCaCertificate),
              std::string::npos);
    // Incomplete is not absent: openOrCreate does not make new keys over it.
    const Result<LocalAuthority> again =
        LocalAuthority::openOrCreate(directory(), today(), testOptions());
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, IssuerErrorCode::MissingFile);
}

TEST_F(AuthorityFiles, AnswersTheCardsChallengeWithTheIssuerKey) {
    const card::Bytes challenge{1, 2, 3, 4, 5, 6, 7, 8};
    const card::Result<card::Bytes> answer =
        authority().answerChallenge(card::Applet::Jpki, challenge);
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->size(), 256u);
    const crypto::Key issuerPublic =
        crypto::publicKeyFromPem(readText(directory() / authority_files::issuerPublicKey));
    EXPECT_TRUE(crypto::verifySha256(issuerPublic.get(), challenge, *answer));
    const card::Bytes other{8, 7, 6, 5, 4, 3, 2, 1};
    EXPECT_FALSE(crypto::verifySha256(issuerPublic.get(), other, *answer));
}

} // namespace
} // namespace jpki::issuer
