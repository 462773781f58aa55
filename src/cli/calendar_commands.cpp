// calendar holidays / business-day: the counter calendar (R-CAL-*) for scripts.

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "domain/business_calendar.h"
#include "domain/holidays.h"
#include "domain/municipality_profile.h"
#include "messages/holiday_text.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jpki::cli {

namespace {

int holidays(const QStringList& arguments) {
    Invocation call(QStringLiteral("calendar holidays"));
    call.parser().addOption(
        {QStringLiteral("year"), QStringLiteral("Year, 1949 to 2099."), QStringLiteral("Y")});
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto text = call.requiredValue(QStringLiteral("year"));
    if (!text) {
        return Failure;
    }
    bool isNumber = false;
    const int year = text->toInt(&isNumber);
    const auto result = domain::nationalHolidays(std::chrono::year{isNumber ? year : 0});
    if (!isNumber || !result.yearSupported) {
        return call.fail(
            //: en: The year must be a number from %1 to %2.
            QCoreApplication::translate("jpki::cli",
                                        "年は %1 から %2 までの数字で指定してください。")
                .arg(static_cast<int>(domain::firstHolidayYear))
                .arg(static_cast<int>(domain::lastHolidayYear)));
    }
    QJsonArray list;
    QString lines;
    for (const auto& holiday : result.holidays) {
        const QString name = messages::holidayName(holiday.kind);
        list.append(QJsonObject{{QStringLiteral("date"), isoDate(holiday.date)},
                                {QStringLiteral("name"), name}});
        lines += QStringLiteral("%1 %2\n").arg(isoDate(holiday.date), name);
    }
    lines.chop(1);
    call.answer({{QStringLiteral("holidays"), list}}, lines);
    return Success;
}

int businessDay(const QStringList& arguments) {
    Invocation call(QStringLiteral("calendar business-day"));
    call.addPositional(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"));
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    //: en: a date
    const auto date = call.positionalDate(0, QCoreApplication::translate("jpki::cli", "日付"));
    if (!date) {
        return Failure;
    }
    const auto profile = call.profile();
    if (!profile) {
        return Failure;
    }
    const domain::BusinessCalendar calendar(*profile);
    const auto next = calendar.nextBusinessDay(*date);
    if (!domain::isHolidayYearSupported(date->year()) || !next) {
        return call.fail(
            //: en: Business days are known from %1 to %2 only.
            QCoreApplication::translate("jpki::cli",
                                        "営業日は %1 年から %2 年までしか判定できません。")
                .arg(static_cast<int>(domain::firstHolidayYear))
                .arg(static_cast<int>(domain::lastHolidayYear)));
    }
    const bool open = calendar.isBusinessDay(*date);
    QJsonObject json{{QStringLiteral("business_day"), open},
                     {QStringLiteral("next"), isoDate(*next)}};
    QString text;
    if (open) {
        //: en: %1 is a business day. Next business day: %2
        text = QCoreApplication::translate("jpki::cli", "%1 は開庁日です。次の開庁日: %2")
                   .arg(isoDate(*date), isoDate(*next));
    } else {
        const auto reason = calendar.closureReason(*date);
        const QString because = reason ? messages::closureReasonText(*reason) : QString();
        json.insert(QStringLiteral("closed_because"), because);
        //: en: %1 is not a business day (%2). Next business day: %3
        text = QCoreApplication::translate("jpki::cli", "%1 は閉庁日です(%2)。次の開庁日: %3")
                   .arg(isoDate(*date), because, isoDate(*next));
    }
    call.answer(json, text);
    return open ? Success : RuleSaysNo;
}

} // namespace

std::vector<Command> calendarCommands() {
    return {
        {QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("--year Y"),
         holidays},
        {QStringLiteral("calendar"), QStringLiteral("business-day"), QStringLiteral("YYYY-MM-DD"),
         businessDay},
    };
}

} // namespace jpki::cli
