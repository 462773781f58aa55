#include "simulator/profiles.h"

#include "domain/validity.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <sstream>

namespace jpki::sim {

namespace {

using domain::addDays;
using domain::Date;

Date yearsBefore(const Date& day, int years) {
    return domain::addMonthsClamped(day, -12 * years);
}

Date cardExpiry(const Holder& holder, const Date& issued, std::optional<Date> stayEnds) {
    return domain::cardValidity(domain::CardIssue{holder.birthDate, issued, std::nullopt}, stayEnds)
        .expires;
}

// Both certificates of a card are issued together, so the signature certificate's cap by the
// user-authentication certificate never cuts it shorter: one period serves both.
CertificatePeriod certificatePeriod(const Holder& holder, const Date& issued,
                                    const Date& cardExpires,
                                    std::optional<Date> replacedExpires = std::nullopt,
                                    std::optional<Date> stayEnds = std::nullopt) {
    domain::CertificateIssue issue;
    issue.kind = domain::CertificateKind::UserAuthentication;
    issue.birth = holder.birthDate;
    issue.issued = issued;
    issue.cardExpires = cardExpires;
    issue.replacedCertificateExpires = replacedExpires;
    issue.periodOfStayEnds = stayEnds;
    return {issued, domain::certificateValidity(issue).expires};
}

Profile ordinaryCard(std::string name, std::string description, Holder holder, const Date& today,
                     const Date& cardIssued, bool withSignature) {
    Profile profile;
    profile.name = std::move(name);
    profile.description = std::move(description);
    profile.holder = std::move(holder);
    profile.referenceDay = today;
    profile.cardIssued = cardIssued;
    profile.cardExpires = cardExpiry(profile.holder, cardIssued, std::nullopt);
    profile.authentication = certificatePeriod(profile.holder, cardIssued, profile.cardExpires);
    if (withSignature) {
        profile.signature = profile.authentication;
    }
    return profile;
}

Holder makeHolder(const char* name, const char* kana, const char* address, const Date& birth,
                  int sexCode) {
    return Holder{name, kana, address, birth, sexCode};
}

using Builder = std::function<Profile(const Date&)>;

const std::vector<std::pair<std::string, Builder>>& builders() {
    static const std::vector<std::pair<std::string, Builder>> table = {
        {"healthy",
         [](const Date& t) {
             return ordinaryCard(
                 "healthy", "adult, both certificates valid, every PIN with all its tries",
                 makeHolder("長谷川　健一", "ハセガワ　ケンイチ", "岐阜県美濃市泉町１２３４番地",
                            addDays(yearsBefore(t, 42), -73), 1),
                 t, addDays(yearsBefore(t, 3), -120), true);
         }},
        {"sign-blocked",
         [](const Date& t) {
             Profile profile = ordinaryCard(
                 "sign-blocked", "adult, signature password blocked (0 of 5 tries left)",
                 makeHolder("加藤　美咲", "カトウ　ミサキ", "岐阜県美濃市俵町２１５６番地",
                            addDays(yearsBefore(t, 35), -200), 2),
                 t, addDays(yearsBefore(t, 2), -40), true);
             profile.triesLeft.signature = 0;
             return profile;
         }},
        {"auth-blocked",
         [](const Date& t) {
             Profile profile = ordinaryCard(
                 "auth-blocked", "adult, user-authentication PIN blocked (0 of 3 tries left)",
                 makeHolder("佐藤　誠", "サトウ　マコト", "岐阜県美濃市曽代３０８番地の２",
                            addDays(yearsBefore(t, 58), -10), 1),
                 t, addDays(yearsBefore(t, 1), -300), true);
             profile.triesLeft.authentication = 0;
             return profile;
         }},
        {"expiring",
         [](const Date& t) {
             // Both certificates end on the 5th birthday after issue, 45 days from now.
             const Date fifthBirthday = addDays(t, 45);
             return ordinaryCard(
                 "expiring",
                 "adult, both certificates expire within 3 months, the card body 5 years later",
                 makeHolder("渡辺　由美子", "ワタナベ　ユミコ", "岐阜県美濃市常盤町１９８０番地",
                            yearsBefore(fifthBirthday, 47), 2),
                 t, addDays(yearsBefore(fifthBirthday, 5), 30), true);
         }},
        {"expired",
         [](const Date& t) {
             const Date fifthBirthday = addDays(t, -20);
             return ordinaryCard(
                 "expired", "adult, both certificates expired 20 days ago, the card body valid",
                 makeHolder("伊藤　浩", "イトウ　ヒロシ", "岐阜県美濃市大矢田７７７番地",
                            yearsBefore(fifthBirthday, 51), 1),
                 t, addDays(yearsBefore(fifthBirthday, 5), 60), true);
         }},
        {"card-expiring",
         [](const Date& t) {
             // A ten-year card whose certificates were renewed inside the window five years ago:
             // the 6th birthday after that renewal (R-VAL-CERT6) is capped by the card's 10th.
             const Date tenthBirthday = addDays(t, 60);
             Profile profile = ordinaryCard(
                 "card-expiring",
                 "adult, card body and both certificates end on the same day, within 3 months",
                 makeHolder("中島　恵子", "ナカシマ　ケイコ", "岐阜県美濃市広岡町２９０５番地",
                            yearsBefore(tenthBirthday, 66), 2),
                 t, addDays(yearsBefore(tenthBirthday, 10), 15), true);
             const Date firstExpiry = yearsBefore(tenthBirthday, 5);
             profile.authentication = certificatePeriod(profile.holder, addDays(firstExpiry, -40),
                                                        profile.cardExpires, firstExpiry);
             profile.signature = profile.authentication;
             return profile;
         }},
        {"minor",
         [](const Date& t) {
             return ordinaryCard(
                 "minor",
                 "under 15, five-year card, no signature certificate (EF 0001/001A/001B absent)",
                 makeHolder("小川　陽菜", "オガワ　ヒナ", "岐阜県美濃市松栄町１０１番地",
                            addDays(yearsBefore(t, 12), -90), 2),
                 t, addDays(yearsBefore(t, 2), -30), false);
         }},
        {"adult-ward",
         [](const Date& t) {
             return ordinaryCard(
                 "adult-ward", "adult ward (成年被後見人), no signature certificate",
                 makeHolder("森　正雄", "モリ　マサオ", "岐阜県美濃市極楽寺４８８番地",
                            addDays(yearsBefore(t, 78), -150), 1),
                 t, addDays(yearsBefore(t, 3), -100), false);
         }},
        {"foreign-resident",
         [](const Date& t) {
             Profile profile =
                 ordinaryCard("foreign-resident",
                              "foreign resident; card and certificates end with the period of stay",
                              makeHolder("NGUYEN THI HOA", "グエン　ティ　ホア",
                                         "岐阜県美濃市港町６３番地　コーポ美濃２０３号",
                                         addDays(yearsBefore(t, 29), -40), 2),
                              t, addDays(t, -200), true);
             profile.periodOfStayEnds = domain::addMonthsClamped(addDays(t, -210), 24);
             profile.cardExpires =
                 cardExpiry(profile.holder, profile.cardIssued, profile.periodOfStayEnds);
             profile.authentication =
                 certificatePeriod(profile.holder, profile.cardIssued, profile.cardExpires,
                                   std::nullopt, profile.periodOfStayEnds);
             profile.signature = profile.authentication;
             return profile;
         }},
    };
    return table;
}

std::string jsonString(std::string_view text) {
    std::string quoted = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            quoted += "\\\"";
            break;
        case '\\':
            quoted += "\\\\";
            break;
        case '\n':
            quoted += "\\n";
            break;
        default:
            quoted += c; // UTF-8 passes through unchanged
        }
    }
    return quoted + "\"";
}

std::string jsonDate(const Date& day) {
    return jsonString(domain::formatIsoDate(day));
}

std::string jsonPeriod(const CertificatePeriod& period) {
    return "{\"issued\": " + jsonDate(period.issued) + ", \"expiry\": " + jsonDate(period.expires) +
           "}";
}

const char* sexName(int code) {
    switch (code) {
    case 1:
        return "male";
    case 2:
        return "female";
    default:
        return "not applicable";
    }
}

} // namespace

const std::vector<std::string>& profileNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> list;
        for (const auto& [name, builder] : builders()) {
            list.push_back(name);
        }
        return list;
    }();
    return names;
}

std::optional<Profile> makeProfile(std::string_view name, const Date& referenceDay) {
    for (const auto& [candidate, builder] : builders()) {
        if (candidate == name) {
            return builder(referenceDay);
        }
    }
    return std::nullopt;
}

std::string profilesAsJson(const Date& referenceDay) {
    std::ostringstream out;
    out << "[";
    bool first = true;
    for (const std::string& name : profileNames()) {
        const Profile p = *makeProfile(name, referenceDay);
        out << (first ? "\n" : ",\n") << "  {\"name\": " << jsonString(p.name)
            << ", \"description\": " << jsonString(p.description)
            << ", \"reference_date\": " << jsonDate(p.referenceDay)
            << ",\n   \"holder\": {\"name\": " << jsonString(p.holder.name)
            << ", \"name_kana\": " << jsonString(p.holder.nameKana)
            << ", \"address\": " << jsonString(p.holder.address)
            << ", \"birth_date\": " << jsonDate(p.holder.birthDate)
            << ", \"sex\": " << jsonString(sexName(p.holder.sexCode))
            << ", \"sex_code\": " << p.holder.sexCode
            << "},\n   \"birth_date\": " << jsonDate(p.holder.birthDate)
            << ", \"card_issued\": " << jsonDate(p.cardIssued)
            << ", \"card_expiry\": " << jsonDate(p.cardExpires)
            << ",\n   \"certificates\": {\"user_authentication\": " << jsonPeriod(p.authentication)
            << ", \"signature\": " << (p.signature ? jsonPeriod(*p.signature) : "null") << "}";
        if (p.periodOfStayEnds) {
            out << ",\n   \"period_of_stay_end\": " << jsonDate(*p.periodOfStayEnds);
        }
        out << ",\n   \"pin_tries_left\": {\"user_authentication\": " << p.triesLeft.authentication
            << ", \"signature\": ";
        if (p.signature) {
            out << p.triesLeft.signature;
        } else {
            out << "null";
        }
        out << ", \"card_info\": " << p.triesLeft.cardInfo
            << ", \"resident_registry\": " << p.triesLeft.residentRegistry << "}}";
        first = false;
    }
    out << "\n]\n";
    return out.str();
}

std::string profilesAsText(const Date& referenceDay) {
    std::ostringstream out;
    out << "Profiles (dates counted from " << domain::formatIsoDate(referenceDay) << "):\n";
    for (const std::string& name : profileNames()) {
        const Profile p = *makeProfile(name, referenceDay);
        out << "  " << p.name << std::string(18 - std::min<std::size_t>(17, p.name.size()), ' ')
            << p.description << "\n"
            << std::string(20, ' ') << "card expires " << domain::formatIsoDate(p.cardExpires)
            << ", user-auth certificate " << domain::formatIsoDate(p.authentication.expires)
            << ", signature certificate "
            << (p.signature ? domain::formatIsoDate(p.signature->expires) : std::string("none"))
            << "\n";
    }
    return out.str();
}

Date todayInJapan() {
    using namespace std::chrono;
    const auto japanNow = system_clock::now() + hours(9);
    return Date{floor<days>(japanNow)};
}

} // namespace jpki::sim
