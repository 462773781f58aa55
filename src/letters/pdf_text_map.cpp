#include "letters/pdf_text_map.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <map>
#include <optional>

namespace jpki::letters {

namespace {

// For each code point a font shows with the glyph of a character of the document, that
// character (when the code point is not itself in the document).
class GlyphAliases {
public:
    GlyphAliases(const QString& documentText, const std::vector<QRawFont>& fonts)
        : m_fonts(fonts) {
        for (const char32_t character : documentText.toUcs4()) {
            if (character <= 0xFFFF) {
                m_used.insert(character);
            }
        }
        for (const QRawFont& font : m_fonts) {
            QHash<quint32, char32_t> byGlyph;
            for (const char32_t character : m_used) {
                if (const quint32 glyph = glyphOf(font, character)) {
                    byGlyph.insert(glyph, character);
                }
            }
            m_byGlyph.push_back(std::move(byGlyph));
        }
    }

    std::optional<char32_t> usedFor(char32_t mapped) const {
        if (m_used.contains(mapped)) {
            return std::nullopt;
        }
        for (std::size_t i = 0; i < m_fonts.size(); ++i) {
            const quint32 glyph = glyphOf(m_fonts[i], mapped);
            const auto found = m_byGlyph[i].constFind(glyph);
            if (glyph != 0 && found != m_byGlyph[i].cend()) {
                return found.value();
            }
        }
        return std::nullopt;
    }

private:
    static quint32 glyphOf(const QRawFont& font, char32_t character) {
        const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&character, 1));
        return glyphs.size() == 1 ? glyphs.front() : 0;
    }

    const std::vector<QRawFont>& m_fonts;
    QSet<char32_t> m_used;
    std::vector<QHash<quint32, char32_t>> m_byGlyph;
};

// Rewrites the destinations of a CMap's bfchar and bfrange entries in place (four hex digits
// for four), leaving the source codes alone.
bool remapDestinations(QByteArray& cmap, const GlyphAliases& aliases) {
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]+)>|\\[|\\]|begin(bfchar|"
                                                         "bfrange)|end(bfchar|bfrange)"));
    const QString text = QString::fromLatin1(cmap);
    bool changed = false;
    QString section;
    int position = 0; // of the hex string in its entry: 0, 1 the source(s), then destinations
    bool inArray = false;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString found = match.captured(0);
        if (found.startsWith(QLatin1String("begin"))) {
            section = match.captured(2);
            position = 0;
            continue;
        }
        if (found.startsWith(QLatin1String("end"))) {
            section.clear();
            continue;
        }
        if (section.isEmpty()) {
            continue;
        }
        if (found == QLatin1String("[")) {
            inArray = true;
            continue;
        }
        if (found == QLatin1String("]")) {
            inArray = false;
            position = 0;
            continue;
        }
        const int sources = section == QLatin1String("bfrange") ? 2 : 1;
        const bool isDestination = position >= sources;
        if (!isDestination) {
            ++position;
            continue;
        }
        if (!inArray) {
            position = 0; // a single destination ends the entry
        }
        const QString hex = match.captured(1);
        if (hex.size() != 4) {
            continue;
        }
        const auto replacement = aliases.usedFor(hex.toUInt(nullptr, 16));
        if (replacement) {
            const QByteArray digits =
                QStringLiteral("%1").arg(quint32(*replacement), 4, 16, QLatin1Char('0')).toLatin1();
            cmap.replace(match.capturedStart(1), 4, digits.toUpper());
            changed = true;
        }
    }
    return changed;
}

// The decoded content of stream object `number`: as written, or inflated when compressed.
std::optional<QByteArray> readStream(const QByteArray& pdf, const QString& text, int number) {
    const QRegularExpression object(
        QStringLiteral("(?:^|[\\r\\n])%1 0 obj\\s*<<(.*?)>>\\s*stream\\r?\\n").arg(number),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = object.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString dictionary = match.captured(1);
    static const QRegularExpression lengthEntry(QStringLiteral("/Length\\s+(\\d+)(\\s+0\\s+R)?"));
    const QRegularExpressionMatch length = lengthEntry.match(dictionary);
    if (!length.hasMatch() || dictionary.contains(QLatin1String("/DecodeParms"))) {
        return std::nullopt;
    }
    qsizetype bytes = length.captured(1).toLongLong();
    if (!length.captured(2).isEmpty()) { // an indirect length: "/Length 12 0 R"
        const QRegularExpression lengthObject(
            QStringLiteral("(?:^|[\\r\\n])%1 0 obj\\s*(\\d+)\\s*endobj").arg(bytes));
        const QRegularExpressionMatch value = lengthObject.match(text);
        if (!value.hasMatch()) {
            return std::nullopt;
        }
        bytes = value.captured(1).toLongLong();
    }
    const QByteArray content = pdf.mid(match.capturedEnd(0), bytes);
    if (!dictionary.contains(QLatin1String("/Filter"))) {
        return content;
    }
    if (!dictionary.contains(QLatin1String("/FlateDecode"))) {
        return std::nullopt;
    }
    // qUncompress wants the expected size first; it grows the buffer when the guess is short.
    QByteArray framed(4, '\0');
    const quint32 guess = quint32(content.size()) * 8 + 64;
    for (int i = 0; i < 4; ++i) {
        framed[i] = char((guess >> (24 - 8 * i)) & 0xFF);
    }
    const QByteArray inflated = qUncompress(framed + content);
    if (inflated.isEmpty()) {
        return std::nullopt;
    }
    return inflated;
}

} // namespace

QByteArray textMapRepair(const QByteArray& pdf, const QString& documentText,
                         const std::vector<QRawFont>& fonts) {
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression trailerEntries(
        QStringLiteral("trailer\\s*<<(.*?)>>\\s*startxref\\s+(\\d+)\\s+%%EOF\\s*$"),
        QRegularExpression::DotMatchesEverythingOption);
    const qsizetype lastTrailer = text.lastIndexOf(QLatin1String("trailer"));
    const QRegularExpressionMatch trailer = trailerEntries.match(text, qMax(lastTrailer, 0));
    if (lastTrailer < 0 || !trailer.hasMatch() || trailer.capturedStart(0) != lastTrailer) {
        return {};
    }
    const GlyphAliases aliases(documentText, fonts);
    std::map<int, QByteArray> repaired; // object number -> new CMap
    auto maps = toUnicode.globalMatch(text);
    while (maps.hasNext()) {
        const int number = maps.next().captured(1).toInt();
        if (repaired.contains(number)) {
            continue;
        }
        auto cmap = readStream(pdf, text, number);
        if (cmap && remapDestinations(*cmap, aliases)) {
            repaired.emplace(number, *cmap);
        }
    }
    if (repaired.empty()) {
        return {};
    }

    // The incremental update: the new objects, a cross-reference section naming them, and a
    // trailer that points back to the previous one.
    const QString entries = trailer.captured(1);
    static const QRegularExpression keepEntry(
        QStringLiteral("/(Size\\s+\\d+|Root\\s+\\d+\\s+\\d+\\s+R|Info\\s+\\d+\\s+\\d+\\s+R)"));
    QString kept;
    auto keep = keepEntry.globalMatch(entries);
    while (keep.hasNext()) {
        kept += QLatin1Char('/') + keep.next().captured(1) + QLatin1Char(' ');
    }
    QByteArray update("\n");
    std::map<int, qsizetype> offsets;
    for (const auto& [number, cmap] : repaired) {
        offsets.emplace(number, pdf.size() + update.size());
        update += QByteArray::number(number) + " 0 obj\n<< /Length " +
                  QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap +
                  "\nendstream\nendobj\n";
    }
    const qsizetype crossReference = pdf.size() + update.size();
    update += "xref\n";
    for (const auto& [number, offset] : offsets) {
        update += QByteArray::number(number) + " 1\n" +
                  QStringLiteral("%1 00000 n \n").arg(offset, 10, 10, QLatin1Char('0')).toLatin1();
    }
    update += "trailer\n<< " + kept.toLatin1() + "/Prev " + trailer.captured(2).toLatin1() +
              " >>\nstartxref\n" + QByteArray::number(crossReference) + "\n%%EOF\n";
    return update;
}

} // namespace jpki::letters
