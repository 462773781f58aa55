#pragma once

#include <QLocale>
#include <QString>
#include <optional>

class QCoreApplication;

namespace jpki::platform {

// Japanese is the source language of every user-visible string; English comes from the
// translation built with Qt Linguist.
enum class Language { Japanese, English };

// "ja" or "en" (case-insensitive, region ignored: "en_GB" is English); nothing otherwise.
std::optional<Language> parseLanguage(const QString& code);

// English for an English system locale, Japanese for anything else.
Language languageForLocale(const QLocale& locale);

// The explicit choice when there is one, else the system locale's.
Language chooseLanguage(const std::optional<QString>& requested);

// Installs the project's translation and Qt's own (standard buttons, dialogs) for `language`
// on `app`. Returns false when the project's English translation could not be loaded.
bool installTranslations(QCoreApplication& app, Language language);

// The project's translation only, and `language` as the default locale: for the command line,
// whose own texts are all the project's. Nothing is read for Japanese (the source language);
// English comes from the program's resources.
bool installProjectTranslation(QCoreApplication& app, Language language);

// Qt's own texts (the command-line parser's errors and help) in the default locale's language,
// read from Qt's translations folder: the command line asks for them only when it shows one.
void installQtTranslation(QCoreApplication& app);

QString languageCode(Language language);

} // namespace jpki::platform
