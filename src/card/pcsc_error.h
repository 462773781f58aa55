#pragma once

// PC/SC return codes as card errors.

#include "card/card_error.h"

#include <string>
#include <winscard.h>

namespace jpki::card {

// Maps a PC/SC failure (anything but SCARD_S_SUCCESS) to the closed error set; the raw code is
// kept in pcscCode.
CardError errorFromPcsc(LONG code, std::string context = {});

// The service went away (pcscd stopped or restarted): the context must be established again.
bool meansServiceGone(LONG code);

} // namespace jpki::card
