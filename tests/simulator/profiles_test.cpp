// The profiles' dates and holders, and the certificates provisioned for them.

#include "card/certificate_holder.h"
#include "issuer/x509_builder.h"
#include "sim_test_support.h"
#include "simulator/profiles.h"
#include "simulator/provisioning.h"

#include <gtest/gtest.h>
#include <openssl/x509v3.h>

namespace jpki::sim {
namespace {

using namespace std::chrono;
using domain::Date;
using issuer::jlisBirthDate;
using testing::referenceDay;

// Days the dates are checked from: ordinary, leap day, year end, the day after a leap day.
const Date checkedDays[] = {Date{2025y, November, 25d}, Date{2024y, February, 29d},
                            Date{2025y, December, 31d}, Date{2028y, March, 1d},
                            Date{2026y, May, 31d}};

Profile profile(std::string_view name, const Date& day) {
    const std::optional<Profile> found = makeProfile(name, day);
    if (!found) {
        throw std::invalid_argument(std::string(name));
    }
    return *found;
}

Date threeMonthsAfter(const Date& day) {
    return domain::addMonthsClamped(day, 3);
}

TEST(Profiles, ListsTheNineProfiles) {
    EXPECT_EQ(profileNames(), (std::vector<std::string>{
                                  "healthy", "sign-blocked", "auth-blocked", "expiring", "expired",
                                  "card-expiring", "minor", "adult-ward", "foreign-resident"}));
    EXPECT_FALSE(makeProfile("nobody", referenceDay()));
}

TEST(Profiles, EveryHolderLivesInMinoAndTheCardIsValidToday) {
    for (const Date& day : checkedDays) {
        for (const std::string& name : profileNames()) {
            const Profile p = profile(name, day);
            EXPECT_NE(p.holder.address.find("岐阜県美濃市"), std::string::npos) << name;
            EXPECT_TRUE(p.holder.sexCode == 1 || p.holder.sexCode == 2) << name;
            EXPECT_LT(p.cardIssued, day) << name;
            EXPECT_GT(p.cardExpires, day) << name;
            EXPECT_LE(p.authentication.expires, p.cardExpires) << name;
            if (p.signature) {
                EXPECT_EQ(p.signature->expires, p.authentication.expires) << name;
            }
        }
    }
}

TEST(Profiles, DatesMatchWhatEachProfileSays) {
    for (const Date& day : checkedDays) {
        SCOPED_TRACE(domain::formatIsoDate(day));
        const Profile healthy = profile("healthy", day);
        EXPECT_GT(healthy.authentication.expires, threeMonthsAfter(day));
        EXPECT_GE(domain::ageOn(healthy.holder.birthDate, day), 18);
        EXPECT_TRUE(healthy.signature);

        const Profile expiring = profile("expiring", day);
        EXPECT_GT(expiring.authentication.expires, day);
        EXPECT_LE(expiring.authentication.expires, threeMonthsAfter(day));
        EXPECT_GT(expiring.cardExpires, threeMonthsAfter(day));

        const Profile expired = profile("expired", day);
        EXPECT_LT(expired.authentication.expires, day);
        EXPECT_TRUE(expired.signature);

        const Profile cardExpiring = profile("card-expiring", day);
        EXPECT_EQ(cardExpiring.cardExpires, cardExpiring.authentication.expires);
        EXPECT_LE(cardExpiring.cardExpires, threeMonthsAfter(day));

        const Profile minor = profile("minor", day);
        EXPECT_LT(domain::ageOn(minor.holder.birthDate, day), 15);
        EXPECT_FALSE(minor.signature);

        const Profile ward = profile("adult-ward", day);
        EXPECT_GE(domain::ageOn(ward.holder.birthDate, day), 18);
        EXPECT_FALSE(ward.signature);
        EXPECT_GT(ward.authentication.expires, day);

        const Profile foreign = profile("foreign-resident", day);
        ASSERT_TRUE(foreign.periodOfStayEnds);
        EXPECT_EQ(foreign.cardExpires, *foreign.periodOfStayEnds);
        EXPECT_EQ(foreign.authentication.expires, *foreign.periodOfStayEnds);
        EXPECT_GT(*foreign.periodOfStayEnds, threeMonthsAfter(day));

        EXPECT_EQ(profile("sign-blocked", day).triesLeft.signature, 0);
        EXPECT_EQ(profile("auth-blocked", day).triesLeft.authentication, 0);
        EXPECT_EQ(healthy.triesLeft.authentication, 3);
        EXPECT_EQ(healthy.triesLeft.signature, 5);
    }
}

TEST(Profiles, JsonNamesEveryProfileWithItsCardExpiry) {
    const std::string json = profilesAsJson(referenceDay());
    for (const std::string& name : profileNames()) {
        const Profile p = profile(name, referenceDay());
        EXPECT_NE(json.find("\"name\": \"" + name + "\""), std::string::npos);
        EXPECT_NE(json.find("\"card_expiry\": \"" + domain::formatIsoDate(p.cardExpires) + "\""),
                  std::string::npos);
    }
    EXPECT_NE(json.find("\"period_of_stay_end\""), std::string::npos);
    EXPECT_NE(json.find("\"signature\": null"), std::string::npos);
}

TEST(Certificates, BirthDateCarriesTheEra) {
    EXPECT_EQ(jlisBirthDate(Date{1980y, January, 2d}), "319800102");
    EXPECT_EQ(jlisBirthDate(Date{1989y, January, 7d}), "319890107");
    EXPECT_EQ(jlisBirthDate(Date{1989y, January, 8d}), "419890108");
    EXPECT_EQ(jlisBirthDate(Date{2019y, May, 1d}), "520190501");
    EXPECT_EQ(jlisBirthDate(Date{1926y, December, 24d}), "219261224");
}

std::string otherNameValue(X509* certificate, std::string_view oid) {
    auto* names = static_cast<GENERAL_NAMES*>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    std::string value;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        if (name->type != GEN_OTHERNAME) {
            continue;
        }
        char text[64];
        OBJ_obj2txt(text, sizeof text, name->d.otherName->type_id, 1);
        if (oid == text && name->d.otherName->value->type == V_ASN1_UTF8STRING) {
            const ASN1_STRING* string = name->d.otherName->value->value.utf8string;
            value.assign(reinterpret_cast<const char*>(ASN1_STRING_get0_data(string)),
                         static_cast<std::size_t>(ASN1_STRING_length(string)));
        }
    }
    GENERAL_NAMES_free(names);
    return value;
}

Bytes fileOf(const CardState& state, std::span<const std::uint8_t> aid, layout::Fid fid) {
    return state.findApplet(Bytes(aid.begin(), aid.end()))->binaries.at(fid);
}

TEST(Provisioning, SignatureCertificateCarriesTheFourItems) {
    const CardState state = testing::freshCard("healthy");
    const Certificate signature =
        certificateFromDer(fileOf(state, layout::jpkiAid, layout::signatureCertificate));
    const Profile p = profile("healthy", referenceDay());
    EXPECT_EQ(otherNameValue(signature.get(), card::kJlisNameOid), "長谷川　健一");
    EXPECT_EQ(otherNameValue(signature.get(), card::kJlisAddressOid), p.holder.address);
    EXPECT_EQ(otherNameValue(signature.get(), card::kJlisBirthDateOid),
              jlisBirthDate(p.holder.birthDate));
    EXPECT_EQ(otherNameValue(signature.get(), card::kJlisSexOid), "1");

    const Certificate authentication =
        certificateFromDer(fileOf(state, layout::jpkiAid, layout::authenticationCertificate));
    EXPECT_EQ(X509_get_ext_by_NID(authentication.get(), NID_subject_alt_name, -1), -1);
    EXPECT_EQ(X509_get_version(authentication.get()), X509_VERSION_3);
    EXPECT_EQ(EVP_PKEY_get_bits(X509_get0_pubkey(authentication.get())), 2048);
}

TEST(Provisioning, CertificatesComeFromTwoAuthoritiesAndEndAtMidnightJapanTime) {
    const CardState state = testing::freshCard("healthy");
    const Certificate authentication =
        certificateFromDer(fileOf(state, layout::jpkiAid, layout::authenticationCertificate));
    const Certificate authenticationCa =
        certificateFromDer(fileOf(state, layout::jpkiAid, layout::authenticationCaCertificate));
    const Certificate signature =
        certificateFromDer(fileOf(state, layout::jpkiAid, layout::signatureCertificate));
    const Certificate signatureCa =
        certificateFromDer(fileOf(state, layout::jpkiAid, layout::signatureCaCertificate));
    EXPECT_NE(X509_NAME_cmp(X509_get_issuer_name(authentication.get()),
                            X509_get_issuer_name(signature.get())),
              0);
    EXPECT_EQ(X509_verify(authentication.get(), X509_get0_pubkey(authenticationCa.get())), 1);
    EXPECT_EQ(X509_verify(signature.get(), X509_get0_pubkey(signatureCa.get())), 1);
    EXPECT_NE(X509_verify(signature.get(), X509_get0_pubkey(authenticationCa.get())), 1);

    const Profile p = profile("healthy", referenceDay());
    tm notAfter{};
    ASSERT_EQ(ASN1_TIME_to_tm(X509_get0_notAfter(authentication.get()), &notAfter), 1);
    const Date lastDay = p.authentication.expires;
    EXPECT_EQ(notAfter.tm_year + 1900, static_cast<int>(lastDay.year()));
    EXPECT_EQ(static_cast<unsigned>(notAfter.tm_mon + 1), static_cast<unsigned>(lastDay.month()));
    EXPECT_EQ(static_cast<unsigned>(notAfter.tm_mday), static_cast<unsigned>(lastDay.day()));
    EXPECT_EQ(notAfter.tm_hour, 14); // 23:59:59 in Japan
    EXPECT_EQ(notAfter.tm_min, 59);
}

TEST(Provisioning, CardInfoRecordsAreBerTlv) {
    const Profile p = profile("foreign-resident", referenceDay());
    const Bytes record = basicFourItemsRecord(p.holder);
    ASSERT_GE(record.size(), 5u);
    EXPECT_EQ(record[0], 0xFF);
    EXPECT_EQ(record[1], 0x20);
    std::size_t headerLength = 3;
    std::size_t length = record[2];
    if (record[2] == 0x81) {
        length = record[3];
        headerLength = 4;
    } else if (record[2] == 0x82) {
        length = static_cast<std::size_t>(record[3] << 8 | record[4]);
        headerLength = 5;
    }
    EXPECT_EQ(record.size(), headerLength + length);
    EXPECT_EQ(record[headerLength], 0xDF);
    EXPECT_EQ(record[headerLength + 1], 0x21);

    const Bytes number = myNumberRecord();
    EXPECT_EQ(number.size(), 16u);
    EXPECT_EQ(number[0], 0xD0);
    EXPECT_EQ(number[1], 12);
    EXPECT_EQ(jpkiToken().size(), 32u);
}

} // namespace
} // namespace jpki::sim
