#pragma once

// A repair of the text maps in the PDF that Qt's writer makes, so that the text of a Japanese
// document reads back (copied, searched, extracted) as the characters it was written with.
//
// Qt's PDF writer (6.4) gives each embedded font a ToUnicode map built by asking the font which
// code point shows each glyph and keeping the lowest. CJK fonts show an ideograph and its radical
// with one glyph (月 U+6708 and ⽉ U+2F49, 民 U+6C11 and ⺠ U+2EA0), so 「市民」 would read back as
// 「市⺠」. The repair maps each such glyph to the character the document used instead, and is
// appended to the file as an incremental update: the objects Qt wrote stay as they were.

#include <QByteArray>
#include <QRawFont>
#include <QString>
#include <vector>

namespace jpki::letters {

// What to append to `pdf` so that its ToUnicode maps name the characters of `documentText`
// rather than others drawn with the same glyph in one of `fonts`; empty when nothing needs it
// (or the file is not laid out as Qt writes it, which leaves it as it was).
QByteArray textMapRepair(const QByteArray& pdf, const QString& documentText,
                         const std::vector<QRawFont>& fonts);

} // namespace jpki::letters
