#include "messages/text_rule_text.h"

#include <QCoreApplication>

namespace jpki::messages {

namespace {

struct TextRuleText {
    Q_DECLARE_TR_FUNCTIONS(jpki::messages::TextRule)
};

} // namespace

QString textKindName(domain::TextKind kind) {
    using domain::TextKind;
    switch (kind) {
    case TextKind::CounterName:
        //: en: The municipality's and counter's names
        return TextRuleText::tr("自治体・窓口の名称");
    case TextKind::StaffLogin:
        //: en: The login
        return TextRuleText::tr("ログイン名");
    case TextKind::StaffName:
        //: en: The display name
        return TextRuleText::tr("表示名");
    case TextKind::PersonName:
        //: en: The name
        return TextRuleText::tr("氏名");
    case TextKind::Address:
        //: en: The address
        return TextRuleText::tr("住所");
    case TextKind::Reason:
        //: en: The reason
        return TextRuleText::tr("理由");
    case TextKind::Note:
        //: en: The note
        return TextRuleText::tr("メモ");
    case TextKind::MailMethod:
        //: en: The mailing method
        return TextRuleText::tr("郵送方法");
    }
    return {};
}

QString textProblemText(domain::TextKind kind, domain::TextProblem problem) {
    const QString name = textKindName(kind);
    const domain::TextLimit limit = domain::textLimit(kind);
    switch (problem) {
    case domain::TextProblem::TooLong:
        //: en: %1 can be at most %2 characters long.
        return TextRuleText::tr("%1は%2文字以内にしてください。")
            .arg(name)
            .arg(limit.maxCharacters);
    case domain::TextProblem::ControlCharacter:
        if (limit.multiLine) {
            //: en: %1 cannot hold control characters (line breaks are allowed).
            return TextRuleText::tr("%1に制御文字は使えません(改行は使えます)。").arg(name);
        }
        //: en: %1 cannot hold control characters or line breaks.
        return TextRuleText::tr("%1に制御文字や改行は使えません。").arg(name);
    case domain::TextProblem::MalformedUtf8:
        //: en: %1 is not valid UTF-8 text.
        return TextRuleText::tr("%1は正しい UTF-8 の文字列ではありません。").arg(name);
    }
    return {};
}

} // namespace jpki::messages
