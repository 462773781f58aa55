#pragma once

// Internal to the engine: how facts are written into event payloads and read back by the fold.
// Dates are ISO strings, codes their stable ids (domain_ids.h), absent facts absent keys.

#include "card/card_status.h"
#include "domain/date.h"
#include "domain/documents.h"
#include "workflow/case_file.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <string_view>

namespace jpki::workflow::payload {

QString text(std::string_view id);
std::string utf8(const QJsonValue& value);

QJsonValue date(const domain::Date& day);
std::optional<domain::Date> dateFrom(const QJsonValue& value);
void insertDate(QJsonObject& object, const QString& key, const std::optional<domain::Date>& day);

// A code read back through its parse function; nothing when absent or unknown.
template <typename Code>
std::optional<Code> codeFrom(const QJsonValue& value,
                             std::optional<Code> (*parse)(std::string_view)) {
    if (!value.isString()) {
        return std::nullopt;
    }
    return parse(utf8(value));
}

std::string_view certificatePresenceId(card::CertificatePresence presence);
std::optional<card::CertificatePresence> parseCertificatePresence(std::string_view id);
std::string_view pinPresenceId(card::PinPresence presence);
std::optional<card::PinPresence> parsePinPresence(std::string_view id);

// The card's snapshot as facts: certificates' presence, serial and dates; every PIN's tries.
CardFacts factsOf(const card::CardStatus& status);
QJsonObject cardFacts(const CardFacts& facts);
CardFacts cardFactsFrom(const QJsonObject& object);

// What was presented at a visit; nothing in it is personal (document kinds and dates only).
QJsonObject presentedItems(const domain::PresentedItems& presented);

QJsonArray unmetRequirements(const std::vector<domain::UnmetRequirement>& unmet);
std::vector<domain::UnmetRequirement> unmetFrom(const QJsonValue& value);

QJsonObject refusal(const Refusal& refusal);
Refusal refusalFrom(const QJsonObject& object, Step stepAfter);

} // namespace jpki::workflow::payload
