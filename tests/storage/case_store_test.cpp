// The store as the case engine and the supervisor review use it: reference numbers, steps with
// their projection, the day across Japan's midnight, open cases, paperwork, sign-offs, staff.

#include "support/store_fixture.h"

#include <QJsonArray>
#include <gtest/gtest.h>

namespace jpki::storage {
namespace {

using namespace testing;

class CaseStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = folder.file(QStringLiteral("cases.sqlite3"));
        store.emplace(valueOrThrow(CaseStore::open(path, OpenOptions::creating())));
        clerk = addStaff(*store, QStringLiteral("tanaka"), StaffRole::Clerk,
                         japanTime(2026, 4, 1, 8, 0))
                    .id;
        otherClerk = addStaff(*store, QStringLiteral("suzuki"), StaffRole::Clerk,
                              japanTime(2026, 4, 1, 8, 0))
                         .id;
        supervisor = addStaff(*store, QStringLiteral("sato"), StaffRole::Supervisor,
                              japanTime(2026, 4, 1, 8, 0))
                         .id;
    }

    std::vector<QString> referencesOf(const DayQuery& query) {
        std::vector<QString> references;
        for (const CaseSummary& summary : valueOrThrow(store->casesOfDay(query))) {
            references.push_back(summary.reference);
        }
        return references;
    }

    std::int64_t eventCount() { return rawQueryInt(path, "SELECT count(*) FROM case_events"); }

    TempFolder folder;
    QString path;
    std::optional<CaseStore> store;
    StaffId clerk{};
    StaffId otherClerk{};
    StaffId supervisor{};
};

TEST_F(CaseStoreTest, ReferencesCountPerJapanYearAcrossProcedures) {
    EXPECT_EQ(openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0)).reference,
              QStringLiteral("R2026-000001"));
    EXPECT_EQ(
        openCase(*store, clerk, japanTime(2026, 4, 1, 9, 5), domain::Procedure::PinReset).reference,
        QStringLiteral("P2026-000002"));
    EXPECT_EQ(openCase(*store, clerk, japanTime(2026, 4, 1, 9, 9), domain::Procedure::LockRelease)
                  .reference,
              QStringLiteral("L2026-000003"));
    // 2026-12-31 15:30 UTC is already 2027 in Japan.
    EXPECT_EQ(openCase(*store, clerk, utcTime(2026, 12, 31, 15, 30)).reference,
              QStringLiteral("R2027-000001"));
}

TEST_F(CaseStoreTest, StepStoresEventAndProjectionTogether) {
    const OpenedCase opened = openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0));
    appendStep(*store, opened.id, clerk, japanTime(2026, 4, 1, 9, 3),
               QStringLiteral("identity-checked"), QStringLiteral("card-check"));
    const AppendedEvent last = appendStep(
        *store, opened.id, clerk, japanTime(2026, 4, 1, 9, 20), QStringLiteral("case-completed"),
        QStringLiteral("completed"), true, QStringLiteral("completed"));

    const CaseRecord record = valueOrThrow(store->findCase(opened.id));
    EXPECT_EQ(record.summary.state, QStringLiteral("completed"));
    EXPECT_EQ(record.summary.outcome, QStringLiteral("completed"));
    EXPECT_EQ(record.summary.closedAt, japanTime(2026, 4, 1, 9, 20));
    EXPECT_EQ(record.summary.updatedAt, japanTime(2026, 4, 1, 9, 20));
    EXPECT_EQ(record.summary.lastEventSequence, last.sequence);
    EXPECT_FALSE(record.summary.isOpen());

    const auto events = valueOrThrow(store->eventsOfCase(opened.id));
    ASSERT_EQ(events.size(), 3U);
    EXPECT_EQ(events[0].type, QStringLiteral("case-opened"));
    EXPECT_EQ(events[0].payload.value(QStringLiteral("reference")).toString(), opened.reference);
    EXPECT_EQ(events[1].type, QStringLiteral("identity-checked"));
    EXPECT_EQ(events[2].type, QStringLiteral("case-completed"));
    EXPECT_LT(events[0].sequence, events[1].sequence);
    EXPECT_LT(events[1].sequence, events[2].sequence);
    EXPECT_EQ(events[2].staff->login, QStringLiteral("tanaka"));
    // The projection rides in the event, so the case row can be rebuilt from the chain.
    const QJsonObject projection = events[2].payload.value(QStringLiteral("projection")).toObject();
    EXPECT_EQ(projection.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    EXPECT_TRUE(projection.value(QStringLiteral("closed")).toBool());
}

TEST_F(CaseStoreTest, AFailedWriteLeavesNothing) {
    const std::int64_t before = eventCount();
    const auto failed = store->write([&](CaseWriter& writer) -> Result<void> {
        NewCase newCase{domain::Procedure::Renewal,
                        domain::RequestPath::Self,
                        QStringLiteral("1"),
                        clerk,
                        japanTime(2026, 4, 1, 9, 0),
                        QStringLiteral("reception"),
                        {}};
        auto opened = writer.openCase(newCase);
        if (!opened) {
            return opened.error();
        }
        return StorageError(StorageErrorCode::InvalidArgument, "the engine changed its mind");
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(eventCount(), before);
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM cases"), 0);
    // The next case takes the first number: nothing of the rolled-back one remains.
    EXPECT_EQ(openCase(*store, clerk, japanTime(2026, 4, 1, 9, 1)).reference,
              QStringLiteral("R2026-000001"));
}

TEST_F(CaseStoreTest, StepOnAnUnknownCaseIsNotFound) {
    const auto refused = store->write([&](CaseWriter& writer) {
        return writer.appendCaseEvent(CaseId{999},
                                      {QStringLiteral("x"), {}, clerk, japanTime(2026, 4, 1, 9, 0)},
                                      {QStringLiteral("s"), std::nullopt, false});
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::NotFound);
}

TEST_F(CaseStoreTest, DayFollowsJapanMidnight) {
    // 2026-04-01 14:59:59 UTC is 23:59:59 on 1 April in Japan; 23:30 UTC is 08:30 on 2 April.
    const OpenedCase lateFirst = openCase(*store, clerk, utcTime(2026, 4, 1, 14, 59, 59));
    const OpenedCase midnight = openCase(*store, clerk, utcTime(2026, 4, 1, 15, 0, 0));
    const OpenedCase earlySecond = openCase(*store, clerk, utcTime(2026, 4, 1, 23, 30));
    EXPECT_EQ(referencesOf({date(2026, 4, 1), {}, {}}), std::vector<QString>{lateFirst.reference});
    EXPECT_EQ(referencesOf({date(2026, 4, 2), {}, {}}),
              (std::vector<QString>{midnight.reference, earlySecond.reference}));
    const CaseRecord record = valueOrThrow(store->findCase(earlySecond.id));
    EXPECT_EQ(record.summary.openedOn, date(2026, 4, 2));
    EXPECT_TRUE(referencesOf({date(2026, 3, 31), {}, {}}).empty());
}

TEST_F(CaseStoreTest, DayIncludesCasesWorkedOnThatDay) {
    const OpenedCase firstVisit =
        openCase(*store, clerk, japanTime(2026, 4, 1, 10, 0), domain::Procedure::PinReset);
    appendStep(*store, firstVisit.id, otherClerk, japanTime(2026, 4, 8, 14, 0),
               QStringLiteral("second-visit"), QStringLiteral("identity"));
    const OpenedCase other = openCase(*store, clerk, japanTime(2026, 4, 8, 9, 0));
    EXPECT_EQ(referencesOf({date(2026, 4, 8), {}, {}}),
              (std::vector<QString>{firstVisit.reference, other.reference}));
    EXPECT_TRUE(referencesOf({date(2026, 4, 7), {}, {}}).empty());
}

TEST_F(CaseStoreTest, DayFiltersByCounterAndClerk) {
    const OpenedCase counterOne = openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0),
                                           domain::Procedure::Renewal, QStringLiteral("1"));
    const OpenedCase counterTwo = openCase(*store, otherClerk, japanTime(2026, 4, 1, 9, 5),
                                           domain::Procedure::Renewal, QStringLiteral("2"));
    // The other clerk also worked on the first case that day.
    appendStep(*store, counterOne.id, otherClerk, japanTime(2026, 4, 1, 9, 30),
               QStringLiteral("handed-over"), QStringLiteral("card-check"));
    EXPECT_EQ(referencesOf({date(2026, 4, 1), QStringLiteral("2"), {}}),
              std::vector<QString>{counterTwo.reference});
    EXPECT_EQ(referencesOf({date(2026, 4, 1), {}, clerk}),
              std::vector<QString>{counterOne.reference});
    EXPECT_EQ(referencesOf({date(2026, 4, 1), {}, otherClerk}),
              (std::vector<QString>{counterOne.reference, counterTwo.reference}));
    EXPECT_EQ(referencesOf({date(2026, 4, 1), QStringLiteral("1"), otherClerk}),
              std::vector<QString>{counterOne.reference});

    const auto summaries = valueOrThrow(store->casesOfDay({date(2026, 4, 1), {}, {}}));
    ASSERT_EQ(summaries.size(), 2U);
    EXPECT_EQ(summaries[0].openedBy.login, QStringLiteral("tanaka"));
    EXPECT_EQ(summaries[0].procedure, domain::Procedure::Renewal);
    EXPECT_EQ(summaries[0].path, domain::RequestPath::Self);
    EXPECT_EQ(summaries[0].openedAt, japanTime(2026, 4, 1, 9, 0));
}

TEST_F(CaseStoreTest, DayQueryUsesIndicesNotScans) {
    for (const DayQuery& query :
         {DayQuery{date(2026, 4, 1), {}, {}}, DayQuery{date(2026, 4, 1), QStringLiteral("1"), {}},
          DayQuery{date(2026, 4, 1), {}, clerk},
          DayQuery{date(2026, 4, 1), QStringLiteral("1"), clerk}}) {
        const QStringList plan = valueOrThrow(store->explainDayQuery(query));
        SCOPED_TRACE(plan.join(QLatin1String(" | ")).toStdString());
        for (const QString& step : plan) {
            EXPECT_FALSE(step.startsWith(QLatin1String("SCAN ")) &&
                         !step.startsWith(QLatin1String("SCAN (")))
                << step.toStdString();
        }
        EXPECT_TRUE(plan.join(QLatin1Char('\n')).contains(QLatin1String("case_events_by_time")));
    }
}

TEST_F(CaseStoreTest, OpenCasesAreThoseNotClosed) {
    const OpenedCase finished = openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0));
    const OpenedCase waiting =
        openCase(*store, clerk, japanTime(2026, 4, 1, 9, 10), domain::Procedure::PinReset);
    appendStep(*store, finished.id, clerk, japanTime(2026, 4, 1, 9, 30),
               QStringLiteral("case-completed"), QStringLiteral("completed"), true,
               QStringLiteral("completed"));
    const auto open = valueOrThrow(store->openCases());
    ASSERT_EQ(open.size(), 1U);
    EXPECT_EQ(open[0].id, waiting.id);
    // Reopening (closed = false again) puts a case back on the list.
    appendStep(*store, finished.id, otherClerk, japanTime(2026, 4, 2, 9, 0),
               QStringLiteral("case-reopened"), QStringLiteral("card-check"));
    EXPECT_EQ(valueOrThrow(store->openCases()).size(), 2U);
}

TEST_F(CaseStoreTest, FindsByReferenceAsTyped) {
    const OpenedCase opened = openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0));
    for (const QString& typed : {QStringLiteral("R2026-000001"), QStringLiteral(" r2026-000001 "),
                                 QStringLiteral("Ｒ２０２６－０００００１")}) {
        SCOPED_TRACE(typed.toStdString());
        EXPECT_EQ(valueOrThrow(store->findCaseByReference(typed)).summary.id, opened.id);
    }
    const auto missing = store->findCaseByReference(QStringLiteral("R2026-000002"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, StorageErrorCode::NotFound);
}

TEST_F(CaseStoreTest, ApplicantDetailsStayOutOfTheEventLog) {
    NewCase newCase{domain::Procedure::Renewal,
                    domain::RequestPath::Self,
                    QStringLiteral("1"),
                    clerk,
                    japanTime(2026, 4, 1, 9, 0),
                    QStringLiteral("reception"),
                    ApplicantDetails{QStringLiteral("美濃 太郎"), QStringLiteral("ミノ タロウ"),
                                     date(1980, 2, 29), QStringLiteral("美濃市泉町1番地")}};
    const OpenedCase opened =
        valueOrThrow(store->write([&](CaseWriter& writer) { return writer.openCase(newCase); }));
    const CaseRecord record = valueOrThrow(store->findCase(opened.id));
    EXPECT_EQ(record.applicant.name, QStringLiteral("美濃 太郎"));
    EXPECT_EQ(record.applicant.birthDate, date(1980, 2, 29));
    EXPECT_EQ(rawQueryInt(path, "SELECT count(*) FROM case_events WHERE payload LIKE '%美濃%'"
                                " OR payload LIKE '%1980%'"),
              0);
    const auto events = valueOrThrow(store->eventsOfCase(opened.id));
    // Keyed with the store's own key: "hmac-sha256:" and 64 hex digits.
    const QString digest = events[0].payload.value(QStringLiteral("applicant_digest")).toString();
    EXPECT_TRUE(digest.startsWith(QStringLiteral("hmac-sha256:"))) << digest.toStdString();
    EXPECT_EQ(digest.size(), 12 + 64);

    valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.recordApplicant(opened.id, {QStringLiteral("美濃 次郎"), {}, {}, {}}, clerk,
                                      japanTime(2026, 4, 1, 9, 5));
    }));
    const CaseRecord changed = valueOrThrow(store->findCase(opened.id));
    EXPECT_EQ(changed.applicant.name, QStringLiteral("美濃 次郎"));
    EXPECT_FALSE(changed.applicant.address.has_value());
}

TEST_F(CaseStoreTest, SecretsAreRefusedAndNothingIsStored) {
    const OpenedCase opened = openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0));
    const std::int64_t before = eventCount();
    for (const QJsonObject& payload :
         {QJsonObject{{QStringLiteral("pin"), QStringLiteral("1234")}},
          QJsonObject{{QStringLiteral("new_pin"), QStringLiteral("1234")}},
          QJsonObject{{QStringLiteral("Password"), QStringLiteral("x")}},
          QJsonObject{{QStringLiteral("applicant"),
                       QJsonObject{{QStringLiteral("my_number"), QStringLiteral("123456789012")}}}},
          QJsonObject{{QStringLiteral("list"),
                       QJsonArray{QJsonObject{{QStringLiteral("個人番号"), 1}}}}}}) {
        const auto refused = store->write([&](CaseWriter& writer) {
            return writer.appendCaseEvent(
                opened.id,
                {QStringLiteral("pin-entered"), payload, clerk, japanTime(2026, 4, 1, 9, 5)},
                {QStringLiteral("card-operation"), std::nullopt, false});
        });
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, StorageErrorCode::SecretRefused);
    }
    EXPECT_EQ(eventCount(), before);
    // Keys that only mention a PIN's kind or tries are fine.
    appendStep(*store, opened.id, clerk, japanTime(2026, 4, 1, 9, 6), QStringLiteral("pin-kind"),
               QStringLiteral("x"));
    valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.appendCaseEvent(opened.id,
                                      {QStringLiteral("pin-entered"),
                                       {{QStringLiteral("pin_kind"), QStringLiteral("signature")},
                                        {QStringLiteral("pin_tries_left"), 5}},
                                       clerk,
                                       japanTime(2026, 4, 1, 9, 7)},
                                      {QStringLiteral("card-operation"), std::nullopt, false});
    }));
}

TEST_F(CaseStoreTest, DocumentsAreRecordedWithTheirEvent) {
    const OpenedCase opened = openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0));
    const RecordedDocumentCheck recorded = valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.recordDocumentCheck(opened.id,
                                          {QStringLiteral("driving-licence"), DocumentHolder::Proxy,
                                           true, std::nullopt, clerk, japanTime(2026, 4, 1, 9, 2)});
    }));
    const auto documents = valueOrThrow(store->documentsOfCase(opened.id));
    ASSERT_EQ(documents.size(), 1U);
    EXPECT_EQ(documents[0].check.document, QStringLiteral("driving-licence"));
    EXPECT_EQ(documents[0].check.holder, DocumentHolder::Proxy);
    const auto events = valueOrThrow(store->eventsOfCase(opened.id));
    EXPECT_EQ(events.back().sequence, recorded.eventSequence);
    EXPECT_EQ(events.back().type, QStringLiteral("document-checked"));
}

TEST_F(CaseStoreTest, InquiryLettersFollowTheVoluntaryProxy) {
    const OpenedCase opened =
        openCase(*store, clerk, japanTime(2026, 4, 1, 10, 0), domain::Procedure::PinReset);
    const InquiryLetter issued = valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.issueLetter(opened.id, clerk, japanTime(2026, 4, 1, 10, 20));
    }));
    EXPECT_EQ(issued.reference, QStringLiteral("P2026-000001-1"));
    const QString method = QStringLiteral("ordinary-post-no-forwarding");
    valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.recordLetterMailed(issued.id, method, clerk, japanTime(2026, 4, 1, 16, 0));
    }));
    EXPECT_EQ(valueOrThrow(store->unansweredLetters()).size(), 1U);
    const auto again = store->write([&](CaseWriter& writer) {
        return writer.recordLetterMailed(issued.id, method, clerk, japanTime(2026, 4, 2, 16, 0));
    });
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, StorageErrorCode::Constraint);

    // The second visit finds the case by the letter's number.
    EXPECT_EQ(valueOrThrow(store->findCaseByReference(QStringLiteral("p2026-000001-1"))).summary.id,
              opened.id);
    valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.recordLetterReply(issued.id, otherClerk, japanTime(2026, 4, 9, 11, 0));
    }));
    EXPECT_TRUE(valueOrThrow(store->unansweredLetters()).empty());
    const auto letters = valueOrThrow(store->lettersOfCase(opened.id));
    ASSERT_EQ(letters.size(), 1U);
    EXPECT_EQ(letters[0].mailMethod, method);
    EXPECT_EQ(letters[0].replyReceivedAt, japanTime(2026, 4, 9, 11, 0));
    EXPECT_TRUE(valueOrThrow(store->verifyChain()).holds());
}

TEST_F(CaseStoreTest, SignOffAnchorsTheChainOncePerDayAndCounter) {
    const OpenedCase open = openCase(*store, clerk, japanTime(2026, 4, 1, 16, 50));
    const NewSignOff signOff{date(2026, 4, 1),
                             QStringLiteral("1"),
                             supervisor,
                             japanTime(2026, 4, 1, 17, 30),
                             QStringLiteral("確認済み"),
                             {{open.id, QStringLiteral("翌日に再来庁")}}};
    const DailySignOff signed_ =
        valueOrThrow(store->write([&](CaseWriter& writer) { return writer.signOffDay(signOff); }));
    EXPECT_EQ(signed_.chainSequence, open.eventSequence);
    const auto recorded = valueOrThrow(store->signOffsOfDay(date(2026, 4, 1)));
    ASSERT_EQ(recorded.size(), 1U);
    EXPECT_EQ(recorded[0].chainHead, signed_.chainHead);
    ASSERT_EQ(recorded[0].acknowledgements.size(), 1U);
    EXPECT_EQ(recorded[0].acknowledgements[0].caseId, open.id);

    const std::int64_t before = eventCount();
    const auto twice = store->write([&](CaseWriter& writer) { return writer.signOffDay(signOff); });
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, StorageErrorCode::Constraint);
    EXPECT_EQ(eventCount(), before);
    EXPECT_TRUE(valueOrThrow(store->verifyChain()).holds());
}

TEST_F(CaseStoreTest, FailedSignInsLockTheAccountUntilUnlocked) {
    const auto signIn = [&](bool succeeded) {
        return valueOrThrow(store->write([&](CaseWriter& writer) {
            return writer.recordSignIn(clerk, succeeded, 3, japanTime(2026, 4, 1, 8, 30));
        }));
    };
    EXPECT_FALSE(signIn(false).locked);
    EXPECT_EQ(signIn(false).failedSignIns, 2);
    EXPECT_TRUE(signIn(false).locked);
    // A right password afterwards does not unlock: only a supervisor does.
    EXPECT_TRUE(signIn(true).locked);
    valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.unlockStaff(clerk, supervisor, japanTime(2026, 4, 1, 8, 40));
    }));
    const StaffAccount account = valueOrThrow(store->findStaff(clerk));
    EXPECT_FALSE(account.locked);
    EXPECT_EQ(account.failedSignIns, 0);

    const auto day = valueOrThrow(store->eventsOfDay(date(2026, 4, 1)));
    int failures = 0;
    for (const CaseEvent& event : day) {
        failures += event.type == QLatin1String("sign-in-failed") ? 1 : 0;
        EXPECT_FALSE(event.caseId.has_value());
    }
    EXPECT_EQ(failures, 3);
    EXPECT_EQ(day.back().type, QStringLiteral("staff-unlocked"));
    EXPECT_EQ(day.back().staff->id, supervisor);
}

TEST_F(CaseStoreTest, StaffAccountsAreFoundAndAudited) {
    const StaffAccount found = valueOrThrow(store->findStaffByLogin(QStringLiteral("sato")));
    EXPECT_EQ(found.role, StaffRole::Supervisor);
    EXPECT_TRUE(valueOrThrow(verifyPassword("correct horse sato", found.password)));
    EXPECT_FALSE(valueOrThrow(verifyPassword("correct horse tanaka", found.password)));
    valueOrThrow(store->write([&](CaseWriter& writer) {
        return writer.setStaffActive(clerk, false, supervisor, japanTime(2026, 4, 2, 9, 0));
    }));
    EXPECT_FALSE(valueOrThrow(store->findStaff(clerk)).active);
    EXPECT_EQ(valueOrThrow(store->listStaff()).size(), 3U);
    const auto duplicate = store->write([&](CaseWriter& writer) {
        return writer.createStaff(
            {QStringLiteral("sato"), QStringLiteral("Another"), StaffRole::Clerk, found.password},
            supervisor, japanTime(2026, 4, 2, 9, 0));
    });
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, StorageErrorCode::Constraint);
}

TEST_F(CaseStoreTest, ReadOnlyStoreReadsButNeverWrites) {
    openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0));
    OpenOptions options;
    options.mode = sqlite::OpenMode::ReadOnly;
    auto reader = valueOrThrow(CaseStore::open(path, options));
    EXPECT_EQ(valueOrThrow(reader.casesOfDay({date(2026, 4, 1), {}, {}})).size(), 1U);
    const auto refused = reader.write([&](CaseWriter& writer) {
        return writer.appendAuditEvent(
            {QStringLiteral("export"), {}, clerk, japanTime(2026, 4, 1, 9, 0)});
    });
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::ReadOnly);
}

} // namespace
} // namespace jpki::storage
