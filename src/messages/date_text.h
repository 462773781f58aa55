#pragma once

// Dates and times of day as the window and the documents show them: the Japanese form an office
// reads (令和8年12月8日, the era of the day) and, in English, 8 December 2026. One home for the
// conversion; the language is the locale's (QLocale() is the chosen language's, see
// platform::installTranslations).

#include "domain/date.h"

#include <QLocale>
#include <QString>
#include <chrono>

namespace jpki::messages {

// 令和8年12月8日 (元年 for an era's first year; the Gregorian year before 大正) in Japanese,
// 8 December 2026 in English.
QString dateText(const domain::Date& date, const QLocale& locale = QLocale());

// The same with the day of the week: 令和8年12月8日(火), Tuesday 8 December 2026.
QString dateWithWeekdayText(const domain::Date& date, const QLocale& locale = QLocale());

// The display format of a date field (QDateEdit), which cannot show an era: 2026年12月8日 in
// Japanese, 8 Dec 2026 in English.
QString dateFieldFormat(const QLocale& locale = QLocale());

// A time of day from minutes after midnight: 9:00, 17:15.
QString clockText(std::chrono::minutes minutesAfterMidnight);

} // namespace jpki::messages
