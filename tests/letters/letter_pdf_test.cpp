// The documents as PDF files and on a printer, read back with poppler's pdftotext, pdffonts and
// pdfinfo as any reader of the file would: the text is there and extractable, the fonts are
// embedded, the page is A4, nothing secret is printed, and an existing file is never replaced.

#include "letters/case_for_printing.h"
#include "letters/document_html.h"
#include "letters/letter_documents.h"
#include "letters/pdf_text_map.h"
#include "letters_test_support.h"
#include "simulator/profiles.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <sys/stat.h>

namespace jpki::letters::testing {
namespace {

using domain::PinKind;

InquiryLetterContent letterOf(Counter& counter, const workflow::CaseFile& caseFile) {
    auto printable = loadCaseForPrinting(counter.store(), caseFile.id);
    EXPECT_TRUE(printable.ok());
    auto letter = inquiryLetterOf(*printable, domain::minoCityProfile());
    EXPECT_TRUE(letter.ok());
    return *letter;
}

ReceiptContent receiptOfCase(Counter& counter, const workflow::CaseFile& caseFile) {
    auto printable = loadCaseForPrinting(counter.store(), caseFile.id);
    EXPECT_TRUE(printable.ok());
    auto receipt = receiptOf(*printable, domain::minoCityProfile());
    EXPECT_TRUE(receipt.ok());
    return *receipt;
}

QString pdfInfo(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Every font is embedded and has a ToUnicode map: pdffonts' "emb" and "uni" columns, counted
// from the end of the line because a font's type may hold spaces ("CID Type 0C").
void expectEmbeddedFonts(const QString& path) {
    const QStringList fonts = pdfFontLines(path);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString& line : fonts) {
        const QStringList columns = line.simplified().split(u' ');
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 3), QStringLiteral("yes")) << line.toStdString();
    }
}

class DocumentPdf : public ::testing::Test {
protected:
    QString pathOf(const QString& name) const { return m_folder.filePath(name); }
    QStringList filesInFolder() const {
        return QDir(m_folder.path())
            .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private:
    QTemporaryDir m_folder;
};

TEST_F(DocumentPdf, TheLetterShowsTitleReferencesApplicantAndNoForwarding) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const QString path = pathOf(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(writePdf(letterOf(counter, issued), path).ok());

    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("照会書兼回答書"))) << text.toStdString();
    EXPECT_TRUE(text.contains(issued.letter->reference));
    EXPECT_TRUE(text.contains(issued.reference + QLatin1Char(')')) ||
                text.contains(issued.reference + QStringLiteral("）")));
    EXPECT_TRUE(text.contains(asPrinted(QString::fromStdString(counter.profile().holder.name))));
    EXPECT_TRUE(text.contains(asPrinted(QString::fromStdString(counter.profile().holder.address))));
    EXPECT_TRUE(text.contains(QStringLiteral("普通郵便・転送不要")));
    EXPECT_TRUE(text.contains(QStringLiteral("令和7年11月25日")));
    EXPECT_TRUE(text.contains(QStringLiteral("美濃市長")));
    expectEmbeddedFonts(path);
    const QString info = pdfInfo(path);
    EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("照会書兼回答書"))) << info.toStdString();
}

TEST_F(DocumentPdf, TheReplyIsOnAPageOfItsOwn) {
    Counter counter;
    const QString path = pathOf(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(writePdf(letterOf(counter, letterIssuedCase(counter)), path).ok());
    const QStringList pages = pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 2);
    EXPECT_FALSE(pages.at(0).contains(QStringLiteral("自署")));
    EXPECT_TRUE(pages.at(1).contains(QStringLiteral("回答書")));
    EXPECT_TRUE(pages.at(1).contains(QStringLiteral("自署")));
    EXPECT_TRUE(pages.at(1).contains(QStringLiteral("署名用電子証明書の暗証番号")));
}

// Qt names a glyph shared by an ideograph and its radical (月 and ⽉, 民 and ⺠) by the radical;
// the repaired text maps name the characters the document was written with.
TEST_F(DocumentPdf, ReadsBackIdeographsNotRadicals) {
    Counter counter;
    const QString path = pathOf(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(writePdf(letterOf(counter, letterIssuedCase(counter)), path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("市民生活課"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("窓口")));
    for (const char32_t character : text.toUcs4()) {
        EXPECT_FALSE(character >= 0x2E80 && character <= 0x2FDF)
            << "radical U+" << std::hex << unsigned(character);
    }
}

TEST(PdfTextMap, LeavesWhatIsNotAQtPdfAlone) {
    EXPECT_TRUE(textMapRepair(QByteArrayLiteral("not a PDF"), QStringLiteral("月"), {}).isEmpty());
    EXPECT_TRUE(textMapRepair({}, {}, {}).isEmpty());
}

TEST_F(DocumentPdf, AMarkupNameIsPrintedLiterally) {
    Counter counter;
    workflow::ApplicantInput applicant = workflow::testing::applicantOf(counter.profile());
    applicant.name = QStringLiteral("美濃<b>太郎</b>");
    const QString path = pathOf(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(writePdf(letterOf(counter, letterIssuedCase(counter, applicant)), path).ok());
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("美濃<b>太郎</b>")));
}

// A completed voluntary proxy's reset: its letter and its receipts in both languages hold none
// of the PINs the test's card ever had, old or new.
TEST_F(DocumentPdf, NoPinIsPrintedOnAnyDocument) {
    Counter counter;
    const std::string newPin = "QZ8W3K7";
    const workflow::CaseFile done = completedPinReset(counter, PinKind::Signature, newPin);
    ASSERT_TRUE(writePdf(letterOf(counter, done), pathOf(QStringLiteral("letter.pdf"))).ok());
    const ReceiptContent receipt = receiptOfCase(counter, done);
    ASSERT_TRUE(writePdf(receipt, pathOf(QStringLiteral("ja.pdf"))).ok());
    ASSERT_TRUE(
        writePdf(receipt, pathOf(QStringLiteral("en.pdf")), DocumentLanguage::English).ok());

    const std::vector<std::string_view> pins{
        newPin, sim::default_pins::signature, sim::default_pins::authentication,
        sim::default_pins::cardInfo, sim::default_pins::residentRegistry};
    for (const QString& name :
         {QStringLiteral("letter.pdf"), QStringLiteral("ja.pdf"), QStringLiteral("en.pdf")}) {
        QFile file(pathOf(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString text = pdfText(pathOf(name));
        ASSERT_FALSE(text.isEmpty());
        for (const std::string_view pin : pins) {
            const QString pinText = QString::fromLatin1(pin.data(), qsizetype(pin.size()));
            EXPECT_FALSE(text.contains(pinText, Qt::CaseInsensitive)) << name.toStdString();
            EXPECT_FALSE(bytes.contains(QByteArray(pin.data(), qsizetype(pin.size()))))
                << name.toStdString();
        }
    }
}

TEST_F(DocumentPdf, TheJapaneseReceiptListsCertificatesAndNewExpiry) {
    Counter counter("expiring");
    const workflow::CaseFile done = completedRenewal(counter);
    const QString path = pathOf(QStringLiteral("receipt.pdf"));
    ASSERT_TRUE(writePdf(receiptOfCase(counter, done), path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("手続きの控え"))) << text.toStdString();
    EXPECT_TRUE(text.contains(done.reference));
    EXPECT_TRUE(text.contains(QStringLiteral("電子証明書の更新")));
    EXPECT_TRUE(text.contains(QStringLiteral("署名用電子証明書")));
    EXPECT_TRUE(text.contains(QStringLiteral("利用者証明用電子証明書")));
    for (const workflow::CertificateRenewal& renewal : done.renewals) {
        EXPECT_TRUE(text.contains(documentDate(*renewal.newExpires, DocumentLanguage::Japanese)))
            << documentDate(*renewal.newExpires, DocumentLanguage::Japanese).toStdString();
    }
    expectEmbeddedFonts(path);
}

TEST_F(DocumentPdf, TheEnglishReceiptReadsEnglish) {
    Counter counter;
    const workflow::CaseFile done = completedPinReset(counter, PinKind::UserAuthentication, "8642");
    const QString path = pathOf(QStringLiteral("receipt.pdf"));
    ASSERT_TRUE(writePdf(receiptOfCase(counter, done), path, DocumentLanguage::English).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Receipt"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("PIN reset")));
    EXPECT_TRUE(text.contains(QStringLiteral("PIN of the user authentication certificate")));
    EXPECT_TRUE(text.contains(QStringLiteral("25 November 2025")));
    EXPECT_FALSE(text.contains(QStringLiteral("手続きの控え")));
}

TEST_F(DocumentPdf, AnExistingFileIsNeverOverwritten) {
    Counter counter;
    const QString path = pathOf(QStringLiteral("letter.pdf"));
    {
        QFile existing(path);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("kept as it was");
    }
    const auto written = writePdf(letterOf(counter, letterIssuedCase(counter)), path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().problem, platform::FileProblem::FileExists);
    QFile existing(path);
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("kept as it was"));
    EXPECT_EQ(filesInFolder(), QStringList{QStringLiteral("letter.pdf")});
}

TEST_F(DocumentPdf, LeavesOnlyTheFinishedFile) {
    Counter counter;
    ASSERT_TRUE(
        writePdf(letterOf(counter, letterIssuedCase(counter)), pathOf(QStringLiteral("l.pdf")))
            .ok());
    EXPECT_EQ(filesInFolder(), QStringList{QStringLiteral("l.pdf")});
    // The applicant's name and address: readable by the owner only.
    EXPECT_EQ(QFile::permissions(pathOf(QStringLiteral("l.pdf"))) &
                  (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
}

TEST_F(DocumentPdf, AFolderThatIsNotThereCannotBeWritten) {
    Counter counter;
    const auto written = writePdf(letterOf(counter, letterIssuedCase(counter)),
                                  pathOf(QStringLiteral("missing/letter.pdf")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().problem, platform::FileProblem::CannotCreate);
    EXPECT_TRUE(filesInFolder().isEmpty());
}

TEST_F(DocumentPdf, PrintsOnAPrinter) {
    Counter counter;
    const workflow::CaseFile issued = letterIssuedCase(counter);
    const QString path = pathOf(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter)); // the document asks for A4 itself
    const mode_t savedMask = ::umask(0);
    const bool printed = print(letterOf(counter, issued), printer).ok();
    ::umask(savedMask);
    ASSERT_TRUE(printed);
    // "Print to file" names the applicant: the owner's only, whatever the umask (issue 16).
    struct stat found {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &found), 0);
    EXPECT_EQ(found.st_mode & 0777, 0600u);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("照会書兼回答書")));
    EXPECT_TRUE(text.contains(issued.letter->reference));
    EXPECT_TRUE(pdfInfo(path).contains(QStringLiteral("(A4)")));
}

} // namespace
} // namespace jpki::letters::testing
