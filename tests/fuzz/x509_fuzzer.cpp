// Certificates as read from the card: parsing, names, dates, the J-LIS subject alternative
// name, and a self-check of the chain.

#include "card/certificate.h"
#include "card/certificate_check.h"

#include <chrono>
#include <openssl/err.h>

using namespace jpki::card;

namespace {

void exercise(std::span<const std::uint8_t> der) {
    const auto certificate = Certificate::fromDer(der);
    if (!certificate) {
        return;
    }
    (void)certificate->holderInfo();
    (void)certificate->publicKey();
    const jpki::domain::Date day{std::chrono::year{2025}, std::chrono::April, std::chrono::day{1}};
    (void)certificate->daysLeft(day);
    (void)checkIssuedBy(*certificate, *certificate, day);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    exercise(std::span(data, size));
    // OpenSSL keeps the failures of a rejected certificate in its per-thread error queue, with
    // strings allocated for them: left there, they outlive the input (libFuzzer then runs the
    // input a second time and scans the heap for a leak), and the next parses allocated about
    // twice as much.
    ERR_clear_error();
    return 0;
}
