// The counter's local issuing authority and the virtual card sharing one authority directory,
// through pcscd and the vpcd driver: a PIN reset, a renewal of the user-authentication
// certificate, a first signature certificate, and a card refusing an authority it does not trust.

#include "card/card_info_applet.h"
#include "card/certificate_check.h"
#include "card/hex.h"
#include "card/jpki_applet.h"
#include "card/pcsc_channel.h"
#include "card/pcsc_context.h"
#include "domain/validity.h"
#include "issuer/local_authority.h"
#include "pcsc_test.h"
#include "simulator/profiles.h"

#include <cstdlib>

namespace jpki::test {
namespace {

namespace fs = std::filesystem;
using card::JpkiCertificate;
using card::JpkiKey;
using card::PinReference;
using domain::CertificateKind;

Bytes asBytes(std::string_view text) {
    return Bytes(text.begin(), text.end());
}

// What the card signs to prove it holds the new key: a SHA-256 DigestInfo over a challenge.
Bytes digestInfoOver(std::string_view challenge) {
    Bytes digestInfo = *card::fromHex("3031300d060960864801650304020105000420");
    const Bytes digest = issuer::crypto::sha256(asBytes(challenge));
    digestInfo.insert(digestInfo.end(), digest.begin(), digest.end());
    return digestInfo;
}

class IssuerThroughPcsc : public PcscTest {
protected:
    void SetUp() override {
        PcscTest::SetUp();
        std::string pattern = (fs::temp_directory_path() / "jpki-authority-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_root = pattern;
    }
    void TearDown() override {
        m_channel.reset();
        PcscTest::TearDown();
        std::error_code ignored;
        fs::remove_all(m_root, ignored);
    }

    // The counter's authority directory, which the simulator is told to use with --authority.
    fs::path sharedDirectory() const { return m_root / "authority"; }

    // Makes the shared authority before the card, as the counter's first start does.
    void createSharedAuthority() {
        const issuer::Result<issuer::LocalAuthority> created =
            issuer::LocalAuthority::create(sharedDirectory(), sim::todayInJapan());
        ASSERT_TRUE(created) << issuer::describe(created.error());
    }

    // Starts the stack with a card of `profile` issued by the shared authority, then opens the
    // authority as the counter does (made by the simulator when the test did not make it first).
    void startSharing(const std::string& profile) {
        SimulatorOptions options(profile);
        options.authorityDirectory = sharedDirectory();
        ASSERT_NO_FATAL_FAILURE(startStack(options));
        issuer::Result<issuer::LocalAuthority> opened =
            issuer::LocalAuthority::open(sharedDirectory());
        ASSERT_TRUE(opened) << issuer::describe(opened.error());
        m_authority.emplace(std::move(opened).value());
        const card::Result<void> established = m_cardContext.establish();
        ASSERT_TRUE(established) << card::describe(established.error());
        card::Result<std::unique_ptr<card::PcscChannel>> channel =
            card::PcscChannel::connect(m_cardContext, stack().readerName());
        ASSERT_TRUE(channel) << card::describe(channel.error());
        m_channel = std::move(channel).value();
    }

    issuer::LocalAuthority& authority() { return *m_authority; }
    card::CardChannel& channel() { return *m_channel; }

    // GENERATE ASYMMETRIC KEY PAIR through the shared authority; a null key on failure.
    card::PublicKey generateKey(JpkiKey key) {
        card::IssuerOperations operations(channel(), authority());
        card::Result<card::PublicKey> generated = operations.generateKeyPair(key);
        if (!generated) {
            ADD_FAILURE() << card::describe(generated.error());
            return nullptr;
        }
        return std::move(generated).value();
    }

    // The certificate read back chains to the CA certificate on the card, and the card signs a
    // challenge with the key it generated for it.
    void expectChainAndKey(const card::Certificate& readBack, JpkiKey key, std::string_view pin,
                           EVP_PKEY* newKey) {
        card::JpkiApplet applet(channel());
        const card::Result<card::Certificate> ca = applet.readCertificate(
            key == JpkiKey::Signature ? JpkiCertificate::SignatureCa
                                      : JpkiCertificate::UserAuthenticationCa);
        ASSERT_TRUE(ca) << card::describe(ca.error());
        EXPECT_EQ(card::checkIssuedBy(readBack, *ca, stack().today()), card::ChainVerdict::Valid);
        const Bytes digestInfo = digestInfoOver("a challenge of the counter");
        const card::Result<Bytes> cardSignature = applet.sign(key, asBytes(pin), digestInfo);
        ASSERT_TRUE(cardSignature) << card::describe(cardSignature.error());
        EXPECT_TRUE(card::verifyDigestInfoSignature(newKey, digestInfo, *cardSignature));
    }

private:
    fs::path m_root;
    std::optional<issuer::LocalAuthority> m_authority;
    card::PcscContext m_cardContext;
    std::unique_ptr<card::PcscChannel> m_channel;
};

TEST_F(IssuerThroughPcsc, ResetsABlockedPin) {
    // The counter's authority exists first; the new card is made to trust it.
    ASSERT_NO_FATAL_FAILURE(createSharedAuthority());
    ASSERT_NO_FATAL_FAILURE(startSharing("auth-blocked"));
    card::JpkiApplet applet(channel());
    ASSERT_TRUE(applet.pinStatus(PinReference::UserAuthentication)->blocked);

    card::IssuerOperations operations(channel(), authority());
    const card::Result<void> reset =
        operations.resetPin(PinReference::UserAuthentication, asBytes("5678"));
    ASSERT_TRUE(reset) << card::describe(reset.error());
    const card::Result<card::PinStatus> tries = applet.pinStatus(PinReference::UserAuthentication);
    ASSERT_TRUE(tries);
    EXPECT_EQ(tries->triesLeft, 3) << "back to the limit";

    const card::Result<void> old =
        applet.verifyPin(PinReference::UserAuthentication, asBytes("1234"));
    ASSERT_FALSE(old);
    EXPECT_EQ(old.error().code, card::CardErrorCode::WrongPin);
    EXPECT_EQ(old.error().triesLeft, 2);
    EXPECT_TRUE(applet.verifyPin(PinReference::UserAuthentication, asBytes("5678")));
    EXPECT_EQ(applet.pinStatus(PinReference::UserAuthentication)->triesLeft, 3);
}

TEST_F(IssuerThroughPcsc, RenewsTheUserAuthenticationCertificate) {
    ASSERT_NO_FATAL_FAILURE(createSharedAuthority());
    ASSERT_NO_FATAL_FAILURE(startSharing("expiring"));
    const sim::Profile profile = *sim::makeProfile("expiring", stack().today());
    card::JpkiApplet applet(channel());
    const card::Result<card::Certificate> old =
        applet.readCertificate(JpkiCertificate::UserAuthentication);
    ASSERT_TRUE(old);
    ASSERT_TRUE(authority().serials()->contains(old->serialHex()))
        << "the simulator entered the card's certificates in the shared ledger";

    // R-VAL-CERT6: a renewal inside the window runs to the 6th birthday, capped by the card.
    const domain::CertificateValidity validity = domain::certificateValidity(
        {CertificateKind::UserAuthentication, profile.holder.birthDate, stack().today(),
         profile.cardExpires, old->notAfter(), std::nullopt, std::nullopt});
    const std::size_t apdusBefore = stack().apduCount();
    const card::PublicKey newKey = generateKey(JpkiKey::UserAuthentication);
    ASSERT_TRUE(newKey);
    issuer::IssueRequest request;
    request.kind = CertificateKind::UserAuthentication;
    request.publicKey = issuer::crypto::publicKeyToDer(newKey.get());
    request.notBefore = stack().today();
    request.notAfter = validity.expires;
    const issuer::Result<card::Certificate> issued = authority().issue(request);
    ASSERT_TRUE(issued) << issuer::describe(issued.error());
    card::IssuerOperations operations(channel(), authority());
    const card::Result<void> written =
        operations.writeCertificate(JpkiKey::UserAuthentication, issued->der());
    ASSERT_TRUE(written) << card::describe(written.error());
    std::cout << "[ figures  ] key generation and certificate writing: "
              << stack().apduCount() - apdusBefore << " APDUs\n";

    const card::Result<card::Certificate> readBack =
        applet.readCertificate(JpkiCertificate::UserAuthentication);
    ASSERT_TRUE(readBack) << card::describe(readBack.error());
    EXPECT_EQ(readBack->der(), issued->der());
    EXPECT_EQ(readBack->notBefore(), stack().today());
    EXPECT_EQ(readBack->notAfter(), validity.expires);
    expectChainAndKey(*readBack, JpkiKey::UserAuthentication, "1234", newKey.get());

    const issuer::Result<issuer::RevokeOutcome> revoked =
        authority().revoke(CertificateKind::UserAuthentication, old->serialHex(),
                           issuer::RevocationReason::Superseded);
    ASSERT_TRUE(revoked) << issuer::describe(revoked.error());
    EXPECT_EQ(*revoked, issuer::RevokeOutcome::Revoked);
    const issuer::Result<Bytes> crl = authority().publishCrl(CertificateKind::UserAuthentication);
    ASSERT_TRUE(crl);
    const unsigned char* cursor = crl->data();
    const std::unique_ptr<X509_CRL, decltype(&X509_CRL_free)> parsed(
        d2i_X509_CRL(nullptr, &cursor, static_cast<long>(crl->size())), &X509_CRL_free);
    ASSERT_TRUE(parsed);
    X509_REVOKED* listed = nullptr;
    EXPECT_EQ(X509_CRL_get0_by_serial(parsed.get(), &listed, X509_get0_serialNumber(old->x509())),
              1)
        << "the old serial is listed";
}

TEST_F(IssuerThroughPcsc, IssuesAFirstSignatureCertificate) {
    // The simulator makes the shared authority this time; the counter opens it.
    ASSERT_NO_FATAL_FAILURE(startSharing("minor"));
    const sim::Profile profile = *sim::makeProfile("minor", stack().today());
    card::JpkiApplet applet(channel());
    const card::Result<card::Certificate> authentication =
        applet.readCertificate(JpkiCertificate::UserAuthentication);
    ASSERT_TRUE(authentication);

    const card::PublicKey newKey = generateKey(JpkiKey::Signature);
    ASSERT_TRUE(newKey);
    issuer::IssueRequest request;
    request.kind = CertificateKind::Signature;
    request.publicKey = issuer::crypto::publicKeyToDer(newKey.get());
    card::IssuerOperations operations(channel(), authority());
    ASSERT_TRUE(operations.resetPin(PinReference::Signature, asBytes("NEWPASS1")))
        << "the new password EF holds no password until the issuer sets one";
    const card::Result<card::BasicInfo> items =
        card::CardInfoApplet(channel()).readBasicInfo(asBytes("1234"));
    ASSERT_TRUE(items) << card::describe(items.error());
    request.holder = *items;
    request.notBefore = stack().today();
    // R-VAL-CERT: never after the user-authentication certificate on the card.
    request.notAfter =
        domain::certificateValidity({CertificateKind::Signature, profile.holder.birthDate,
                                     stack().today(), profile.cardExpires, std::nullopt,
                                     authentication->notAfter(), std::nullopt})
            .expires;
    const issuer::Result<card::Certificate> issued = authority().issue(request);
    ASSERT_TRUE(issued) << issuer::describe(issued.error());
    ASSERT_TRUE(operations.writeCertificate(JpkiKey::Signature, issued->der()));

    const card::Result<card::Certificate> readBack =
        applet.readSignatureCertificate(asBytes("NEWPASS1"));
    ASSERT_TRUE(readBack) << card::describe(readBack.error());
    const card::Result<std::optional<card::BasicInfo>> holder = readBack->holderInfo();
    ASSERT_TRUE(holder && *holder);
    EXPECT_EQ((*holder)->name, profile.holder.name);
    EXPECT_EQ((*holder)->address, profile.holder.address);
    EXPECT_EQ((*holder)->birthDate, profile.holder.birthDate);
    EXPECT_EQ((*holder)->sex, card::Sex::Female);
    expectChainAndKey(*readBack, JpkiKey::Signature, "NEWPASS1", newKey.get());
}

TEST_F(IssuerThroughPcsc, TheCardRefusesAnAuthorityItDoesNotTrust) {
    ASSERT_NO_FATAL_FAILURE(startSharing("auth-blocked"));
    issuer::Result<issuer::LocalAuthority> stranger =
        issuer::LocalAuthority::create(sharedDirectory().parent_path() / "other", stack().today());
    ASSERT_TRUE(stranger);
    card::JpkiApplet applet(channel());
    const card::Result<card::Certificate> before =
        applet.readCertificate(JpkiCertificate::UserAuthentication);
    ASSERT_TRUE(before);

    card::IssuerOperations wrong(channel(), *stranger);
    const card::Result<void> reset =
        wrong.resetPin(PinReference::UserAuthentication, asBytes("5678"));
    ASSERT_FALSE(reset);
    EXPECT_EQ(reset.error().code, card::CardErrorCode::AuthenticationFailed);
    EXPECT_EQ(reset.error().statusWord, 0x6300);
    const card::Result<card::PublicKey> generated =
        wrong.generateKeyPair(JpkiKey::UserAuthentication);
    ASSERT_FALSE(generated);
    EXPECT_EQ(generated.error().code, card::CardErrorCode::AuthenticationFailed);
    EXPECT_TRUE(applet.pinStatus(PinReference::UserAuthentication)->blocked);
    EXPECT_EQ(applet.readCertificate(JpkiCertificate::UserAuthentication)->der(), before->der());

    card::IssuerOperations right(channel(), authority());
    EXPECT_TRUE(right.resetPin(PinReference::UserAuthentication, asBytes("5678")));
}

} // namespace
} // namespace jpki::test
