#include "platform/profile_settings.h"

#include "domain/free_text.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace jpki::platform {

namespace {

struct ProfileText {
    Q_DECLARE_TR_FUNCTIONS(jpki::platform::Profile)
};

std::optional<std::chrono::minutes> parseClock(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) {
        return std::nullopt;
    }
    return std::chrono::minutes{hours * 60 + minutes};
}

std::optional<domain::MonthDay> parseMonthDay(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const domain::MonthDay value{match.captured(1).toUInt(), match.captured(2).toUInt()};
    // Checked against a leap year so that 02-29 is allowed.
    if (!std::chrono::year_month_day{std::chrono::year{2024}, std::chrono::month{value.month},
                                     std::chrono::day{value.day}}
             .ok()) {
        return std::nullopt;
    }
    return value;
}

class ProfileReader {
public:
    ProfileReader(const QString& path, domain::MunicipalityProfile& profile)
        : m_settings(path, QSettings::IniFormat)
        , m_profile(profile) {}

    QStringList read() {
        if (m_settings.status() != QSettings::NoError) {
            //: en: The file could not be read as an INI file.
            m_errors << ProfileText::tr("INI 形式のファイルとして読めません。");
            return m_errors;
        }
        readText(QStringLiteral("municipality/name"), m_profile.name);
        readText(QStringLiteral("municipality/counter_name"), m_profile.counterName);
        readText(QStringLiteral("municipality/counter_place"), m_profile.counterPlace);
        readText(QStringLiteral("municipality/registered_domicile"),
                 m_profile.registeredDomicileMunicipality);
        readCode();
        readClock(QStringLiteral("reception/opens"), m_profile.receptionOpens);
        readClock(QStringLiteral("reception/closes"), m_profile.receptionCloses);
        if (m_profile.receptionOpens >= m_profile.receptionCloses) {
            //: en: [reception] opens must be earlier than closes.
            m_errors << ProfileText::tr(
                "[reception] の opens は closes より前の時刻にしてください。");
        }
        readMonthDay(QStringLiteral("closure/year_end_from"), m_profile.yearEndClosureFrom);
        readMonthDay(QStringLiteral("closure/year_end_to"), m_profile.yearEndClosureTo);
        readExtraDays();
        checkUnknownKeys();
        return m_errors;
    }

private:
    void readText(const QString& key, std::string& out) {
        if (!m_settings.contains(key)) {
            return;
        }
        const QString value = m_settings.value(key).toString().trimmed();
        if (value.isEmpty()) {
            //: en: %1 is empty.
            m_errors << ProfileText::tr("%1 が空です。").arg(key);
            return;
        }
        // R-DATA-TEXT: the counter's name goes into every case and report.
        const std::string text = value.toStdString();
        if (domain::checkText(domain::TextKind::CounterName, text)) {
            //: en: %1 must be at most %2 characters long, on one line, without control characters.
            m_errors << ProfileText::tr(
                            "%1 は%2文字以内の1行で、制御文字を含まないようにしてください。")
                            .arg(key)
                            .arg(domain::textLimit(domain::TextKind::CounterName).maxCharacters);
            return;
        }
        out = text;
    }

    void readCode() {
        const QString key = QStringLiteral("municipality/code");
        if (!m_settings.contains(key)) {
            return;
        }
        const QString code = m_settings.value(key).toString().trimmed();
        static const QRegularExpression sixDigits(QStringLiteral("^\\d{6}$"));
        if (!sixDigits.match(code).hasMatch() || !hasValidCheckDigit(code)) {
            //: en: %1: "%2" is not a six-digit local government code with a valid check digit.
            m_errors << ProfileText::tr(
                            "%1: 「%2」は検査数字の正しい6桁の地方公共団体コードではありません。")
                            .arg(key, code);
            return;
        }
        m_profile.code = code.toStdString();
    }

    // 全国地方公共団体コード: the sixth digit is the last digit of 11 minus the weighted sum
    // (weights 6 to 2) of the first five modulo 11 (札幌市中央区 011011, 美濃市 212075).
    static bool hasValidCheckDigit(const QString& code) {
        int sum = 0;
        for (int i = 0; i < 5; ++i) {
            sum += code.at(i).digitValue() * (6 - i);
        }
        return code.at(5).digitValue() == (11 - sum % 11) % 10;
    }

    void readClock(const QString& key, std::chrono::minutes& out) {
        if (!m_settings.contains(key)) {
            return;
        }
        const QString text = m_settings.value(key).toString();
        const auto value = parseClock(text);
        if (!value) {
            //: en: %1: "%2" is not a time of day (HH:MM).
            m_errors << ProfileText::tr("%1: 「%2」は時刻(HH:MM)ではありません。").arg(key, text);
            return;
        }
        out = *value;
    }

    void readMonthDay(const QString& key, domain::MonthDay& out) {
        if (!m_settings.contains(key)) {
            return;
        }
        const QString text = m_settings.value(key).toString();
        const auto value = parseMonthDay(text);
        if (!value) {
            //: en: %1: "%2" is not a month and day (MM-DD).
            m_errors << ProfileText::tr("%1: 「%2」は月日(MM-DD)ではありません。").arg(key, text);
            return;
        }
        out = *value;
    }

    void readExtraDays() {
        const QString key = QStringLiteral("closure/extra_days");
        if (!m_settings.contains(key)) {
            return;
        }
        // QSettings turns a comma-separated value into a list; spaces separate too.
        const QString joined = m_settings.value(key).toStringList().join(QLatin1Char(' '));
        std::vector<domain::Date> days;
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        for (const QString& text : joined.split(separators, Qt::SkipEmptyParts)) {
            const auto date = domain::parseIsoDate(text.toStdString());
            if (!date || !domain::isAcceptedDate(*date)) {
                //: en: %1: "%2" is not a date (YYYY-MM-DD) from 1900-01-01 to 2099-12-31.
                m_errors
                    << ProfileText::tr(
                           "%1: 「%2」は 1900-01-01 から 2099-12-31 までの日付(YYYY-MM-DD)ではありません。")
                           .arg(key, text);
                continue;
            }
            days.push_back(*date);
        }
        m_profile.extraClosedDays = std::move(days);
    }

    // A misspelt key would otherwise be ignored in silence and the default kept.
    void checkUnknownKeys() {
        static const QStringList known{
            QStringLiteral("municipality/name"),
            QStringLiteral("municipality/code"),
            QStringLiteral("municipality/counter_name"),
            QStringLiteral("municipality/counter_place"),
            QStringLiteral("municipality/registered_domicile"),
            QStringLiteral("reception/opens"),
            QStringLiteral("reception/closes"),
            QStringLiteral("closure/year_end_from"),
            QStringLiteral("closure/year_end_to"),
            QStringLiteral("closure/extra_days"),
        };
        for (const QString& key : m_settings.allKeys()) {
            if (!known.contains(key)) {
                //: en: Unknown setting %1.
                m_errors << ProfileText::tr("不明な設定項目 %1 があります。").arg(key);
            }
        }
    }

    QSettings m_settings;
    domain::MunicipalityProfile& m_profile;
    QStringList m_errors;
};

} // namespace

ProfileLoad loadMunicipalityProfile(const QString& path) {
    ProfileLoad result;
    if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable()) {
        //: en: The municipality profile %1 cannot be read.
        result.errors << ProfileText::tr("自治体設定ファイル %1 を読めません。").arg(path);
        return result;
    }
    domain::MunicipalityProfile profile = domain::minoCityProfile();
    const QStringList errors = ProfileReader(path, profile).read();
    if (!errors.isEmpty()) {
        for (const QString& error : errors) {
            result.errors << QStringLiteral("%1: %2").arg(path, error);
        }
        return result;
    }
    result.profile = std::move(profile);
    return result;
}

ProfileLoad resolveMunicipalityProfile(const CounterSettings& settings) {
    const auto file = settings.value(QLatin1String(setting::municipalityProfile));
    ProfileLoad load =
        file ? loadMunicipalityProfile(file->value) : ProfileLoad{domain::minoCityProfile(), {}};
    if (!load.profile) {
        return load;
    }
    // This PC's counter, over the town's profile shared by all its counters.
    if (const auto name = settings.value(QLatin1String(setting::counterName))) {
        load.profile->counterName = name->value.toStdString();
    }
    if (const auto place = settings.value(QLatin1String(setting::counterPlace))) {
        load.profile->counterPlace = place->value.toStdString();
    }
    return load;
}

} // namespace jpki::platform
