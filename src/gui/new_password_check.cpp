#include "gui/new_password_check.h"

#include "domain/password_policy.h"
#include "domain/secret.h"
#include "gui/color_scheme.h"
#include "messages/access_text.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>

namespace jpki::gui {

bool checkNewPassword(const QLineEdit& password, const QLineEdit& confirmation,
                      const QString& login, QLabel& reasons) {
    QByteArray typed = password.text().toUtf8();
    QByteArray again = confirmation.text().toUtf8();
    const QByteArray loginUtf8 = login.toUtf8();
    const std::vector<domain::PasswordProblem> problems = domain::checkStaffPassword(
        std::string_view(typed.constData(), std::size_t(typed.size())),
        std::string_view(loginUtf8.constData(), std::size_t(loginUtf8.size())));
    QStringList lines;
    if (!typed.isEmpty()) {
        for (domain::PasswordProblem problem : problems) {
            lines << messages::passwordProblemText(problem);
        }
    }
    const bool same = typed == again;
    if (problems.empty() && !again.isEmpty() && !same) {
        //: en: The two entries differ.
        lines << QCoreApplication::translate("jpki::gui::NewPasswordCheck",
                                             "2回の入力が一致しません。");
    }
    domain::secureWipe(typed.data(), std::size_t(typed.size()));
    domain::secureWipe(again.data(), std::size_t(again.size()));
    reasons.setText(lines.join(QLatin1Char('\n')));
    reasons.setStyleSheet(noticeStyle(reasons, NoticeTone::Problem));
    reasons.setVisible(!lines.isEmpty());
    return problems.empty() && same;
}

} // namespace jpki::gui
