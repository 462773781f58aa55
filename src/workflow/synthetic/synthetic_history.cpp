#include "workflow/synthetic/synthetic_history.h"

#include "card/card_status.h"
#include "domain/business_calendar.h"
#include "platform/clock.h"
#include "simulator/profiles.h"
#include "simulator/provisioning.h"
#include "simulator/virtual_card.h"
#include "storage/password_hash.h"
#include "workflow/case_engine.h"
#include "workflow/synthetic/virtual_card_channel.h"

#include <QTimeZone>
#include <memory>
#include <random>
#include <vector>

namespace jpki::workflow {

namespace {

using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;

class SettableClock final : public platform::Clock {
public:
    QDateTime nowUtc() const override { return m_now; }
    // `minutes` after midnight in Japan on `day`.
    void set(const domain::Date& day, int minutes) {
        const QDate date(int(day.year()), int(unsigned(day.month())), int(unsigned(day.day())));
        m_now = QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(qint64(minutes - 9 * 60) * 60);
    }

    void advance(int minutes) { m_now = m_now.addSecs(qint64(minutes) * 60); }

private:
    QDateTime m_now;
};

enum class Ending {
    Complete,
    CancelledAtReception,
    LeftAfterMissingDocuments,
    MissingDocumentsThenComplete,
    PinMismatchThenComplete,
};

struct Scenario {
    Procedure procedure = Procedure::Renewal;
    RequestPath path = RequestPath::Self;
    std::string profile = "expiring";
    PinKind pin = PinKind::UserAuthentication;
    Ending ending = Ending::Complete;
};

// A case between the voluntary proxy's visits: the card stays with the applicant.
struct Pending {
    storage::CaseId caseId{};
    Scenario scenario;
    std::unique_ptr<sim::VirtualCard> card;
    domain::Date returns{};
};

card::Sex sexOf(int code) {
    return code == 1 ? card::Sex::Male : code == 2 ? card::Sex::Female : card::Sex::NotApplicable;
}

domain::PresentedItems presentedFor(const domain::Date& today, bool complete) {
    domain::PresentedItems presented;
    presented.applicantCard = true;
    presented.expiryNotice = true;
    presented.pinsKnown = true;
    presented.inquiryForm = domain::SealState::Sealed;
    presented.applicantIds = {domain::IdDocumentType::Passport};
    presented.authority.familyRegisterCopy = true;
    presented.authority.guardianshipCertificateIssued = domain::addDays(today, -20);
    if (complete) {
        presented.proxyIds = {domain::IdDocumentType::DrivingLicence,
                              domain::IdDocumentType::PensionBook};
        presented.applicationFormSigned = true;
    }
    return presented;
}

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// A refusal is one of the outcomes the history is made of; anything else stops it.
bool expected(const WorkflowError& error) {
    return error.kind() == ErrorKind::Refused;
}

class HistoryMaker {
public:
    HistoryMaker(storage::CaseStore& store, issuer::LocalAuthority& authority,
                 const HistoryOptions& options)
        : m_store(store)
        , m_authority(authority)
        , m_options(options)
        , m_random(options.seed)
        , m_engine(store, m_clock, authority, {options.profile, options.counter}) {}

    Outcome<HistoryReport> run(const HistoryProgress& progress);

private:
    Outcome<bool> ensureStaff();
    Scenario drawScenario();
    std::unique_ptr<sim::VirtualCard> makeCard(const std::string& profile, const domain::Date& day);
    issuer::crypto::Key pooledKey();
    storage::StaffId anyClerk();
    int draw(int below) { return std::uniform_int_distribution<int>(0, below - 1)(m_random); }
    // The minutes a step takes at the counter.
    void pause() { m_clock.advance(1 + draw(4)); }
    domain::SecretBuffer newPin(PinKind pin);

    Outcome<bool> firstVisit(const Scenario& scenario, const domain::Date& day);
    Outcome<bool> fromCardCheck(storage::CaseId caseId, const Scenario& scenario,
                                sim::VirtualCard& card, const domain::Date& day,
                                storage::StaffId clerk);
    Outcome<bool> secondVisit(Pending& pending);

    storage::CaseStore& m_store;
    issuer::LocalAuthority& m_authority;
    const HistoryOptions& m_options;
    std::mt19937_64 m_random;
    SettableClock m_clock;
    CaseEngine m_engine;
    std::vector<storage::StaffId> m_clerks;
    std::vector<issuer::crypto::Key> m_keys;
    std::size_t m_nextKey = 0;
    std::vector<Pending> m_pending;
    std::vector<storage::CaseId> m_caseIds;
    HistoryReport m_report;
};

Outcome<bool> HistoryMaker::ensureStaff() {
    auto staff = m_store.listStaff();
    if (!staff) {
        return WorkflowError::storage(staff.error());
    }
    for (const storage::StaffAccount& account : *staff) {
        if (account.active) {
            m_clerks.push_back(account.id);
        }
    }
    if (!m_clerks.empty()) {
        return true;
    }
    // Synthetic clerks: their password is random bytes nobody knows, so none can sign in.
    for (int n = 1; n <= 3; ++n) {
        std::string secret;
        for (int i = 0; i < 32; ++i) {
            secret.push_back(static_cast<char>('!' + draw(90)));
        }
        auto hash = storage::hashPassword(secret);
        domain::secureWipe(secret.data(), secret.size());
        if (!hash) {
            return WorkflowError::storage(hash.error());
        }
        const QString login = QStringLiteral("synthetic%1").arg(n);
        auto created = m_store.write([&](storage::CaseWriter& writer) {
            return writer.createStaff({login, QStringLiteral("合成データ職員%1").arg(n),
                                       storage::StaffRole::Clerk, *hash},
                                      m_clerks.empty() ? std::nullopt
                                                       : std::optional(m_clerks.front()),
                                      storage::fromQDateTime(m_clock.nowUtc()));
        });
        if (!created) {
            return WorkflowError::storage(created.error());
        }
        m_clerks.push_back(created->id);
    }
    return true;
}

Scenario HistoryMaker::drawScenario() {
    Scenario scenario;
    const int procedure = draw(100);
    scenario.procedure = procedure < 55   ? Procedure::Renewal
                         : procedure < 85 ? Procedure::PinReset
                                          : Procedure::LockRelease;
    const int path = draw(100);
    scenario.path = path < 75   ? RequestPath::Self
                    : path < 85 ? RequestPath::LegalProxy
                                : RequestPath::VoluntaryProxy;
    const int ending = draw(100);
    scenario.ending = ending < 82   ? Ending::Complete
                      : ending < 85 ? Ending::CancelledAtReception
                      : ending < 89 ? Ending::LeftAfterMissingDocuments
                      : ending < 95 ? Ending::MissingDocumentsThenComplete
                                    : Ending::PinMismatchThenComplete;
    if (scenario.procedure == Procedure::Renewal) {
        // Mostly in the window; some late, too early, or with a card that must be renewed.
        const int card = draw(100);
        scenario.profile = card < 82   ? "expiring"
                           : card < 88 ? "expired"
                           : card < 95 ? "healthy"
                                       : "card-expiring";
        return scenario;
    }
    scenario.pin = draw(100) < 60 ? PinKind::UserAuthentication : PinKind::Signature;
    if (scenario.procedure == Procedure::LockRelease) {
        scenario.profile = scenario.pin == PinKind::Signature ? "sign-blocked" : "auth-blocked";
    } else {
        scenario.profile = "healthy";
    }
    return scenario;
}

issuer::crypto::Key HistoryMaker::pooledKey() {
    // Provisioning keys are reused round the pool: RSA key generation dominates the run, and a
    // synthetic card's keys need not be unique. The keys a renewal generates on the card are.
    if (m_keys.size() < 8) {
        m_keys.push_back(issuer::crypto::generateRsaKey());
    }
    EVP_PKEY* key = m_keys[m_nextKey++ % m_keys.size()].get();
    EVP_PKEY_up_ref(key);
    return issuer::crypto::Key(key);
}

std::unique_ptr<sim::VirtualCard> HistoryMaker::makeCard(const std::string& profile,
                                                         const domain::Date& day) {
    const sim::Profile facts = *sim::makeProfile(profile, day);
    sim::CardState state =
        sim::provisionCard(facts, m_authority.keys(), [this] { return pooledKey(); });
    sim::recordProvisionedCertificates(state, m_authority);
    auto card = std::make_unique<sim::VirtualCard>(std::move(state));
    card->powerOn();
    return card;
}

storage::StaffId HistoryMaker::anyClerk() {
    return m_clerks[static_cast<std::size_t>(draw(static_cast<int>(m_clerks.size())))];
}

domain::SecretBuffer HistoryMaker::newPin(PinKind pin) {
    // Test data for a virtual card, never kept: digits, or letters and digits for a signature
    // password (R-PIN-SIGN).
    domain::SecretBuffer value;
    if (pin == PinKind::Signature) {
        for (int i = 0; i < 4; ++i) {
            value.append(static_cast<char>('A' + draw(26)));
        }
        for (int i = 0; i < 3; ++i) {
            value.append(static_cast<char>('0' + draw(10)));
        }
        return value;
    }
    for (int i = 0; i < 4; ++i) {
        value.append(static_cast<char>('0' + draw(10)));
    }
    return value;
}

Outcome<bool> HistoryMaker::firstVisit(const Scenario& scenario, const domain::Date& day) {
    const storage::StaffId clerk = anyClerk();
    auto file = m_engine.open(scenario.procedure, scenario.path, clerk);
    if (!file) {
        return file.error();
    }
    const storage::CaseId id = file->id;
    ++m_report.cases;
    m_caseIds.push_back(id);
    if (scenario.ending == Ending::CancelledAtReception) {
        auto cancelled = m_engine.cancel(id, QStringLiteral("申請者の申し出により取消"), clerk);
        return cancelled ? Outcome<bool>(true) : Outcome<bool>(cancelled.error());
    }
    const sim::Profile facts = *sim::makeProfile(scenario.profile, day);
    const bool legal = scenario.path == RequestPath::LegalProxy;
    ApplicantInput applicant;
    applicant.name = QString::fromStdString(facts.holder.name);
    applicant.kana = QString::fromStdString(facts.holder.nameKana);
    applicant.birthDate = facts.holder.birthDate;
    applicant.address = QString::fromStdString(facts.holder.address);
    applicant.sex = sexOf(facts.holder.sexCode);
    applicant.source = ApplicantSource::CardInfoApplet;
    applicant.cardExpires = facts.cardExpires;
    applicant.adultWard = legal; // an adult's legal proxy is a guardian
    pause();
    file = m_engine.recordApplicant(id, applicant, clerk);
    if (file && scenario.path != RequestPath::Self) {
        file = m_engine.recordProxy(id,
                                    {QStringLiteral("代理人"),
                                     legal ? ProxyKind::Legal : ProxyKind::Voluntary,
                                     legal ? domain::LegalAuthorityBasis::AdultWard
                                           : domain::LegalAuthorityBasis::NotStated},
                                    clerk);
    }
    if (!file) {
        return file.error();
    }
    if (scenario.ending == Ending::LeftAfterMissingDocuments ||
        scenario.ending == Ending::MissingDocumentsThenComplete) {
        auto shortOfDocuments = m_engine.checkDocuments(id, 1, presentedFor(day, false), clerk);
        if (!shortOfDocuments && !expected(shortOfDocuments.error())) {
            return shortOfDocuments.error();
        }
        if (scenario.ending == Ending::LeftAfterMissingDocuments) {
            auto left = m_engine.applicantLeft(id, QStringLiteral("書類不足のため後日来庁"), clerk);
            return left ? Outcome<bool>(true) : Outcome<bool>(left.error());
        }
    }
    pause();
    file = m_engine.checkDocuments(id, 1, presentedFor(day, true), clerk);
    if (!file) {
        return file.error();
    }
    pause();
    std::unique_ptr<sim::VirtualCard> card = makeCard(scenario.profile, day);
    if (file->step == Step::LetterIssued) {
        file = m_engine.issueLetter(id, clerk);
        if (file) {
            file = m_engine.recordLetterMailed(id, clerk);
        }
        if (!file) {
            return file.error();
        }
        const domain::BusinessCalendar calendar(m_options.profile);
        const auto returns = calendar.addBusinessDays(day, 5 + draw(6));
        m_pending.push_back({id, scenario, std::move(card), returns.value_or(day)});
        return true;
    }
    return fromCardCheck(id, scenario, *card, day, clerk);
}

Outcome<bool> HistoryMaker::fromCardCheck(storage::CaseId caseId, const Scenario& scenario,
                                          sim::VirtualCard& card, const domain::Date& day,
                                          storage::StaffId clerk) {
    VirtualCardChannel channel(card);
    auto status = card::readCardStatus(channel, day, bytesOf(sim::default_pins::signature));
    if (!status) {
        return WorkflowError::card(status.error());
    }
    CardCheckChoice choice;
    choice.pinsToReset = {scenario.pin};
    auto file = m_engine.checkCard(caseId, *status, choice, clerk);
    if (!file) {
        return expected(file.error()) ? Outcome<bool>(true) : Outcome<bool>(file.error());
    }
    pause();
    if (scenario.procedure == Procedure::Renewal) {
        RenewalPins pins;
        pins.userAuthentication.append(sim::default_pins::authentication);
        pins.signature.append(sim::default_pins::signature);
        file = m_engine.renew(caseId, channel, pins, clerk);
        return file ? Outcome<bool>(true) : Outcome<bool>(file.error());
    }
    const domain::SecretBuffer value = newPin(scenario.pin);
    if (scenario.ending == Ending::PinMismatchThenComplete) {
        // The confirmation typed with its last character wrong.
        domain::SecretBuffer mistyped;
        mistyped.append(value.view().substr(0, value.size() - 1));
        mistyped.append(value.view().back() == '0' ? '1' : '0');
        auto mismatch = m_engine.resetPin(caseId, channel, scenario.pin, value, mistyped, clerk);
        if (!mismatch && !expected(mismatch.error())) {
            return mismatch.error();
        }
    }
    file = m_engine.resetPin(caseId, channel, scenario.pin, value, value, clerk);
    return file ? Outcome<bool>(true) : Outcome<bool>(file.error());
}

Outcome<bool> HistoryMaker::secondVisit(Pending& pending) {
    const storage::StaffId clerk = anyClerk();
    ++m_report.secondVisits;
    auto file = m_engine.recordReply(pending.caseId, domain::SealState::Sealed, clerk);
    if (file) {
        file =
            m_engine.checkDocuments(pending.caseId, 2, presentedFor(pending.returns, true), clerk);
    }
    if (!file) {
        return file.error();
    }
    return fromCardCheck(pending.caseId, pending.scenario, *pending.card, pending.returns, clerk);
}

Outcome<HistoryReport> HistoryMaker::run(const HistoryProgress& progress) {
    m_clock.set(m_options.start, 8 * 60 + 30);
    auto staffed = ensureStaff();
    if (!staffed) {
        return staffed.error();
    }
    const domain::BusinessCalendar calendar(m_options.profile);
    domain::Date day = m_options.start;
    if (!calendar.isBusinessDay(day)) {
        day = calendar.nextBusinessDay(day).value_or(day);
    }
    const int receptionMinutes =
        int((calendar.receptionCloses() - calendar.receptionOpens()).count());
    for (int dayIndex = 0; dayIndex < m_options.days; ++dayIndex) {
        // The returning voluntary proxies come first in the morning.
        for (Pending& pending : m_pending) {
            if (pending.card && pending.returns == day) {
                m_clock.set(day, int(calendar.receptionOpens().count()) + draw(30));
                auto done = secondVisit(pending);
                if (!done) {
                    return done.error();
                }
                pending.card.reset();
            }
        }
        std::erase_if(m_pending, [](const Pending& pending) { return !pending.card; });
        for (int n = 0; n < m_options.casesPerDay; ++n) {
            const int slot = receptionMinutes * n / std::max(1, m_options.casesPerDay);
            m_clock.set(day, int(calendar.receptionOpens().count()) + slot + draw(10));
            auto done = firstVisit(drawScenario(), day);
            if (!done) {
                return done.error();
            }
            if (progress) {
                progress(day, m_report.cases);
            }
        }
        const auto next = calendar.nextBusinessDay(day);
        if (!next) {
            break;
        }
        day = *next;
    }
    // The cases by the step they ended (or wait) at, as the store has them.
    for (storage::CaseId id : m_caseIds) {
        auto stored = m_store.findCase(id);
        if (!stored) {
            return WorkflowError::storage(stored.error());
        }
        ++m_report.byStep[stored->summary.state];
    }
    auto chain = m_store.verifyChain();
    if (!chain) {
        return WorkflowError::storage(chain.error());
    }
    m_report.events = chain->eventsChecked;
    return m_report;
}

} // namespace

Outcome<HistoryReport> generateHistory(storage::CaseStore& store, issuer::LocalAuthority& authority,
                                       const HistoryOptions& options,
                                       const HistoryProgress& progress) {
    HistoryMaker maker(store, authority, options);
    return maker.run(progress);
}

} // namespace jpki::workflow
