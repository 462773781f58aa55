// jpki-counter-cli case letter and case receipt run as a process against a case database that
// the engine's bench filled: the PDF written, the JSON answer, and each refusal with its exit
// code and nothing on standard output.

#include "cli_process.h"
#include "letters_test_support.h"

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
