// The card reader unplugged in the middle of a card operation, and plugged back in (issue 7):
// the command ends with a typed card error, nothing stored before is lost (integrity_check, the
// audit chain, the case's events), a new connection while the reader is away says there is no
// reader, and once it is back the case finishes with the card right. How the stack unplugs the
// vpcd reader from Debian 12's pcscd: PcscStack::unplugReader.

#include "counter_fixture.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

namespace jpki::test {
namespace {

using domain::PinKind;
using domain::Procedure;
using domain::RequestPath;
using workflow::CaseFile;
using workflow::ErrorKind;
using workflow::Step;

class ReaderUnplugged : public CounterFixture {
protected:
    // Unplugs the reader `unplugAfter` APDUs into the case's card operation, tries again while
    // it is away, plugs it back in and finishes the case.
    void unplugMidOperationAndFinish(const CaseScript& script, std::size_t unplugAfter);

private:
    std::vector<storage::Digest> storedEventHashes(storage::CaseId id);
    // The events stored at the cut are still there, first and unchanged.
    void expectEventsKept(storage::CaseId id, const std::vector<storage::Digest>& atCut);
    workflow::Outcome<CaseFile> finishWithTheReaderBack(storage::CaseId id,
                                                        const CaseScript& script);
};

std::vector<storage::Digest> ReaderUnplugged::storedEventHashes(storage::CaseId id) {
    std::vector<storage::Digest> hashes;
    auto events = program().store->eventsOfCase(id);
    EXPECT_TRUE(events) << (events ? std::string() : storage::describe(events.error()));
    if (events) {
        for (const storage::CaseEvent& event : *events) {
            hashes.push_back(event.hash);
        }
    }
    return hashes;
}

void ReaderUnplugged::expectEventsKept(storage::CaseId id,
                                       const std::vector<storage::Digest>& atCut) {
    const std::vector<storage::Digest> now = storedEventHashes(id);
    ASSERT_GE(now.size(), atCut.size()) << "events stored before the reader left are gone";
    EXPECT_TRUE(std::equal(atCut.begin(), atCut.end(), now.begin()))
        << "an event stored before the reader left has changed";
    expectStoreHolds();
}

workflow::Outcome<CaseFile> ReaderUnplugged::finishWithTheReaderBack(storage::CaseId id,
                                                                     const CaseScript& script) {
    reconnect();
    auto stored = program().engine->load(id);
    if (!stored) {
        return stored;
    }
    auto done =
        runToEnd(*program().engine, *stored, *program().channel, script, stack().today(), clerk());
    // Right after the reader is back pcscd may still report the card's power-up: as a clerk
    // would, connect again and go on.
    for (int retry = 0; retry < 3 && !done && done.error().kind() == ErrorKind::Card &&
                        card::isTransportError(done.error().cardError().code);
         ++retry) {
        reconnect();
        stored = program().engine->load(id);
        if (!stored) {
            return stored;
        }
        done = runToEnd(*program().engine, *stored, *program().channel, script, stack().today(),
                        clerk());
    }
    return done;
}

void ReaderUnplugged::unplugMidOperationAndFinish(const CaseScript& script,
                                                  std::size_t unplugAfter) {
    ASSERT_NO_FATAL_FAILURE(startCounter(script.profile));
    auto opened = program().engine->open(script.procedure, script.path, clerk());
    ASSERT_TRUE(opened) << workflow::describe(opened.error());
    const CaseFile before = driveUntil(*opened, Step::PinEntry, script);
    ASSERT_EQ(before.step, Step::PinEntry);

    // The reader goes while the engine is talking to the card on another thread, as a cable
    // pulled out would; the engine's command must end by itself. (The unplug stays on this
    // thread: a child dies with the thread that started it, PR_SET_PDEATHSIG.)
    const std::size_t unplugAt = stack().apduCount() + unplugAfter;
    std::optional<workflow::Outcome<CaseFile>> cut;
    std::atomic<bool> operationEnded = false;
    std::thread operation([&] {
        cut = runToEnd(*program().engine, before, *program().channel, script, stack().today(),
                       clerk());
        operationEnded = true;
    });
    while (!operationEnded && stack().apduCount() < unplugAt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    std::string unplugFailure;
    if (!operationEnded) {
        try {
            stack().unplugReader();
        } catch (const std::exception& failure) {
            unplugFailure = failure.what();
        }
    }
    operation.join();
    ASSERT_TRUE(unplugFailure.empty()) << unplugFailure;
    ASSERT_TRUE(cut.has_value());
    ASSERT_FALSE(*cut) << "the operation ended before the reader was unplugged";
    ASSERT_EQ(cut->error().kind(), ErrorKind::Card) << workflow::describe(cut->error());
    EXPECT_TRUE(card::isTransportError(cut->error().cardError().code))
        << workflow::describe(cut->error());
    std::cout << "[ figures  ] reader unplugged after APDU " << unplugAfter
              << " of the operation; the command ended with "
              << card::describe(cut->error().cardError()) << "\n";
    ASSERT_FALSE(stack().readerPlugged());
    const std::vector<storage::Digest> atCut = storedEventHashes(before.id);
    ASSERT_NO_FATAL_FAILURE(expectEventsKept(before.id, atCut));

    // The clerk goes on while the reader is away: the old connection fails with a typed error,
    // a new one finds no reader, and nothing stored is lost either way.
    auto stale = program().engine->load(before.id);
    ASSERT_TRUE(stale) << workflow::describe(stale.error());
    ASSERT_FALSE(stale->isClosed());
    auto retried =
        runToEnd(*program().engine, *stale, *program().channel, script, stack().today(), clerk());
    ASSERT_FALSE(retried) << "the case went on without a reader";
    ASSERT_EQ(retried.error().kind(), ErrorKind::Card) << workflow::describe(retried.error());
    EXPECT_TRUE(card::isTransportError(retried.error().cardError().code))
        << workflow::describe(retried.error());
    // A new connection, on a context of its own: the program keeps its store open meanwhile.
    card::PcscContext context;
    auto established = context.establish();
    ASSERT_TRUE(established) << "pcscd should be running without the reader: "
                             << card::describe(established.error());
    auto readers = context.listReaders();
    ASSERT_TRUE(readers) << card::describe(readers.error());
    EXPECT_TRUE(readers->empty());
    auto connected = card::PcscChannel::connect(context, stack().readerName());
    ASSERT_FALSE(connected) << "connected to a reader that is not there";
    EXPECT_EQ(connected.error().code, card::CardErrorCode::NoReader)
        << card::describe(connected.error());
    context.release();
    ASSERT_NO_FATAL_FAILURE(expectEventsKept(before.id, atCut));

    // The reader back with the same card in it: the case finishes from what is stored.
    stack().plugReaderBackIn();
    ASSERT_TRUE(stack().waitForCard(true)) << stack().simulatorLog();
    auto done = finishWithTheReaderBack(before.id, script);
    ASSERT_TRUE(done) << workflow::describe(done.error());
    ASSERT_NO_FATAL_FAILURE(expectCardDone(*done, script));
    ASSERT_NO_FATAL_FAILURE(expectEventsKept(before.id, atCut));
}

TEST_F(ReaderUnplugged, MidRenewalGivesATypedErrorLosesNothingAndTheCaseFinishesWhenItIsBack) {
    unplugMidOperationAndFinish({Procedure::Renewal, RequestPath::Self, "expiring"}, 20);
}

TEST_F(ReaderUnplugged, MidPinResetGivesATypedErrorLosesNothingAndTheCaseFinishesWhenItIsBack) {
    unplugMidOperationAndFinish(
        {Procedure::PinReset, RequestPath::Self, "healthy", PinKind::UserAuthentication, "5678"},
        4);
}

} // namespace
} // namespace jpki::test
