// What the chain proves beyond its own rows: every row of cases, staff, documents, letters and
// sign-offs is checked against the events that recorded it, and a row changed, added or removed
// outside the program is named (table, row, field). Also: an event's time never runs backwards,
// and a damaged write-ahead log is refused before SQLite drops the commits after the damage.

#include "storage/case_store.h"
#include "support/store_fixture.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace jpki::storage {
namespace {

using namespace testing;

struct Tampering {
    const char* name;
    std::string sql;
    RecordKind kind;
    RecordProblem problem;
    std::string field; // Differs only
};

void PrintTo(const Tampering& tampering, std::ostream* out) {
    *out << tampering.name;
}

// A day with every kind of row: a clerk and a supervisor, a case with its applicant, a document
// seen, a letter mailed and answered, the case closed, a second case left open and the day signed
// off with that case acknowledged.
class RecordProof : public ::testing::Test {
protected:
    void SetUp() override {
        path = folder.file(QStringLiteral("cases.sqlite3"));
        store.emplace(valueOrThrow(CaseStore::open(path, OpenOptions::creating())));
        clerk = addStaff(*store, QStringLiteral("clerk-a"), StaffRole::Clerk,
                         japanTime(2026, 4, 1, 8, 0))
                    .id;
        supervisor = addStaff(*store, QStringLiteral("boss"), StaffRole::Supervisor,
                              japanTime(2026, 4, 1, 8, 1))
                         .id;
        const OpenedCase opened =
            openCase(*store, clerk, japanTime(2026, 4, 1, 9, 0), domain::Procedure::PinReset);
        caseId = opened.id;
        okOrThrow(store->write([&](CaseWriter& writer) -> Result<void> {
            ApplicantDetails applicant{QStringLiteral("美濃 花子"), QStringLiteral("ミノ ハナコ"),
                                       date(1980, 5, 10), QStringLiteral("岐阜県美濃市1番地")};
            auto recorded =
                writer.recordApplicant(caseId, applicant, clerk, japanTime(2026, 4, 1, 9, 1));
            if (!recorded) {
                return recorded.error();
            }
            auto checked = writer.recordDocumentCheck(
                caseId, {QStringLiteral("driving-licence"), DocumentHolder::Applicant, true,
                         std::nullopt, clerk, japanTime(2026, 4, 1, 9, 2)});
            if (!checked) {
                return checked.error();
            }
            auto letter = writer.issueLetter(caseId, clerk, japanTime(2026, 4, 1, 9, 3));
            if (!letter) {
                return letter.error();
            }
            auto mailed = writer.recordLetterMailed(letter->id, QStringLiteral("ordinary-post"),
                                                    clerk, japanTime(2026, 4, 1, 9, 4));
            if (!mailed) {
                return mailed.error();
            }
            auto reply = writer.recordLetterReply(letter->id, clerk, japanTime(2026, 4, 1, 9, 5));
            if (!reply) {
                return reply.error();
            }
            return {};
        }));
        appendStep(*store, caseId, clerk, japanTime(2026, 4, 1, 9, 6),
                   QStringLiteral("case-refused"), QStringLiteral("refused"), true,
                   QStringLiteral("refused"));
        openCaseId = openCase(*store, clerk, japanTime(2026, 4, 1, 10, 0)).id;
        valueOrThrow(store->write([&](CaseWriter& writer) {
            return writer.signOffDay({date(2026, 4, 1),
                                      QStringLiteral("1"),
                                      supervisor,
                                      japanTime(2026, 4, 1, 17, 30),
                                      QStringLiteral("確認済み"),
                                      {{openCaseId, QStringLiteral("翌日に継続")}}});
        }));
    }

    ChainVerification verify() { return valueOrThrow(store->verifyChain()); }

    TempFolder folder;
    QString path;
    std::optional<CaseStore> store;
    StaffId clerk{};
    StaffId supervisor{};
    CaseId caseId{};
    CaseId openCaseId{};
};

TEST_F(RecordProof, AnUntouchedStoreHoldsEveryRow) {
    const ChainVerification verified = verify();
    EXPECT_TRUE(verified.holds());
    EXPECT_TRUE(verified.records.empty());
    EXPECT_TRUE(valueOrThrow(store->checkIntegrity()).ok());
    EXPECT_TRUE(valueOrThrow(store->verifyChainFromDay(date(2026, 4, 1))).holds());
    EXPECT_EQ(valueOrThrow(store->findStaff(clerk)).role, StaffRole::Clerk);
}

class RecordTampering : public RecordProof, public ::testing::WithParamInterface<Tampering> {};

TEST_P(RecordTampering, IsNamedByAuditVerifyDbCheckAndTheDaysCheck) {
    const Tampering& tampering = GetParam();
    store.reset();
    rawExecute(path, tampering.sql);
    store.emplace(valueOrThrow(CaseStore::open(path, OpenOptions::creating())));

    const ChainVerification verified = verify();
    EXPECT_FALSE(verified.holds());
    EXPECT_FALSE(verified.broken.has_value()); // the events themselves are untouched
    ASSERT_FALSE(verified.records.empty());
    const RecordMismatch& first = verified.records.front();
    EXPECT_EQ(first.kind, tampering.kind);
    EXPECT_EQ(first.problem, tampering.problem);
    if (tampering.problem == RecordProblem::Differs) {
        const bool named =
            std::any_of(verified.records.begin(), verified.records.end(),
                        [&](const RecordMismatch& m) { return m.field == tampering.field; });
        EXPECT_TRUE(named) << "field " << tampering.field << " not named";
    }
    EXPECT_FALSE(recordMismatchText(first).isEmpty());

    const IntegrityReport integrity = valueOrThrow(store->checkIntegrity());
    EXPECT_FALSE(integrity.ok());
    EXPECT_TRUE(integrity.problems.contains(recordMismatchText(first)));
    // What the day's review and reports check: the same row, from the day on.
    EXPECT_FALSE(valueOrThrow(store->verifyChainFromDay(date(2026, 4, 1))).holds());
}

const std::string kNoPaperworkTriggers = "DROP TRIGGER documents_checked_no_update;"
                                         "DROP TRIGGER documents_checked_no_delete;"
                                         "DROP TRIGGER inquiry_letters_dates_fixed;"
                                         "DROP TRIGGER inquiry_letters_no_delete;"
                                         "DROP TRIGGER daily_sign_offs_no_update;"
                                         "DROP TRIGGER sign_off_acknowledgements_no_update;"
                                         "DROP TRIGGER sign_off_acknowledgements_no_delete;"
                                         "DROP TRIGGER cases_no_delete;";

INSTANTIATE_TEST_SUITE_P(
    EveryTable, RecordTampering,
    ::testing::Values(
        Tampering{"RefusedCaseShownCompleted",
                  "UPDATE cases SET state='completed', outcome='renewed' WHERE id=1",
                  RecordKind::Case, RecordProblem::Differs, "state"},
        Tampering{"ClerkRaisedToSupervisor", "UPDATE staff SET role='supervisor' WHERE id=1",
                  RecordKind::Staff, RecordProblem::Differs, "role"},
        Tampering{"PasswordHashReplaced",
                  "UPDATE staff SET password_hash=zeroblob(32) WHERE login='boss'",
                  RecordKind::Staff, RecordProblem::Differs, "password_hash"},
        Tampering{"StaffNameChanged", "UPDATE staff SET display_name='他人' WHERE id=2",
                  RecordKind::Staff, RecordProblem::Differs, "display_name"},
        Tampering{"DeactivatedAccountActiveAgain", "UPDATE staff SET active=0 WHERE id=1",
                  RecordKind::Staff, RecordProblem::Differs, "active"},
        Tampering{"ApplicantChanged", "UPDATE cases SET applicant_name='別人' WHERE id=1",
                  RecordKind::Case, RecordProblem::Differs, "applicant"},
        Tampering{"ApplicantAddedToACaseWithout",
                  "UPDATE cases SET applicant_address='どこか' WHERE id=2", RecordKind::Case,
                  RecordProblem::Differs, "applicant"},
        Tampering{"CaseTimesMoved",
                  "UPDATE cases SET opened_at=opened_at-60000, closed_at=NULL WHERE id=1",
                  RecordKind::Case, RecordProblem::Differs, "opened_at"},
        Tampering{"CaseMovedToAnotherCounter", "UPDATE cases SET counter='2' WHERE id=1",
                  RecordKind::Case, RecordProblem::Differs, "counter"},
        Tampering{"OpenCaseShownClosed",
                  "UPDATE cases SET closed_at=updated_at, state='completed' WHERE id=2",
                  RecordKind::Case, RecordProblem::Differs, "state"},
        Tampering{"CaseRowInserted",
                  "INSERT INTO cases (reference, reference_year, reference_serial, procedure,"
                  " request_path, counter, state, outcome, opened_by, opened_at, opened_on,"
                  " updated_at, closed_at) VALUES ('R2026-000099', 2026, 99, 'renewal', 'self',"
                  " '1', 'completed', 'renewed', 1, 1775001600000, '2026-04-01', 1775001600000,"
                  " 1775001600000)",
                  RecordKind::Case, RecordProblem::NoEvent, ""},
        Tampering{"StaffRowInserted",
                  "INSERT INTO staff (login, display_name, role, password_hash, password_salt,"
                  " kdf, kdf_log2_n, kdf_r, kdf_p, created_at, updated_at) SELECT 'intruder',"
                  " 'x', 'supervisor', password_hash, password_salt, kdf, kdf_log2_n, kdf_r,"
                  " kdf_p, created_at, updated_at FROM staff WHERE id=2",
                  RecordKind::Staff, RecordProblem::NoEvent, ""},
        Tampering{"DocumentShownAccepted",
                  kNoPaperworkTriggers + "UPDATE documents_checked SET accepted=1-accepted",
                  RecordKind::DocumentCheck, RecordProblem::Differs, "accepted"},
        Tampering{"DocumentRemoved", kNoPaperworkTriggers + "DELETE FROM documents_checked",
                  RecordKind::DocumentCheck, RecordProblem::NoRow, ""},
        Tampering{"LetterReplyRemoved",
                  kNoPaperworkTriggers + "UPDATE inquiry_letters SET reply_received_at=NULL",
                  RecordKind::Letter, RecordProblem::Differs, "reply_received_at"},
        Tampering{"SignOffNoteChanged",
                  kNoPaperworkTriggers + "UPDATE daily_sign_offs SET note='問題なし'",
                  RecordKind::SignOff, RecordProblem::Differs, "note"},
        Tampering{"AcknowledgementChanged",
                  kNoPaperworkTriggers + "UPDATE sign_off_acknowledgements SET note='なし'",
                  RecordKind::SignOff, RecordProblem::Differs, "acknowledgements"}),
    [](const ::testing::TestParamInfo<Tampering>& info) { return std::string(info.param.name); });

TEST_F(RecordProof, AnAccessDecisionNeverRestsOnAnUnprovenAccount) {
    store.reset();
    rawExecute(path, "UPDATE staff SET role='supervisor' WHERE login='clerk-a'");
    store.emplace(valueOrThrow(CaseStore::open(path, OpenOptions::creating())));
    auto byId = store->findStaff(clerk);
    ASSERT_FALSE(byId);
    EXPECT_EQ(byId.error().code, StorageErrorCode::Unproven);
    auto byLogin = store->findStaffByLogin(QStringLiteral("clerk-a"));
    ASSERT_FALSE(byLogin);
    EXPECT_EQ(byLogin.error().code, StorageErrorCode::Unproven);
    // The untouched account is still read.
    EXPECT_EQ(valueOrThrow(store->findStaff(supervisor)).role, StaffRole::Supervisor);
    EXPECT_FALSE(errorText(byId.error()).isEmpty());
}

TEST_F(RecordProof, AccountChangesThroughTheProgramStayProven) {
    const PasswordHash replacement =
        valueOrThrow(hashPassword("another password 123", kCheapScrypt));
    okOrThrow(store->write([&](CaseWriter& writer) -> Result<void> {
        auto failed = writer.recordSignIn(clerk, false, 5, japanTime(2026, 4, 2, 8, 0));
        if (!failed) {
            return failed.error();
        }
        auto changed =
            writer.changePassword(clerk, replacement, supervisor, japanTime(2026, 4, 2, 8, 1));
        if (!changed) {
            return changed.error();
        }
        auto off = writer.setStaffActive(clerk, false, supervisor, japanTime(2026, 4, 2, 8, 2));
        if (!off) {
            return off.error();
        }
        auto unlocked = writer.unlockStaff(clerk, supervisor, japanTime(2026, 4, 2, 8, 3));
        if (!unlocked) {
            return unlocked.error();
        }
        return {};
    }));
    EXPECT_TRUE(verify().holds());
    const StaffAccount account = valueOrThrow(store->findStaff(clerk));
    EXPECT_FALSE(account.active);
}

TEST_F(RecordProof, TimeNeverRunsBackwardsAndTheClockReadingIsKept) {
    // The PC's clock went back 90 s (an NTP correction) between two steps.
    const AppendedEvent before =
        appendStep(*store, openCaseId, clerk, japanTime(2026, 4, 1, 18, 0),
                   QStringLiteral("documents-evaluated"), QStringLiteral("card-check"));
    const AppendedEvent after = appendStep(
        *store, openCaseId, clerk, japanTime(2026, 4, 1, 17, 58, 30),
        QStringLiteral("card-checked"), QStringLiteral("pin-entry"), true, QStringLiteral("done"));
    EXPECT_EQ(after.at, before.at);
    const auto events = valueOrThrow(store->eventsOfCase(openCaseId));
    ASSERT_GE(events.size(), 2u);
    const CaseEvent& last = events.back();
    EXPECT_EQ(last.at, before.at);
    EXPECT_EQ(last.payload.value(QString::fromLatin1(kClockBehindKey.data())).toInteger(), 90000);
    for (std::size_t i = 1; i < events.size(); ++i) {
        EXPECT_GE(events[i].at, events[i - 1].at);
    }
    const CaseRecord record = valueOrThrow(store->findCase(openCaseId));
    ASSERT_TRUE(record.summary.handlingTime().has_value());
    EXPECT_GE(record.summary.handlingTime()->count(), 0);
    EXPECT_TRUE(verify().holds()); // the row was written with the time the event was given
}

// The applicant's digest is keyed with the store's own secret: the same person gives unrelated
// digests in two installations, and nobody can recompute it from a name and birth date.
TEST(ApplicantDigest, LinksNobodyAcrossStoresAndCannotBeRecomputed) {
    const ApplicantDetails applicant{QStringLiteral("美濃 太郎"), QStringLiteral("ミノ タロウ"),
                                     date(1980, 2, 29), QStringLiteral("美濃市泉町1番地")};
    QStringList digests;
    for (int installation = 0; installation < 2; ++installation) {
        TempFolder folder;
        CaseStore store = valueOrThrow(
            CaseStore::open(folder.file(QStringLiteral("c.sqlite3")), OpenOptions::creating()));
        const StaffId clerk =
            addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0))
                .id;
        NewCase newCase{domain::Procedure::Renewal,
                        domain::RequestPath::Self,
                        QStringLiteral("1"),
                        clerk,
                        japanTime(2026, 4, 1, 9, 0),
                        QStringLiteral("reception"),
                        applicant};
        const OpenedCase opened =
            valueOrThrow(store.write([&](CaseWriter& writer) { return writer.openCase(newCase); }));
        const auto events = valueOrThrow(store.eventsOfCase(opened.id));
        digests << events.front().payload.value(QStringLiteral("applicant_digest")).toString();
        EXPECT_TRUE(valueOrThrow(store.verifyChain()).holds());
    }
    EXPECT_NE(digests[0], digests[1]);
    // The unkeyed digest of the same fields (what events held before the key) is neither.
    QByteArray encoded;
    for (const QString& field :
         {*applicant.name, *applicant.kana, QStringLiteral("1980-02-29"), *applicant.address}) {
        const QByteArray utf8 = field.toUtf8();
        encoded.append('\x01');
        for (int shift = 24; shift >= 0; shift -= 8) {
            encoded.append(static_cast<char>((utf8.size() >> shift) & 0xff));
        }
        encoded.append(utf8);
    }
    EventHasher hasher;
    const QString plain = hexDigest(valueOrThrow(hasher.sha256(
        std::string_view(encoded.constData(), static_cast<std::size_t>(encoded.size())))));
    EXPECT_FALSE(digests[0].contains(plain));
    EXPECT_FALSE(digests[1].contains(plain));
}

TEST(CaseSummaryTimes, AHandlingTimeIsNeverNegative) {
    CaseSummary summary;
    summary.openedAt = japanTime(2026, 4, 1, 10, 0);
    summary.closedAt = japanTime(2026, 4, 1, 9, 27); // an old row from a clock set back
    ASSERT_TRUE(summary.handlingTime().has_value());
    EXPECT_EQ(summary.handlingTime()->count(), 0);
}

// One flipped bit in a frame of the write-ahead log: SQLite would replay up to the frame and
// drop every commit after it. The store refuses to open the file instead.
TEST(WriteAheadLog, ADamagedFrameIsRefusedBeforeCommitsAfterItAreLost) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    CaseStore store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
    const StaffId clerk =
        addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0)).id;
    const CaseId caseId = openCase(store, clerk, japanTime(2026, 4, 1, 9, 0)).id;
    for (int minute = 1; minute <= 20; ++minute) {
        appendStep(store, caseId, clerk, japanTime(2026, 4, 1, 9, minute), QStringLiteral("step"),
                   QStringLiteral("working"));
    }
    // A copy of the database and its log while the program still has them open (the log is
    // checkpointed when the last connection closes).
    ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 4096 * 4);
    for (const char* copy : {"good", "damaged"}) {
        QDir(folder.path()).mkdir(QString::fromLatin1(copy));
        ASSERT_TRUE(QFile::copy(path, folder.path() + QLatin1Char('/') + QString::fromLatin1(copy) +
                                          QStringLiteral("/cases.sqlite3")));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"),
                                folder.path() + QLatin1Char('/') + QString::fromLatin1(copy) +
                                    QStringLiteral("/cases.sqlite3-wal")));
    }
    const QString damaged = folder.path() + QStringLiteral("/damaged/cases.sqlite3");
    {
        QFile log(damaged + QStringLiteral("-wal"));
        ASSERT_TRUE(log.open(QIODevice::ReadWrite));
        const qint64 offset = 32 + 24 + 200; // in the page of the first frame
        ASSERT_TRUE(log.seek(offset));
        char byte = 0;
        ASSERT_EQ(log.read(&byte, 1), 1);
        byte = static_cast<char>(byte ^ 0x01);
        ASSERT_TRUE(log.seek(offset));
        ASSERT_EQ(log.write(&byte, 1), 1);
    }
    const QByteArray logBefore = fileBytes(damaged + QStringLiteral("-wal"));

    auto refused = CaseStore::open(damaged);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::Corrupt);
    OpenOptions readOnly;
    readOnly.mode = sqlite::OpenMode::ReadOnly;
    EXPECT_FALSE(CaseStore::open(damaged, readOnly));
    EXPECT_EQ(fileBytes(damaged + QStringLiteral("-wal")), logBefore); // left for rescue

    // The undamaged copy opens with every event.
    CaseStore good =
        valueOrThrow(CaseStore::open(folder.path() + QStringLiteral("/good/cases.sqlite3")));
    const ChainVerification verified = valueOrThrow(good.verifyChain());
    EXPECT_TRUE(verified.holds());
    EXPECT_EQ(verified.headSequence, 22);
}

// A FIFO or a link planted as the database's log is refused at once, never read (a FIFO would
// block the opening for ever).
TEST(WriteAheadLog, ALogThatIsNotAFileIsRefusedAtOnce) {
    TempFolder folder;
    const QString path = folder.file(QStringLiteral("cases.sqlite3"));
    {
        CaseStore store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        addStaff(store, QStringLiteral("clerk"), StaffRole::Clerk, japanTime(2026, 4, 1, 8, 0));
    }
    const QByteArray log = QFile::encodeName(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-wal"));
    ASSERT_EQ(::mkfifo(log.constData(), 0600), 0);
    auto refused = CaseStore::open(path);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StorageErrorCode::NotARegularFile);
    ASSERT_TRUE(QFile::remove(path + QStringLiteral("-wal")));
    ASSERT_TRUE(
        QFile::link(folder.file(QStringLiteral("elsewhere")), path + QStringLiteral("-wal")));
    EXPECT_EQ(CaseStore::open(path).error().code, StorageErrorCode::NotARegularFile);
}

} // namespace
} // namespace jpki::storage
