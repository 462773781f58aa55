#include "card_reading.h"

#include <chrono>
#include <cstdio>
#include <openssl/asn1.h>
#include <openssl/x509.h>

namespace jpki::test {

CardReply selectApplet(CardConnection& card, const std::string& aid) {
    Bytes command = fromHex("00 A4 04 0C 00 " + aid);
    command[4] = static_cast<std::uint8_t>(command.size() - 5);
    return card.transmit(command);
}

CardReply selectFile(CardConnection& card, std::uint16_t fid) {
    return card.transmit(Bytes{0x00, 0xA4, 0x02, 0x0C, 0x02, static_cast<std::uint8_t>(fid >> 8),
                               static_cast<std::uint8_t>(fid & 0xFF)});
}

CardReply verify(CardConnection& card, std::string_view pin) {
    Bytes command = {0x00, 0x20, 0x00, 0x80};
    if (!pin.empty()) {
        command.push_back(static_cast<std::uint8_t>(pin.size()));
        command.insert(command.end(), pin.begin(), pin.end());
    }
    return card.transmit(command);
}

FileRead readCertificateInShortChunks(CardConnection& card) {
    FileRead read;
    read.last = card.transmit("00 B0 00 00 04");
    ++read.commands;
    if (!read.last.transported() || read.last.sw != 0x9000 || read.last.data.size() != 4) {
        return read;
    }
    const std::size_t size =
        static_cast<std::size_t>(read.last.data[2] << 8 | read.last.data[3]) + 4;
    read.content = read.last.data;
    while (read.content.size() < size) {
        const std::size_t offset = read.content.size();
        read.last = card.transmit(Bytes{0x00, 0xB0, static_cast<std::uint8_t>(offset >> 8),
                                        static_cast<std::uint8_t>(offset & 0xFF), 0x00});
        ++read.commands;
        if (!read.last.transported() || (read.last.sw != 0x9000 && read.last.sw != 0x6282) ||
            read.last.data.empty()) {
            return read;
        }
        read.content.insert(read.content.end(), read.last.data.begin(), read.last.data.end());
    }
    read.content.resize(size);
    return read;
}

FileRead readWholeFile(CardConnection& card) {
    FileRead read;
    read.last = card.transmit("00 B0 00 00 00 00 00");
    read.commands = 1;
    read.content = read.last.data;
    return read;
}

std::string lastValidDay(const Bytes& der) {
    const unsigned char* cursor = der.data();
    X509* certificate = d2i_X509(nullptr, &cursor, static_cast<long>(der.size()));
    if (!certificate) {
        return {};
    }
    tm notAfter{};
    const int parsed = ASN1_TIME_to_tm(X509_get0_notAfter(certificate), &notAfter);
    X509_free(certificate);
    if (parsed != 1) {
        return {};
    }
    // notAfter is 23:59:59 Japan time, i.e. 14:59:59 UTC of the same day.
    const auto utc = std::chrono::sys_days(std::chrono::year(notAfter.tm_year + 1900) /
                                           (notAfter.tm_mon + 1) / notAfter.tm_mday) +
                     std::chrono::hours(notAfter.tm_hour);
    const std::chrono::year_month_day japanDay(
        std::chrono::floor<std::chrono::days>(utc + std::chrono::hours(9)));
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(japanDay.year()),
                  static_cast<unsigned>(japanDay.month()), static_cast<unsigned>(japanDay.day()));
    return text;
}

} // namespace jpki::test
