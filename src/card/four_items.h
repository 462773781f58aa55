#pragma once

// The four-items record of the card-info applet (EF 00 02): a template FF 20 holding DF 21
// (a header), DF 22 name, DF 23 address (UTF-8), DF 24 birth date (YYYYMMDD) and DF 25 sex
// (ISO 5218: 0 not known, 1 male, 2 female, 9 not applicable).

#include "card/apdu.h"
#include "card/basic_info.h"
#include "card/result.h"

#include <span>

namespace jpki::card {

inline constexpr std::size_t kFourItemsProbeLength = 7; // tag FF 20 and the longest length field

// The record's total length (template header included) from its first bytes.
Result<std::size_t> fourItemsRecordLength(std::span<const std::uint8_t> firstBytes);

// Parses the whole record; bytes after the template are ignored (the file may be padded).
// Missing or duplicated items, bad UTF-8, a malformed date or an unknown sex code are errors.
Result<BasicInfo> parseFourItems(std::span<const std::uint8_t> record);

} // namespace jpki::card
