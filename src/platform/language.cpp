#include "platform/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace jpki::platform {

std::optional<Language> parseLanguage(const QString& code) {
    const QString base = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    if (base.compare(QLatin1String("ja"), Qt::CaseInsensitive) == 0) {
        return Language::Japanese;
    }
    if (base.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0) {
        return Language::English;
    }
    return std::nullopt;
}

Language languageForLocale(const QLocale& locale) {
    return locale.language() == QLocale::English ? Language::English : Language::Japanese;
}

Language chooseLanguage(const std::optional<QString>& requested) {
    if (requested) {
        if (const auto parsed = parseLanguage(*requested)) {
            return *parsed;
        }
    }
    return languageForLocale(QLocale::system());
}

QString languageCode(Language language) {
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
}

bool installProjectTranslation(QCoreApplication& app, Language language) {
    QLocale::setDefault(
        QLocale(language == Language::English ? QLocale::English : QLocale::Japanese));
    if (language == Language::Japanese) {
        return true; // the source strings are Japanese
    }
    auto* projectTranslator = new QTranslator(&app);
    if (!projectTranslator->load(QStringLiteral(":/i18n/jpki-counter_en.qm"))) {
        delete projectTranslator;
        return false;
    }
    QCoreApplication::installTranslator(projectTranslator);
    return true;
}

void installQtTranslation(QCoreApplication& app) {
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }
}

bool installTranslations(QCoreApplication& app, Language language) {
    const bool loaded = installProjectTranslation(app, language);
    installQtTranslation(app);
    return loaded;
}

} // namespace jpki::platform
