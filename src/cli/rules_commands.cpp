// rules expiry / renewal / pin-check / eligibility / documents: the counter's rules for scripts.

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "domain/documents.h"
#include "domain/eligibility.h"
#include "domain/pin_policy.h"
#include "domain/procedures.h"
#include "domain/renewal.h"
#include "domain/validity.h"
#include "messages/document_text.h"
#include "messages/pin_text.h"
#include "messages/validity_text.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jpki::cli {

namespace {

// The translation context of the command line's own messages.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(jpki::cli)
};

int cardExpiry(Invocation& call) {
    const auto birth = call.requiredDate(QStringLiteral("birth"));
    const auto issued = birth ? call.requiredDate(QStringLiteral("issued")) : std::nullopt;
    std::optional<domain::Date> applied;
    std::optional<domain::Date> stayUntil;
    if (!issued || !call.optionalDate(QStringLiteral("applied"), applied) ||
        !call.optionalDate(QStringLiteral("stay-until"), stayUntil)) {
        return Failure;
    }
    if (*issued < *birth) {
        //: en: The issue date is before the birth date.
        return call.fail(CliText::tr("発行日が生年月日より前です。"));
    }
    const auto validity = domain::cardValidity({*birth, *issued, applied}, stayUntil);
    //: en: The card expires on %1 (%2).
    const QString text =
        CliText::tr("カードの有効期限は %1 です(%2)。")
            .arg(isoDate(validity.expires), messages::expiryBasisText(validity.basis));
    call.answer({{QStringLiteral("expires"), isoDate(validity.expires)}}, text);
    return Success;
}

int certificateExpiry(Invocation& call) {
    const auto birth = call.requiredDate(QStringLiteral("birth"));
    const auto issued = birth ? call.requiredDate(QStringLiteral("issued")) : std::nullopt;
    std::optional<domain::Date> cardExpires;
    std::optional<domain::Date> previousExpires;
    std::optional<domain::Date> userAuthExpires;
    std::optional<domain::Date> stayUntil;
    if (!issued || !call.optionalDate(QStringLiteral("card-expires"), cardExpires) ||
        !call.optionalDate(QStringLiteral("previous-expires"), previousExpires) ||
        !call.optionalDate(QStringLiteral("user-auth-expires"), userAuthExpires) ||
        !call.optionalDate(QStringLiteral("stay-until"), stayUntil)) {
        return Failure;
    }
    if (*issued < *birth) {
        //: en: The issue date is before the birth date.
        return call.fail(CliText::tr("発行日が生年月日より前です。"));
    }
    auto kind = domain::CertificateKind::UserAuthentication;
    if (call.parser().isSet(QStringLiteral("certificate"))) {
        const QString which = call.parser().value(QStringLiteral("certificate"));
        if (which == QLatin1String("signature")) {
            kind = domain::CertificateKind::Signature;
        } else if (which != QLatin1String("user-auth")) {
            //: en: --certificate takes signature or user-auth.
            return call.fail(
                CliText::tr("--certificate には signature か user-auth を指定してください。"));
        }
    }
    domain::CertificateIssue certificate;
    certificate.kind = kind;
    certificate.birth = *birth;
    certificate.issued = *issued;
    // Without the card's expiry the card sets no earlier limit than the certificate's own term.
    certificate.cardExpires = cardExpires.value_or(domain::nthBirthdayAfter(*birth, *issued, 10));
    certificate.replacedCertificateExpires = previousExpires;
    certificate.userAuthenticationExpires = userAuthExpires;
    certificate.periodOfStayEnds = stayUntil;
    const auto validity = domain::certificateValidity(certificate);
    //: en: The certificate expires on %1 (%2).
    const QString text =
        CliText::tr("電子証明書の有効期限は %1 です(%2)。")
            .arg(isoDate(validity.expires), messages::expiryBasisText(validity.basis));
    call.answer({{QStringLiteral("expires"), isoDate(validity.expires)},
                 {QStringLiteral("timely_renewal"), validity.timelyRenewal}},
                text);
    return Success;
}

int expiry(const QStringList& arguments) {
    Invocation call(QStringLiteral("rules expiry"));
    auto& parser = call.parser();
    parser.addOptions({
        {QStringLiteral("kind"), QStringLiteral("card or certificate."), QStringLiteral("kind")},
        {QStringLiteral("birth"), QStringLiteral("Birth date."), QStringLiteral("D")},
        {QStringLiteral("issued"), QStringLiteral("Issue date."), QStringLiteral("D")},
        {QStringLiteral("applied"), QStringLiteral("Card: application received on."),
         QStringLiteral("D")},
        {QStringLiteral("stay-until"), QStringLiteral("End of the period of stay."),
         QStringLiteral("D")},
        {QStringLiteral("card-expires"), QStringLiteral("Certificate: the card's expiry."),
         QStringLiteral("D")},
        {QStringLiteral("previous-expires"),
         QStringLiteral("Certificate: expiry of the certificate it replaces (R-VAL-CERT6)."),
         QStringLiteral("D")},
        {QStringLiteral("certificate"),
         QStringLiteral("Certificate: signature or user-auth (default)."), QStringLiteral("which")},
        {QStringLiteral("user-auth-expires"),
         QStringLiteral("Signature certificate: the user-authentication certificate's expiry."),
         QStringLiteral("D")},
    });
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto kind = call.requiredValue(QStringLiteral("kind"));
    if (!kind) {
        return Failure;
    }
    if (*kind == QLatin1String("card")) {
        return cardExpiry(call);
    }
    if (*kind == QLatin1String("certificate")) {
        return certificateExpiry(call);
    }
    //: en: --kind takes card or certificate.
    return call.fail(CliText::tr("--kind には card か certificate を指定してください。"));
}

QString renewalStatusId(domain::RenewalStatus status) {
    switch (status) {
    case domain::RenewalStatus::TooEarly:
        return QStringLiteral("too-early");
    case domain::RenewalStatus::Open:
        return QStringLiteral("open");
    case domain::RenewalStatus::Expired:
        return QStringLiteral("expired");
    case domain::RenewalStatus::CardReapplicationRequired:
        return QStringLiteral("card-reapplication-required");
    }
    return {};
}

int renewal(const QStringList& arguments) {
    Invocation call(QStringLiteral("rules renewal"));
    call.parser().addOptions({
        {QStringLiteral("cert-expires"), QStringLiteral("The certificate's expiry."),
         QStringLiteral("D")},
        {QStringLiteral("card-expires"), QStringLiteral("The card's expiry."), QStringLiteral("D")},
        {QStringLiteral("today"), QStringLiteral("The day of the visit."), QStringLiteral("D")},
    });
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto certExpires = call.requiredDate(QStringLiteral("cert-expires"));
    const auto cardExpires =
        certExpires ? call.requiredDate(QStringLiteral("card-expires")) : std::nullopt;
    const auto today = cardExpires ? call.requiredDate(QStringLiteral("today")) : std::nullopt;
    if (!today) {
        return Failure;
    }
    const auto assessment = domain::assessRenewal(*certExpires, *cardExpires, *today);
    //: en: Renewal possible from %1. %2
    const QString text =
        CliText::tr("更新できる期間の始まり: %1。%2")
            .arg(isoDate(assessment.windowOpens), messages::renewalStatusText(assessment.status));
    call.answer({{QStringLiteral("window_opens"), isoDate(assessment.windowOpens)},
                 {QStringLiteral("status"), renewalStatusId(assessment.status)}},
                text);
    return assessment.status == domain::RenewalStatus::Open ? Success : RuleSaysNo;
}

int pinCheck(const QStringList& arguments) {
    Invocation call(QStringLiteral("rules pin-check"));
    call.parser().addOptions({
        {QStringLiteral("kind"),
         QStringLiteral("signature, user-auth, card-info or resident-registry."),
         QStringLiteral("kind")},
        {QStringLiteral("birth"), QStringLiteral("Birth date, to warn about PINs made from it."),
         QStringLiteral("D")},
    });
    call.parser().setApplicationDescription(
        QStringLiteral("Checks a new PIN read from standard input (never from the command line)."));
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto kindText = call.requiredValue(QStringLiteral("kind"));
    if (!kindText) {
        return Failure;
    }
    const auto kind = domain::parsePinKind(kindText->toStdString());
    if (!kind) {
        //: en: --kind takes signature, user-auth, card-info or resident-registry.
        return call.fail(
            CliText::tr("--kind には signature、user-auth、card-info、resident-registry の"
                        "いずれかを指定してください。"));
    }
    std::optional<domain::Date> birth;
    if (!call.optionalDate(QStringLiteral("birth"), birth)) {
        return Failure;
    }
    domain::SecretBuffer typed;
    //: en: New PIN:
    if (!call.readSecret(CliText::tr("新しい暗証番号: "),
                         //: en: No PIN was given on standard input.
                         CliText::tr("標準入力から暗証番号が渡されませんでした。"), typed)) {
        return Failure;
    }
    const auto check = domain::checkNewPin(*kind, typed.view(), birth);
    typed.clear();

    QStringList warnings;
    for (const auto warning : check.warnings) {
        warnings << messages::pinWarningText(warning);
    }
    QString reason = messages::pinProblemsText(check.problems);
    if (check.valid && check.uppercased) {
        reason = messages::pinUppercasedNote();
    }
    QJsonObject json{{QStringLiteral("valid"), check.valid},
                     {QStringLiteral("uppercased"), check.uppercased},
                     {QStringLiteral("reason"), reason}};
    if (!warnings.isEmpty()) {
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    }
    //: en: The PIN can be used.
    QString text = CliText::tr("この暗証番号は使えます。");
    if (!check.valid) {
        //: en: The PIN cannot be used.
        text = CliText::tr("この暗証番号は使えません。");
    }
    for (const QString& line : QStringList{reason} + warnings) {
        if (!line.isEmpty()) {
            text += QLatin1Char('\n') + line;
        }
    }
    call.answer(json, text);
    return check.valid ? Success : RuleSaysNo;
}

QJsonArray reasonTexts(const std::vector<domain::IneligibilityReason>& reasons) {
    QJsonArray texts;
    for (const auto reason : reasons) {
        texts.append(messages::ineligibilityReasonText(reason));
    }
    return texts;
}

int eligibility(const QStringList& arguments) {
    Invocation call(QStringLiteral("rules eligibility"));
    call.parser().addOptions({
        {QStringLiteral("birth"), QStringLiteral("Birth date."), QStringLiteral("D")},
        {QStringLiteral("today"), QStringLiteral("The day of the application."),
         QStringLiteral("D")},
        {QStringLiteral("adult-ward"), QStringLiteral("The applicant is an adult ward.")},
        {QStringLiteral("face-authentication-card"),
         QStringLiteral("The card is a face-authentication card (顔認証).")},
    });
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto birth = call.requiredDate(QStringLiteral("birth"));
    const auto today = birth ? call.requiredDate(QStringLiteral("today")) : std::nullopt;
    if (!today) {
        return Failure;
    }
    if (*today < *birth) {
        //: en: The day of the application is before the birth date.
        return call.fail(CliText::tr("申請日が生年月日より前です。"));
    }
    domain::EligibilityInput applicant;
    applicant.birth = *birth;
    applicant.adultWard = call.parser().isSet(QStringLiteral("adult-ward"));
    applicant.faceAuthenticationCard =
        call.parser().isSet(QStringLiteral("face-authentication-card"));
    const auto result = domain::assessEligibility(applicant, *today);
    QJsonObject json{{QStringLiteral("signature"), result.signature.eligible},
                     {QStringLiteral("user_auth"), result.userAuthentication.eligible}};
    const QJsonArray signatureReasons = reasonTexts(result.signature.reasons);
    if (!signatureReasons.isEmpty()) {
        json.insert(QStringLiteral("signature_reasons"), signatureReasons);
    }
    if (result.signatureEligibleFrom) {
        json.insert(QStringLiteral("signature_from"), isoDate(*result.signatureEligibleFrom));
    }
    json.insert(QStringLiteral("legal_representative_sets_user_auth_pin"),
                result.legalRepresentativeSetsUserAuthenticationPin);
    const auto yesNo = [](bool eligible) {
        if (eligible) {
            //: en: can be issued
            return CliText::tr("発行できます");
        }
        //: en: cannot be issued
        return CliText::tr("発行できません");
    };
    QString text =
        QStringLiteral("%1: %2\n%3: %4")
            .arg(messages::certificateKindText(domain::CertificateKind::Signature),
                 yesNo(result.signature.eligible),
                 messages::certificateKindText(domain::CertificateKind::UserAuthentication),
                 yesNo(result.userAuthentication.eligible));
    for (const auto& reason : signatureReasons) {
        text += QLatin1Char('\n') + reason.toString();
    }
    call.answer(json, text);
    return result.signature.eligible && result.userAuthentication.eligible ? Success : RuleSaysNo;
}

int documents(const QStringList& arguments) {
    Invocation call(QStringLiteral("rules documents"));
    call.parser().addOptions({
        {QStringLiteral("procedure"), QStringLiteral("renewal, pin-reset or lock-release."),
         QStringLiteral("procedure")},
        {QStringLiteral("path"), QStringLiteral("self, legal-proxy or voluntary-proxy."),
         QStringLiteral("path")},
    });
    if (const auto stop = call.parse(arguments)) {
        return *stop;
    }
    const auto procedureText = call.requiredValue(QStringLiteral("procedure"));
    const auto pathText = procedureText ? call.requiredValue(QStringLiteral("path")) : std::nullopt;
    if (!pathText) {
        return Failure;
    }
    const auto procedure = domain::parseProcedure(procedureText->toStdString());
    if (!procedure) {
        //: en: --procedure takes renewal, pin-reset or lock-release.
        return call.fail(CliText::tr(
            "--procedure には renewal、pin-reset、lock-release のいずれかを指定してください。"));
    }
    const auto path = domain::parseRequestPath(pathText->toStdString());
    if (!path) {
        //: en: --path takes self, legal-proxy or voluntary-proxy.
        return call.fail(CliText::tr(
            "--path には self、legal-proxy、voluntary-proxy のいずれかを指定してください。"));
    }
    const auto plan = domain::documentPlan(*procedure, *path);
    QJsonArray visits;
    QString text = QStringLiteral("%1 / %2").arg(messages::procedureName(*procedure),
                                                 messages::requestPathName(*path));
    for (const auto& visit : plan.visits) {
        QJsonArray documents;
        //: en: Visit %1
        text += QLatin1Char('\n') + CliText::tr("%1回目の来庁").arg(visit.number);
        for (const auto& item : visit.items) {
            const QString name = messages::requirementName(item.requirement);
            QJsonObject document{{QStringLiteral("name"), name}};
            if (item.necessity != domain::Necessity::Required) {
                document.insert(QStringLiteral("note"), messages::necessityText(item.necessity));
            }
            documents.append(document);
            text += QStringLiteral("\n  - ") + name;
            if (item.necessity != domain::Necessity::Required) {
                text += QStringLiteral("(%1)").arg(messages::necessityText(item.necessity));
            }
        }
        visits.append(
            QJsonObject{{QStringLiteral("documents"), documents},
                        {QStringLiteral("completes_procedure"), visit.completesProcedure}});
    }
    QJsonArray rules;
    for (const auto rule : plan.rules) {
        rules.append(QString::fromUtf8(rule.data(), static_cast<qsizetype>(rule.size())));
    }
    call.answer({{QStringLiteral("visits"), visits}, {QStringLiteral("rules"), rules}}, text);
    return Success;
}

} // namespace

std::vector<Command> rulesCommands() {
    return {
        {QStringLiteral("rules"), QStringLiteral("expiry"),
         QStringLiteral("--kind card|certificate --birth D --issued D [--applied D] "
                        "[--stay-until D] [--card-expires D] [--previous-expires D]"),
         expiry},
        {QStringLiteral("rules"), QStringLiteral("renewal"),
         QStringLiteral("--cert-expires D --card-expires D --today D"), renewal},
        {QStringLiteral("rules"), QStringLiteral("pin-check"),
         QStringLiteral("--kind signature|user-auth|card-info|resident-registry  (PIN on stdin)"),
         pinCheck},
        {QStringLiteral("rules"), QStringLiteral("eligibility"),
         QStringLiteral("--birth D --today D [--adult-ward]"), eligibility},
        {QStringLiteral("rules"), QStringLiteral("documents"),
         QStringLiteral("--procedure renewal|pin-reset|lock-release "
                        "--path self|legal-proxy|voluntary-proxy"),
         documents},
    };
}

} // namespace jpki::cli
