#pragma once

// Shared checks of the message tables: every code's text exists, is Japanese and is distinct,
// and a translator that records which contexts the texts are looked up in.

#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <algorithm>
#include <gtest/gtest.h>
#include <string>

namespace jpki::test {

// Without a translator the Japanese source comes back: each text must exist, be Japanese (not an
// ASCII placeholder) and differ from the others of its kind.
template <typename Codes, typename TextFunction>
void expectDistinctJapaneseTextForEach(const Codes& codes, TextFunction text, const char* rule) {
    QSet<QString> seen;
    for (const auto code : codes) {
        const QString value = text(code);
        SCOPED_TRACE(::testing::Message()
                     << rule << " code " << static_cast<int>(code) << ": " << value.toStdString());
        EXPECT_FALSE(value.isEmpty());
        EXPECT_TRUE(
            std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() > 0x7f; }));
        EXPECT_FALSE(seen.contains(value));
        seen.insert(value);
    }
}

// Answers every lookup with a marked source text (keeping %1) and notes the project's contexts;
// Qt looks up its own contexts too.
class RecordingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char*,
                      int) const override {
        const QString name = QString::fromUtf8(context);
        if (name.startsWith(QStringLiteral("jpki::"))) {
            contexts.insert(name);
        }
        return QStringLiteral("[en] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
    std::string recorded() const {
        QStringList names = contexts.values();
        names.sort();
        return names.join(QLatin1Char(' ')).toStdString();
    }
    mutable QSet<QString> contexts;
};

} // namespace jpki::test
