// jpki-counter-cli case letter and case receipt run as a process against a case database that
// the engine's bench filled: the PDF written, the JSON answer, and each refusal with its exit
// code and nothing on standard output.

#include "cli_process.h"
#include "letters_test_support.h"
#include "review_test_support.h"
#include "workflow/access_events.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace jpki::letters::testing {
namespace {

using domain::PinKind;

class DocumentCli : public ::testing::Test {
protected:
    QString out(const QString& name) const { return m_folder.filePath(name); }
    QStringList withDatabase(const Counter& counter, QStringList arguments) const {
        arguments << QStringLiteral("--db") << counter.databasePath();
        return arguments;
    }

    // The document-exported events recorded today (the command line's clock is the system's).
    static std::vector<storage::CaseEvent> documentExports(Counter& counter) {
        const domain::Date today =
            storage::japanDate(storage::fromQDateTime(QDateTime::currentDateTimeUtc()));
        return workflow::testing::eventsOfType(counter.store(), today,
                                               workflow::event::kDocumentExported);
    }

private:
    QTemporaryDir m_folder;
};

TEST_F(DocumentCli, WritesTheLetterFoundByTheLettersReference) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const QString pdf = out(QStringLiteral("letter.pdf"));
    const CliRun run = runCli(withDatabase(
        counter, {QStringLiteral("case"), QStringLiteral("letter"), issued.letter->reference,
                  QStringLiteral("--out"), pdf, QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(run.stdoutIsOneJsonObject) << run.out.toStdString();
    EXPECT_EQ(run.json.value(QStringLiteral("letter")).toString(), issued.letter->reference);
    EXPECT_EQ(run.json.value(QStringLiteral("case")).toString(), issued.reference);
    EXPECT_EQ(run.json.value(QStringLiteral("pdf")).toString(), QFileInfo(pdf).absoluteFilePath());
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("照会書兼回答書")));
    EXPECT_TRUE(text.contains(asPrinted(QString::fromStdString(counter.profile().holder.name))));
    // The applicant's name goes into the PDF only, never to standard output.
    EXPECT_FALSE(
        QString::fromUtf8(run.out).contains(QString::fromStdString(counter.profile().holder.name)));
}

// The letter carries the applicant's name and address: writing it is an audit event, with the
// case's and the letter's references, the format, where it went and that it succeeded.
TEST_F(DocumentCli, TheLetterIsRecordedAsAnExport) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const CliRun run = runCli(withDatabase(
        counter, {QStringLiteral("case"), QStringLiteral("letter"), issued.letter->reference,
                  QStringLiteral("--out"), out(QStringLiteral("letter.pdf"))}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto recorded = documentExports(counter);
    ASSERT_EQ(recorded.size(), 1u);
    const QJsonObject& facts = recorded.front().payload;
    EXPECT_EQ(facts.value(QStringLiteral("document")).toString(), QStringLiteral("letter"));
    EXPECT_EQ(facts.value(QStringLiteral("case")).toString(), issued.reference);
    EXPECT_EQ(facts.value(QStringLiteral("letter")).toString(), issued.letter->reference);
    EXPECT_EQ(facts.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    EXPECT_EQ(facts.value(QStringLiteral("destination")).toString(), QStringLiteral("file"));
    EXPECT_TRUE(facts.value(QStringLiteral("succeeded")).toBool());
    EXPECT_FALSE(recorded.front().staff.has_value());
    const auto chain = counter.store().verifyChain();
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->holds());
}

// A link planted at the letter's name: nothing is written where it points, and the refused
// export is recorded as such.
TEST_F(DocumentCli, ALetterIsNeverWrittenThroughALinkAndTheFailureIsRecorded) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const QString elsewhere = out(QStringLiteral("elsewhere.pdf"));
    const QString planted = out(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(QFile::link(elsewhere, planted));
    const CliRun run =
        runCli(withDatabase(counter, {QStringLiteral("case"), QStringLiteral("letter"),
                                      issued.letter->reference, QStringLiteral("--out"), planted}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(elsewhere));
    const auto recorded = documentExports(counter);
    ASSERT_EQ(recorded.size(), 1u);
    EXPECT_FALSE(recorded.front().payload.value(QStringLiteral("succeeded")).toBool(true));
    EXPECT_EQ(recorded.front().payload.value(QStringLiteral("reason")).toString(),
              QStringLiteral("not-a-regular-file"));
}

TEST_F(DocumentCli, FindsTheLetterByTheCasesReferenceWithoutADisplay) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const QString pdf = out(QStringLiteral("letter.pdf"));
    // No platform named and no display: the command chooses the offscreen platform itself.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QByteArray display = qgetenv("DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    const CliRun run =
        runCli(withDatabase(counter, {QStringLiteral("case"), QStringLiteral("letter"),
                                      issued.reference.toLower(), QStringLiteral("--out"), pdf}));
    qputenv("QT_QPA_PLATFORM", platform);
    if (!display.isEmpty()) {
        qputenv("DISPLAY", display);
    }
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(issued.letter->reference));
    EXPECT_TRUE(pdfText(pdf).contains(issued.letter->reference));
}

TEST_F(DocumentCli, AnUnknownReferenceAnswersNo) {
    Counter counter;
    letterIssuedCase(counter);
    const QString pdf = out(QStringLiteral("letter.pdf"));
    const CliRun run = runCli(
        withDatabase(counter, {QStringLiteral("case"), QStringLiteral("letter"),
                               QStringLiteral("P2025-999999-1"), QStringLiteral("--out"), pdf}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("P2025-999999-1")));
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(DocumentCli, ACaseWithoutALetterAnswersNo) {
    Counter counter;
    const workflow::CaseFile atDocuments =
        counter.throughReception(domain::Procedure::PinReset, domain::RequestPath::VoluntaryProxy);
    const QString pdf = out(QStringLiteral("letter.pdf"));
    const CliRun run =
        runCli(withDatabase(counter, {QStringLiteral("case"), QStringLiteral("letter"),
                                      atDocuments.reference, QStringLiteral("--out"), pdf}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("照会書兼回答書がありません")))
        << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(DocumentCli, AnExistingFileIsRefusedAndKept) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const QString pdf = out(QStringLiteral("letter.pdf"));
    {
        QFile existing(pdf);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("earlier letter");
    }
    const CliRun run = runCli(withDatabase(
        counter, {QStringLiteral("case"), QStringLiteral("letter"), issued.letter->reference,
                  QStringLiteral("--out"), pdf, QStringLiteral("--json")}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("上書きしません")))
        << run.err.toStdString();
    QFile existing(pdf);
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("earlier letter"));
}

TEST_F(DocumentCli, TheOutputFileIsRequired) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const CliRun run = runCli(withDatabase(
        counter, {QStringLiteral("case"), QStringLiteral("letter"), issued.letter->reference}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("--out")));
}

TEST_F(DocumentCli, WritesTheReceiptInJapaneseAndInEnglish) {
    Counter counter;
    const workflow::CaseFile done = completedPinReset(counter, PinKind::UserAuthentication, "8642");
    const QString japanese = out(QStringLiteral("ja.pdf"));
    const CliRun ja = runCli(
        withDatabase(counter, {QStringLiteral("case"), QStringLiteral("receipt"), done.reference,
                               QStringLiteral("--out"), japanese, QStringLiteral("--json")}));
    ASSERT_EQ(ja.exitCode, 0) << ja.err.toStdString();
    EXPECT_EQ(ja.json.value(QStringLiteral("case")).toString(), done.reference);
    EXPECT_EQ(ja.json.value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
    EXPECT_TRUE(pdfText(japanese).contains(QStringLiteral("手続きの控え")));

    const QString english = out(QStringLiteral("en.pdf"));
    const CliRun en = runCli(
        withDatabase(counter, {QStringLiteral("case"), QStringLiteral("receipt"),
                               QString::number(storage::rawId(done.id)), QStringLiteral("--out"),
                               english, QStringLiteral("--lang"), QStringLiteral("en")}));
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    EXPECT_TRUE(QString::fromUtf8(en.out).contains(QFileInfo(english).absoluteFilePath()));
    const QString text = pdfText(english);
    EXPECT_TRUE(text.contains(QStringLiteral("Receipt")));
    EXPECT_TRUE(text.contains(done.reference));
    EXPECT_FALSE(text.contains(QStringLiteral("8642")));
    const auto recorded = documentExports(counter);
    ASSERT_EQ(recorded.size(), 2u);
    for (const storage::CaseEvent& event : recorded) {
        EXPECT_EQ(event.payload.value(QStringLiteral("document")).toString(),
                  QStringLiteral("receipt"));
        EXPECT_EQ(event.payload.value(QStringLiteral("case")).toString(), done.reference);
        EXPECT_EQ(event.payload.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        EXPECT_TRUE(event.payload.value(QStringLiteral("succeeded")).toBool());
    }
    EXPECT_EQ(recorded.back().payload.value(QStringLiteral("language")).toString(),
              QStringLiteral("en"));
}

TEST_F(DocumentCli, AReceiptOfAnOpenCaseAnswersNo) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const QString pdf = out(QStringLiteral("receipt.pdf"));
    const CliRun run =
        runCli(withDatabase(counter, {QStringLiteral("case"), QStringLiteral("receipt"),
                                      issued.reference, QStringLiteral("--out"), pdf}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(run.err).contains(QStringLiteral("完了していません")))
        << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(DocumentCli, AReceiptInAnUnknownLanguageIsRefused) {
    Counter counter;
    const workflow::CaseFile done = completedPinReset(counter, PinKind::UserAuthentication, "8642");
    const QString pdf = out(QStringLiteral("receipt.pdf"));
    const CliRun run = runCli(withDatabase(
        counter, {QStringLiteral("case"), QStringLiteral("receipt"), done.reference,
                  QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("fr")}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

} // namespace
} // namespace jpki::letters::testing
