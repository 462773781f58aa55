#include "messages/holiday_text.h"

#include "messages/date_text.h"

#include <QCoreApplication>

namespace jpki::messages {

using domain::ClosureKind;
using domain::HolidayKind;

QString holidayName(HolidayKind kind) {
    switch (kind) {
    case HolidayKind::NewYearsDay:
        //: en: New Year's Day
        return QCoreApplication::translate("jpki::messages::Holiday", "元日");
    case HolidayKind::ComingOfAgeDay:
        //: en: Coming of Age Day
        return QCoreApplication::translate("jpki::messages::Holiday", "成人の日");
    case HolidayKind::NationalFoundationDay:
        //: en: National Foundation Day
        return QCoreApplication::translate("jpki::messages::Holiday", "建国記念の日");
    case HolidayKind::EmperorsBirthday:
        //: en: The Emperor's Birthday
        return QCoreApplication::translate("jpki::messages::Holiday", "天皇誕生日");
    case HolidayKind::VernalEquinoxDay:
        //: en: Vernal Equinox Day
        return QCoreApplication::translate("jpki::messages::Holiday", "春分の日");
    case HolidayKind::ShowaDay:
        //: en: Showa Day
        return QCoreApplication::translate("jpki::messages::Holiday", "昭和の日");
    case HolidayKind::GreeneryDay:
        //: en: Greenery Day
        return QCoreApplication::translate("jpki::messages::Holiday", "みどりの日");
    case HolidayKind::ConstitutionMemorialDay:
        //: en: Constitution Memorial Day
        return QCoreApplication::translate("jpki::messages::Holiday", "憲法記念日");
    case HolidayKind::ChildrensDay:
        //: en: Children's Day
        return QCoreApplication::translate("jpki::messages::Holiday", "こどもの日");
    case HolidayKind::MarineDay:
        //: en: Marine Day
        return QCoreApplication::translate("jpki::messages::Holiday", "海の日");
    case HolidayKind::MountainDay:
        //: en: Mountain Day
        return QCoreApplication::translate("jpki::messages::Holiday", "山の日");
    case HolidayKind::RespectForTheAgedDay:
        //: en: Respect for the Aged Day
        return QCoreApplication::translate("jpki::messages::Holiday", "敬老の日");
    case HolidayKind::AutumnalEquinoxDay:
        //: en: Autumnal Equinox Day
        return QCoreApplication::translate("jpki::messages::Holiday", "秋分の日");
    case HolidayKind::HealthAndSportsDay:
        //: en: Health and Sports Day
        return QCoreApplication::translate("jpki::messages::Holiday", "体育の日");
    case HolidayKind::SportsDay:
        //: en: Sports Day
        return QCoreApplication::translate("jpki::messages::Holiday", "スポーツの日");
    case HolidayKind::CultureDay:
        //: en: Culture Day
        return QCoreApplication::translate("jpki::messages::Holiday", "文化の日");
    case HolidayKind::LabourThanksgivingDay:
        //: en: Labour Thanksgiving Day
        return QCoreApplication::translate("jpki::messages::Holiday", "勤労感謝の日");
    case HolidayKind::SubstituteHoliday:
        //: en: Substitute holiday
        return QCoreApplication::translate("jpki::messages::Holiday", "振替休日");
    case HolidayKind::CitizensHoliday:
        //: en: Citizens' holiday
        return QCoreApplication::translate("jpki::messages::Holiday", "国民の休日");
    case HolidayKind::CrownPrinceAkihitoWedding:
        //: en: Wedding of Crown Prince Akihito
        return QCoreApplication::translate("jpki::messages::Holiday", "皇太子明仁親王の結婚の儀");
    case HolidayKind::EmperorShowaFuneral:
        //: en: Funeral of Emperor Showa
        return QCoreApplication::translate("jpki::messages::Holiday", "昭和天皇の大喪の礼");
    case HolidayKind::EnthronementCeremony:
        //: en: Enthronement ceremony
        return QCoreApplication::translate("jpki::messages::Holiday", "即位礼正殿の儀");
    case HolidayKind::CrownPrinceNaruhitoWedding:
        //: en: Wedding of Crown Prince Naruhito
        return QCoreApplication::translate("jpki::messages::Holiday", "皇太子徳仁親王の結婚の儀");
    case HolidayKind::EmperorsAccession:
        //: en: Day of the Emperor's accession
        return QCoreApplication::translate("jpki::messages::Holiday", "天皇の即位の日");
    }
    // Unreachable for a valid code: the switch lists every kind, and the compiler warns when one
    // is added without text.
    return {};
}

QString closureKindText(ClosureKind kind) {
    switch (kind) {
    case ClosureKind::HolidaysUnknown:
        //: en: Holidays unknown for this year (only %1 to %2 are covered)
        return QCoreApplication::translate("jpki::messages::Holiday",
                                           "祝日が分からない年です（%1年〜%2年のみ対応）")
            .arg(static_cast<int>(domain::firstHolidayYear))
            .arg(static_cast<int>(domain::lastHolidayYear));
    case ClosureKind::NationalHoliday:
        //: en: National holiday
        return QCoreApplication::translate("jpki::messages::Holiday", "国民の祝日・休日");
    case ClosureKind::YearEndClosure:
        //: en: Year-end and New Year closure
        return QCoreApplication::translate("jpki::messages::Holiday", "年末年始の閉庁日");
    case ClosureKind::Saturday:
        //: en: Saturday
        return QCoreApplication::translate("jpki::messages::Holiday", "土曜日");
    case ClosureKind::Sunday:
        //: en: Sunday
        return QCoreApplication::translate("jpki::messages::Holiday", "日曜日");
    case ClosureKind::ExtraClosedDay:
        //: en: Special closure day
        return QCoreApplication::translate("jpki::messages::Holiday", "臨時閉庁日");
    }
    return {};
}

QString closureReasonText(const domain::ClosureReason& reason) {
    if (reason.kind == ClosureKind::NationalHoliday && reason.holiday) {
        return holidayName(*reason.holiday);
    }
    return closureKindText(reason.kind);
}

QString receptionNoticeText(const domain::ReceptionStatus& status, std::chrono::minutes opens,
                            std::chrono::minutes closes) {
    using domain::ReceptionState;
    QString notice;
    switch (status.state) {
    case ReceptionState::Open:
        return {};
    case ReceptionState::BeforeOpening:
        //: en: Outside reception hours: reception opens today at %1.
        return QCoreApplication::translate("jpki::messages::Holiday",
                                           "受付時間外です。本日の受付は%1からです。")
            .arg(clockText(opens));
    case ReceptionState::AfterClosing:
        //: en: Outside reception hours: today's reception ended at %1.
        notice = QCoreApplication::translate("jpki::messages::Holiday",
                                             "受付時間外です。本日の受付は%1で終了しました。")
                     .arg(clockText(closes));
        break;
    case ReceptionState::ClosedDay:
        //: en: The counter is closed today (%1): no applications are taken.
        notice = QCoreApplication::translate("jpki::messages::Holiday",
                                             "本日は閉庁日(%1)のため受付していません。")
                     .arg(status.closure ? closureReasonText(*status.closure) : QString());
        break;
    }
    if (status.nextOpeningDay) {
        //: en: %1 Reception opens next on %2 at %3.
        notice =
            QCoreApplication::translate("jpki::messages::Holiday", "%1次の受付は%2 %3からです。")
                .arg(notice, dateWithWeekdayText(*status.nextOpeningDay), clockText(opens));
    }
    return notice;
}

} // namespace jpki::messages
