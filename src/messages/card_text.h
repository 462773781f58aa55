#pragma once

// What a clerk reads when the card, the reader or the PC/SC service answers other than
// expected: what happened and what to do. Japanese source text, translated through Qt Linguist
// (context "jpki::messages::Card").

#include "card/card_error.h"
#include "card/pin.h"

#include <QString>

namespace jpki::messages {

// One or two sentences for the clerk; tries left are included for a wrong PIN.
QString cardErrorText(const card::CardError& error);

// 署名用電子証明書のパスワード, 利用者証明用電子証明書の暗証番号, …
QString pinStateText(const card::PinStatus& status);

} // namespace jpki::messages
