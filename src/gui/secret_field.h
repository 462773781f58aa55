#pragma once

// A line edit that takes a PIN or a staff password: masked, no context menu to copy it out, no
// input method keeping it, and a screen reader told that it is a password field but neither its
// content nor its length; its text leaves only as a domain::SecretBuffer.

#include "domain/secret.h"

class QDialogButtonBox;
class QLineEdit;

namespace jpki::gui {

void guardSecretField(QLineEdit& field);
// Moves the field's text into a SecretBuffer and clears the field; the UTF-8 copy is wiped.
domain::SecretBuffer takeSecretField(QLineEdit& field);
// Enter in a password dialog means "go on": it presses OK when OK is enabled and nothing
// otherwise, never the other button (which quits the program at the first sign-in).
void keepReturnFromQuitting(QDialogButtonBox& buttons);

} // namespace jpki::gui
