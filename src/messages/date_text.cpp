#include "messages/date_text.h"

#include "domain/japanese_era.h"

#include <QDate>

namespace jpki::messages {

namespace {

bool isEnglish(const QLocale& locale) {
    return locale.language() == QLocale::English;
}

QDate qDateOf(const domain::Date& date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                 static_cast<int>(unsigned(date.day())));
}

// The era's name as written on Japanese documents; never translated.
QString eraName(domain::JapaneseEra era) {
    switch (era) {
    case domain::JapaneseEra::Taisho:
        return QStringLiteral("大正");
    case domain::JapaneseEra::Showa:
        return QStringLiteral("昭和");
    case domain::JapaneseEra::Heisei:
        return QStringLiteral("平成");
    case domain::JapaneseEra::Reiwa:
        return QStringLiteral("令和");
    }
    return {};
}

const QString kWeekdaysJa[] = {QStringLiteral("月"), QStringLiteral("火"), QStringLiteral("水"),
                               QStringLiteral("木"), QStringLiteral("金"), QStringLiteral("土"),
                               QStringLiteral("日")};

} // namespace

QString dateText(const domain::Date& date, const QLocale& locale) {
    if (isEnglish(locale)) {
        return QLocale(QLocale::English).toString(qDateOf(date), QStringLiteral("d MMMM yyyy"));
    }
    const QString monthDay =
        QStringLiteral("%1月%2日").arg(unsigned(date.month())).arg(unsigned(date.day()));
    const std::optional<domain::EraYear> era = domain::japaneseEraOf(date);
    if (!era) {
        return QStringLiteral("%1年").arg(int(date.year())) + monthDay;
    }
    const QString year = era->year == 1 ? QStringLiteral("元") : QString::number(era->year);
    return eraName(era->era) + year + QStringLiteral("年") + monthDay;
}

QString dateWithWeekdayText(const domain::Date& date, const QLocale& locale) {
    if (isEnglish(locale)) {
        return QLocale(QLocale::English)
            .toString(qDateOf(date), QStringLiteral("dddd d MMMM yyyy"));
    }
    return dateText(date, locale) +
           QStringLiteral("(%1)").arg(kWeekdaysJa[domain::isoWeekday(date) - 1]);
}

QString dateFieldFormat(const QLocale& locale) {
    return isEnglish(locale) ? QStringLiteral("d MMM yyyy") : QStringLiteral("yyyy年M月d日");
}

QString clockText(std::chrono::minutes minutesAfterMidnight) {
    const auto count = minutesAfterMidnight.count();
    return QStringLiteral("%1:%2").arg(count / 60).arg(count % 60, 2, 10, QLatin1Char('0'));
}

} // namespace jpki::messages
