#include "letters/letter_documents.h"

#include "letters/document_html.h"
#include "letters/document_output.h"
#include "letters/pdf_text_map.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QRawFont>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

namespace jpki::letters {

namespace {

// Japanese glyphs for every document (the English receipt too, for names in kanji); the fonts
// come from fonts-noto-cjk. The templates choose the faces; this is the fallback.
const QString kDefaultFontFamily = QStringLiteral("Noto Serif CJK JP");
constexpr qreal kDefaultPointSize = 10.5;

// A4 portrait. QTextDocument::print keeps 2 cm margins inside the device's paintable area (and
// puts the page number in the bottom one), so the device adds none of its own beyond what a
// printer cannot reach.
void setUpA4(QPagedPaintDevice& device) {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(), QPageLayout::Millimeter);
}

class LaidOutDocument {
public:
    explicit LaidOutDocument(const QString& html) {
        QFont font(kDefaultFontFamily);
        font.setPointSizeF(kDefaultPointSize);
        // Without shaping, each character is drawn with the glyph the font's character map gives
        // it, which is what the PDF's text map can name: shaped Latin runs in the Noto CJK
        // fonts use substitute glyphs for digits (and ligatures) that would read back as
        // nothing. The templates' faces inherit the strategy.
        font.setStyleStrategy(QFont::PreferNoShaping);
        m_document.setDefaultFont(font);
        m_document.setHtml(html);
    }

    QString title() const { return m_document.metaInformation(QTextDocument::DocumentTitle); }
    QString plainText() const { return m_document.toPlainText(); }

    // The fonts the templates name, for the repair of the PDF's text maps.
    std::vector<QRawFont> fonts() const {
        QSet<QString> families{m_document.defaultFont().family()};
        for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                const QStringList named =
                    fragment.fragment().charFormat().fontFamilies().toStringList();
                families.unite(QSet<QString>(named.cbegin(), named.cend()));
            }
        }
        std::vector<QRawFont> fonts;
        for (const QString& family : families) {
            const QRawFont font = QRawFont::fromFont(QFont(family));
            if (font.isValid()) {
                fonts.push_back(font);
            }
        }
        return fonts;
    }

    void printOn(QPagedPaintDevice& device) const {
        setUpA4(device);
        m_document.print(&device);
    }

private:
    QTextDocument m_document;
};

} // namespace

QByteArray documentPdf(const QString& html) {
    const LaidOutDocument document(html);
    QBuffer pdf;
    pdf.open(QIODevice::ReadWrite);
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("jpki-counter"));
        document.printOn(writer);
    }
    QByteArray bytes = pdf.data();
    bytes.append(textMapRepair(bytes, document.plainText(), document.fonts()));
    return bytes;
}

platform::FileResult<void> writeDocumentPdf(const QString& html, const QString& path) {
    return platform::writePrivateFile(path, documentPdf(html), platform::ExistingTarget::Keep);
}

Expected<void, OutputError> printDocument(const QString& html, QPrinter& printer) {
    if (!printer.isValid()) {
        return OutputError::PrinterNotReady;
    }
    const LaidOutDocument document(html);
    if (printer.docName().isEmpty()) {
        printer.setDocName(document.title());
    }
    document.printOn(printer);
    // "Print to file" writes through Qt, which leaves the mode to the umask; the letter names
    // the applicant.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        platform::removeOthersAccess(platform::nativePath(printer.outputFileName()));
    }
    return {};
}

std::string_view outputErrorId(OutputError error) {
    switch (error) {
    case OutputError::PrinterNotReady:
        return "printer-not-ready";
    }
    return {};
}

QString documentHtml(const InquiryLetterContent& letter) {
    return fillLetterTemplate(letter).html;
}

QString documentHtml(const ReceiptContent& receipt, DocumentLanguage language) {
    return fillReceiptTemplate(receipt, language).html;
}

QByteArray pdfBytes(const InquiryLetterContent& letter) {
    return documentPdf(documentHtml(letter));
}

QByteArray pdfBytes(const ReceiptContent& receipt, DocumentLanguage language) {
    return documentPdf(documentHtml(receipt, language));
}

platform::FileResult<void> writePdf(const InquiryLetterContent& letter, const QString& path) {
    return writeDocumentPdf(documentHtml(letter), path);
}

platform::FileResult<void> writePdf(const ReceiptContent& receipt, const QString& path,
                                    DocumentLanguage language) {
    return writeDocumentPdf(documentHtml(receipt, language), path);
}

Expected<void, OutputError> print(const InquiryLetterContent& letter, QPrinter& printer) {
    return printDocument(documentHtml(letter), printer);
}

Expected<void, OutputError> print(const ReceiptContent& receipt, QPrinter& printer,
                                  DocumentLanguage language) {
    return printDocument(documentHtml(receipt, language), printer);
}

} // namespace jpki::letters
