#pragma once

// The engine's unit-test bench: a temporary directory holding the case database and the local
// issuing authority, a virtual card of a simulator profile (issued by that authority) behind an
// in-process channel, a fixed clock, and drivers that take a case to a chosen step with the
// inputs a counter would give. reopen() makes a fresh store, authority and engine on the same
// files, as another clerk's program would.

#include "issuer/local_authority.h"
#include "platform/clock.h"
#include "simulator/profiles.h"
#include "simulator/virtual_card.h"
#include "storage/case_store.h"
#include "workflow/case_engine.h"
#include "workflow/synthetic/virtual_card_channel.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <string>

namespace jpki::workflow::testing {

// The day every test stands on (a Tuesday); the profiles' dates are counted from it.
domain::Date testDay();

class FixedClock final : public platform::Clock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

// RSA keys made once per build for the simulator's tests, handed out in turn.
issuer::crypto::Key pooledKey();

// The applicant as the clerk records them from the profile's card face.
ApplicantInput applicantOf(const sim::Profile& profile);
// Everything any visit of any procedure asks for, presented and in order.
domain::PresentedItems everythingPresented(const domain::Date& today);

class Counter {
public:
    explicit Counter(const std::string& profile = "healthy");

    CaseEngine& engine() { return *m_engine; }
    storage::CaseStore& store() { return *m_store; }
    issuer::LocalAuthority& authority() { return *m_authority; }
    sim::VirtualCard& card() { return *m_card; }
    VirtualCardChannel& channel() { return *m_channel; }
    const sim::Profile& profile() const { return m_profile; }
    storage::StaffId clerk() const { return m_clerk; }
    storage::StaffId secondClerk() const { return m_secondClerk; }
    QString databasePath() const;

    // A fresh store, authority and engine on the same files; the card stays in the reader.
    void reopen();

    // The card's snapshot, with the signature password when given (so that the signature
    // certificate is read).
    card::CardStatus cardStatus(std::optional<std::string> signaturePassword = std::nullopt);
    // The card's persistent content, to compare before and after a refusal.
    std::string cardContent() const;

    // Drivers: open and record reception for `procedure` x `path`, and so on. Each asserts.
    CaseFile openCase(domain::Procedure procedure, domain::RequestPath path);
    CaseFile throughReception(domain::Procedure procedure, domain::RequestPath path);
    // Reception and every visit's documents (and the letter and the sealed reply between the
    // voluntary proxy's visits): the case ends at card-check.
    CaseFile toCardCheck(domain::Procedure procedure, domain::RequestPath path);
    CaseFile toPinEntry(domain::Procedure procedure, domain::RequestPath path,
                        const CardCheckChoice& choice);

    RenewalPins defaultPins() const;

private:
    std::unique_ptr<QTemporaryDir> m_directory;
    sim::Profile m_profile;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<storage::CaseStore> m_store;
    std::unique_ptr<issuer::LocalAuthority> m_authority;
    std::unique_ptr<sim::VirtualCard> m_card;
    std::unique_ptr<VirtualCardChannel> m_channel;
    std::unique_ptr<CaseEngine> m_engine;
    storage::StaffId m_clerk{};
    storage::StaffId m_secondClerk{};
};

// A readable failure for an outcome that should have held: the error's description (which never
// holds a PIN or personal data).
template <typename T>::testing::AssertionResult holds(const Outcome<T>& outcome) {
    if (outcome) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << describe(outcome.error());
}

} // namespace jpki::workflow::testing
