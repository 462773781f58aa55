#pragma once

// A new staff password typed twice (the first supervisor, a new account, a password reset):
// the policy's reasons (R-ACC-PASS) shown live once something is typed, then "the two entries
// differ" while they do. The typed text's UTF-8 copies are wiped after the check.

class QLabel;
class QLineEdit;
class QString;

namespace jpki::gui {

// Shows the reasons in `reasons` (hidden when there is none); true when none is left and both
// entries agree.
bool checkNewPassword(const QLineEdit& password, const QLineEdit& confirmation,
                      const QString& login, QLabel& reasons);

} // namespace jpki::gui
