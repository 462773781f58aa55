// Certificates as read from the card: parsing, names, dates, the J-LIS subject alternative
// name, and a self-check of the chain.

#include "card/certificate.h"
#include "card/certificate_check.h"

#include <chrono>

using namespace jpki::card;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto certificate = Certificate::fromDer(std::span(data, size));
    if (!certificate) {
        return 0;
    }
    (void)certificate->holderInfo();
    (void)certificate->publicKey();
    const jpki::domain::Date day{std::chrono::year{2025}, std::chrono::April, std::chrono::day{1}};
    (void)certificate->daysLeft(day);
    (void)checkIssuedBy(*certificate, *certificate, day);
    return 0;
}
