#include "workflow_test_support.h"

#include "card/card_status.h"
#include "simulator/provisioning.h"
#include "simulator/state_file.h"
#include "storage/password_hash.h"

#include <fstream>
#include <spdlog/spdlog.h>
#include <sstream>
#include <vector>

namespace jpki::workflow::testing {

namespace {

using namespace std::chrono;

QDateTime tenInTheMorning(const domain::Date& day) {
    // 10:00 in Japan is 01:00 UTC the same day.
    return QDateTime(QDate(int(day.year()), int(unsigned(day.month())), int(unsigned(day.day()))),
                     QTime(1, 0), Qt::UTC);
}

storage::StaffId makeStaff(storage::CaseStore& store, const QString& login,
                           std::optional<storage::StaffId> by) {
    // A cheap hash: these accounts never sign in.
    auto hash =
        storage::hashPassword("not used in these tests", storage::ScryptParameters{10, 8, 1});
    EXPECT_TRUE(hash.ok());
    storage::NewStaff staff{login, login, storage::StaffRole::Clerk, *hash};
    auto created = store.write([&](storage::CaseWriter& writer) {
        return writer.createStaff(staff, by, storage::fromQDateTime(tenInTheMorning(testDay())));
    });
    EXPECT_TRUE(created.ok());
    return created->id;
}

card::Sex sexOf(int code) {
    switch (code) {
    case 1:
        return card::Sex::Male;
    case 2:
        return card::Sex::Female;
    default:
        return card::Sex::NotApplicable;
    }
}

issuer::LocalAuthorityOptions authorityOptions() {
    issuer::LocalAuthorityOptions options;
    options.keys = pooledKey;
    options.clock = [] {
        return sys_seconds{sys_days{testDay()}} + hours{1};
    };
    return options;
}

} // namespace

domain::Date testDay() {
    return domain::Date{2025y, November, 25d};
}

issuer::crypto::Key pooledKey() {
    static const std::vector<issuer::crypto::Key> pool = [] {
        std::ifstream in(JPKI_SIM_TEST_KEYS);
        std::ostringstream text;
        text << in.rdbuf();
        return issuer::crypto::privateKeysFromPem(text.str());
    }();
    static std::size_t next = 0;
    if (next >= pool.size()) {
        return issuer::crypto::generateRsaKey();
    }
    EVP_PKEY* shared = pool[next++].get();
    EVP_PKEY_up_ref(shared);
    return issuer::crypto::Key(shared);
}

ApplicantInput applicantOf(const sim::Profile& profile) {
    ApplicantInput applicant;
    applicant.name = QString::fromStdString(profile.holder.name);
    applicant.kana = QString::fromStdString(profile.holder.nameKana);
    applicant.birthDate = profile.holder.birthDate;
    applicant.address = QString::fromStdString(profile.holder.address);
    applicant.sex = sexOf(profile.holder.sexCode);
    applicant.source = ApplicantSource::CardInfoApplet;
    applicant.cardExpires = profile.cardExpires;
    applicant.adultWard = profile.name == "adult-ward";
    applicant.periodOfStayEnds = profile.periodOfStayEnds;
    return applicant;
}

domain::PresentedItems everythingPresented(const domain::Date& today) {
    domain::PresentedItems presented;
    presented.applicantCard = true;
    presented.expiryNotice = true;
    presented.pinMemo = true;
    presented.pinsKnown = true;
    presented.inquiryForm = domain::SealState::Sealed;
    presented.proxyIds = {domain::IdDocumentType::DrivingLicence,
                          domain::IdDocumentType::PensionBook};
    presented.applicantIds = {domain::IdDocumentType::Passport};
    presented.authority.familyRegisterCopy = true;
    presented.authority.guardianshipCertificateIssued = domain::addDays(today, -10);
    presented.applicationFormSigned = true;
    return presented;
}

Counter::Counter(const std::string& profile)
    : m_directory(std::make_unique<QTemporaryDir>())
    , m_clock(std::make_unique<FixedClock>(tenInTheMorning(testDay()))) {
    EXPECT_TRUE(m_directory->isValid());
    spdlog::set_level(spdlog::level::warn); // the virtual card's own log is not wanted here
    m_profile = *sim::makeProfile(profile, testDay());
    const std::filesystem::path authorityDirectory =
        std::filesystem::path(m_directory->path().toStdString()) / "authority";
    auto authority =
        issuer::LocalAuthority::create(authorityDirectory, testDay(), authorityOptions());
    EXPECT_TRUE(authority.ok());
    m_authority = std::make_unique<issuer::LocalAuthority>(std::move(*authority));
    sim::CardState state = sim::provisionCard(m_profile, m_authority->keys(), pooledKey);
    sim::recordProvisionedCertificates(state, *m_authority);
    m_card = std::make_unique<sim::VirtualCard>(std::move(state));
    m_card->powerOn();
    m_channel = std::make_unique<VirtualCardChannel>(*m_card);
    reopen();
    m_clerk = makeStaff(*m_store, QStringLiteral("clerk-a"), std::nullopt);
    m_secondClerk = makeStaff(*m_store, QStringLiteral("clerk-b"), m_clerk);
}

QString Counter::databasePath() const {
    return m_directory->filePath(QStringLiteral("cases.sqlite3"));
}

void Counter::reopen() {
    m_engine.reset();
    m_store.reset();
    auto store = storage::CaseStore::open(databasePath(), storage::OpenOptions::creating());
    ASSERT_TRUE(store.ok()) << storage::describe(store.error());
    m_store = std::make_unique<storage::CaseStore>(std::move(*store));
    auto authority = issuer::LocalAuthority::open(m_authority->directory(), authorityOptions());
    ASSERT_TRUE(authority.ok()) << issuer::describe(authority.error());
    m_authority = std::make_unique<issuer::LocalAuthority>(std::move(*authority));
    m_engine = std::make_unique<CaseEngine>(*m_store, *m_clock, *m_authority);
}

card::CardStatus Counter::cardStatus(std::optional<std::string> signaturePassword) {
    std::optional<std::span<const std::uint8_t>> password;
    if (signaturePassword) {
        password = std::span(reinterpret_cast<const std::uint8_t*>(signaturePassword->data()),
                             signaturePassword->size());
    }
    auto status = card::readCardStatus(*m_channel, testDay(), password);
    EXPECT_TRUE(status.ok());
    return *status;
}

std::string Counter::cardContent() const {
    return sim::serializeState(m_card->state());
}

CaseFile Counter::openCase(domain::Procedure procedure, domain::RequestPath path) {
    auto opened = m_engine->open(procedure, path, m_clerk);
    EXPECT_TRUE(holds(opened));
    return *opened;
}

CaseFile Counter::throughReception(domain::Procedure procedure, domain::RequestPath path) {
    const CaseFile opened = openCase(procedure, path);
    ApplicantInput applicant = applicantOf(m_profile);
    const bool minor = domain::ageOn(m_profile.holder.birthDate, testDay()) < 15;
    if (path == domain::RequestPath::LegalProxy && !minor) {
        applicant.adultWard = true; // an adult's legal proxy is a guardian (R-DOC-AUTH)
    }
    auto recorded = m_engine->recordApplicant(opened.id, applicant, m_clerk);
    EXPECT_TRUE(holds(recorded));
    if (path == domain::RequestPath::Self) {
        return *recorded;
    }
    ProxyInput proxy;
    proxy.name = QStringLiteral("代理　太郎");
    proxy.kind = path == domain::RequestPath::LegalProxy ? ProxyKind::Legal : ProxyKind::Voluntary;
    if (path == domain::RequestPath::LegalProxy) {
        proxy.basis = minor ? domain::LegalAuthorityBasis::MinorUnder15
                            : domain::LegalAuthorityBasis::AdultWard;
    }
    auto withProxy = m_engine->recordProxy(opened.id, proxy, m_clerk);
    EXPECT_TRUE(holds(withProxy));
    return *withProxy;
}

CaseFile Counter::toCardCheck(domain::Procedure procedure, domain::RequestPath path) {
    CaseFile file = throughReception(procedure, path);
    EXPECT_EQ(file.step, Step::Documents);
    auto checked = m_engine->checkDocuments(file.id, 1, everythingPresented(testDay()), m_clerk);
    EXPECT_TRUE(holds(checked));
    if (checked->step == Step::LetterIssued) {
        auto issued = m_engine->issueLetter(file.id, m_clerk);
        EXPECT_TRUE(holds(issued));
        auto mailed = m_engine->recordLetterMailed(file.id, m_clerk);
        EXPECT_TRUE(holds(mailed));
        EXPECT_EQ(mailed->step, Step::AwaitingReply);
        // The second visit: another clerk finds the case by the letter's reference.
        auto found = m_engine->findByReference(issued->letter->reference);
        EXPECT_TRUE(holds(found));
        auto replied = m_engine->recordReply(found->id, domain::SealState::Sealed, m_secondClerk);
        EXPECT_TRUE(holds(replied));
        EXPECT_EQ(replied->visit, 2);
        checked =
            m_engine->checkDocuments(file.id, 2, everythingPresented(testDay()), m_secondClerk);
        EXPECT_TRUE(holds(checked));
    }
    EXPECT_EQ(checked->step, Step::CardCheck);
    return *checked;
}

CaseFile Counter::toPinEntry(domain::Procedure procedure, domain::RequestPath path,
                             const CardCheckChoice& choice) {
    const CaseFile file = toCardCheck(procedure, path);
    auto checked = m_engine->checkCard(
        file.id, cardStatus(std::string(sim::default_pins::signature)), choice, m_clerk);
    EXPECT_TRUE(holds(checked));
    EXPECT_EQ(checked->step, Step::PinEntry);
    return *checked;
}

RenewalPins Counter::defaultPins() const {
    RenewalPins pins;
    pins.userAuthentication.append(sim::default_pins::authentication);
    pins.signature.append(sim::default_pins::signature);
    return pins;
}

} // namespace jpki::workflow::testing
