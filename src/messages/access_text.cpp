#include "messages/access_text.h"

#include "messages/text_rule_text.h"

#include <QCoreApplication>

namespace jpki::messages {

namespace {

struct AccessText {
    Q_DECLARE_TR_FUNCTIONS(jpki::messages::Access)
};

} // namespace

QString passwordProblemText(domain::PasswordProblem problem) {
    using domain::PasswordProblem;
    switch (problem) {
    case PasswordProblem::Empty:
        //: en: Enter a password.
        return AccessText::tr("パスワードを入力してください。");
    case PasswordProblem::TooShort:
        //: en: Use at least %1 characters.
        return AccessText::tr("%1文字以上にしてください。")
            .arg(domain::kMinimumStaffPasswordLength);
    case PasswordProblem::SameAsLogin:
        //: en: The password must not be the login name.
        return AccessText::tr("ログイン名と同じパスワードは使えません。");
    case PasswordProblem::SingleCharacter:
        //: en: The password must not be one character repeated.
        return AccessText::tr("同じ文字だけのパスワードは使えません。");
    case PasswordProblem::InvalidText:
        //: en: The password contains characters that cannot be used.
        return AccessText::tr("パスワードに使用できない文字が含まれています。");
    }
    return {};
}

QString accessProblemText(workflow::AccessProblem problem) {
    using workflow::AccessProblem;
    switch (problem) {
    case AccessProblem::WrongCredentials:
        //: en: The login name or the password is wrong.
        return AccessText::tr("ログイン名またはパスワードが違います。");
    case AccessProblem::AccountLocked:
        //: en: This account is locked after repeated wrong passwords. Ask a supervisor to unlock it.
        return AccessText::tr("パスワードの誤りが続いたため、このアカウントはロックされています。"
                              "責任者に解除を依頼してください。");
    case AccessProblem::AccountInactive:
        //: en: This account is no longer in use. Ask a supervisor.
        return AccessText::tr("このアカウントは利用停止中です。責任者に確認してください。");
    case AccessProblem::NotPermitted:
        //: en: Only a supervisor can do this. The attempt has been recorded.
        return AccessText::tr("この操作は責任者のみ行えます。操作の試みは記録されました。");
    case AccessProblem::AccountsExist:
        //: en: Accounts already exist. Sign in, or ask a supervisor for an account.
        return AccessText::tr("アカウントはすでに登録されています。"
                              "サインインするか、責任者にアカウントの作成を依頼してください。");
    case AccessProblem::PasswordRejected:
        //: en: This password cannot be used.
        return AccessText::tr("このパスワードは使用できません。");
    case AccessProblem::LoginInvalid:
        //: en: Enter a login name of up to 64 characters without spaces.
        return AccessText::tr("ログイン名は空白を含まない64文字以内で入力してください。");
    case AccessProblem::NameMissing:
        //: en: Enter the name shown for this account.
        return AccessText::tr("表示名を入力してください。");
    case AccessProblem::NameInvalid:
        //: en: The display name cannot be used.
        return AccessText::tr("この表示名は使えません。");
    case AccessProblem::LoginTaken:
        //: en: This login name is already in use.
        return AccessText::tr("このログイン名はすでに使われています。");
    case AccessProblem::StaffNotFound:
        //: en: No such account was found.
        return AccessText::tr("該当するアカウントが見つかりません。");
    case AccessProblem::OwnAccount:
        //: en: You cannot stop the account you are signed in with.
        return AccessText::tr("サインイン中のアカウントは利用停止にできません。");
    case AccessProblem::Storage:
        //: en: The account data could not be read or written.
        return AccessText::tr("アカウントの情報を読み書きできませんでした。");
    }
    return {};
}

QString supervisorActionName(workflow::SupervisorAction action) {
    using workflow::SupervisorAction;
    switch (action) {
    case SupervisorAction::CreateStaff:
        //: en: Create an account
        return AccessText::tr("アカウントの作成");
    case SupervisorAction::ResetPassword:
        //: en: Reset a password
        return AccessText::tr("パスワードの再設定");
    case SupervisorAction::UnlockStaff:
        //: en: Unlock an account
        return AccessText::tr("アカウントのロック解除");
    case SupervisorAction::SetStaffActive:
        //: en: Start or stop an account
        return AccessText::tr("アカウントの利用開始・停止");
    case SupervisorAction::ListStaff:
        //: en: View the accounts
        return AccessText::tr("アカウント一覧の表示");
    case SupervisorAction::SignOffDay:
        //: en: Sign off the day
        return AccessText::tr("日次の締め");
    case SupervisorAction::ReviewDay:
        //: en: Review the day
        return AccessText::tr("日次の確認");
    }
    return {};
}

QString staffRoleName(storage::StaffRole role) {
    switch (role) {
    case storage::StaffRole::Clerk:
        //: en: Clerk
        return AccessText::tr("窓口担当者");
    case storage::StaffRole::Supervisor:
        //: en: Supervisor
        return AccessText::tr("責任者");
    }
    return {};
}

QString accessErrorText(const workflow::AccessError& error) {
    QString text = accessProblemText(error.problem);
    if (error.action) {
        //: en: Action: %1
        text +=
            QLatin1Char('\n') + AccessText::tr("操作：%1").arg(supervisorActionName(*error.action));
    }
    for (domain::PasswordProblem problem : error.passwordProblems) {
        text += QStringLiteral("\n・") + passwordProblemText(problem);
    }
    if (error.storageError) {
        text += QLatin1Char('\n') + storage::errorText(*error.storageError);
    }
    if (error.textProblem) {
        text +=
            QLatin1Char('\n') + textProblemText(domain::TextKind::StaffName, *error.textProblem);
    }
    return text;
}

} // namespace jpki::messages
