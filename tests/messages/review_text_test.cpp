#include "message_table_checks.h"
#include "messages/access_text.h"
#include "messages/pin_text.h"
#include "messages/review_text.h"
#include "messages/workflow_text.h"

#include <QCoreApplication>
#include <gtest/gtest.h>
#include <memory>

using namespace jpki;
using namespace jpki::messages;
using jpki::test::expectDistinctJapaneseTextForEach;
using jpki::test::RecordingTranslator;

TEST(ReviewText, EveryFlagKindHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(workflow::allFlagKinds, flagKindName, "R-FLAG");
}

TEST(ReviewText, EveryFlagTellsItsFacts) {
    for (workflow::FlagKind kind : workflow::allFlagKinds) {
        workflow::ReviewFlag flag;
        flag.kind = kind;
        flag.step = QStringLiteral("documents");
        flag.reason = QStringLiteral("inquiry-form-opened");
        flag.pin = domain::PinKind::UserAuthentication;
        flag.letterReference = QStringLiteral("P2026-000123-1");
        flag.mailedOn =
            domain::Date{std::chrono::year{2026}, std::chrono::April, std::chrono::day{1}};
        flag.businessDaysWaiting = 15;
        flag.openedBy = storage::StaffRef{storage::StaffId{1}, QStringLiteral("a"),
                                          QStringLiteral("窓口　一郎")};
        flag.otherClerks = {
            {storage::StaffId{2}, QStringLiteral("b"), QStringLiteral("窓口　二郎")}};
        flag.chainBreak = storage::ChainBreak{storage::ChainBreakKind::ContentChanged, 42, 42};
        const QString text = flagText(flag);
        SCOPED_TRACE(text.toStdString());
        EXPECT_FALSE(text.isEmpty());
        switch (kind) {
        case workflow::FlagKind::LetterUnanswered:
            EXPECT_TRUE(text.contains(QStringLiteral("P2026-000123-1")));
            EXPECT_TRUE(text.contains(QStringLiteral("令和8年4月1日")));
            EXPECT_TRUE(text.contains(QStringLiteral("15")));
            break;
        case workflow::FlagKind::AnotherClerk:
            EXPECT_TRUE(text.contains(QStringLiteral("窓口　一郎")));
            EXPECT_TRUE(text.contains(QStringLiteral("窓口　二郎")));
            break;
        case workflow::FlagKind::ChainBroken:
            EXPECT_TRUE(text.contains(QStringLiteral("42")));
            break;
        case workflow::FlagKind::LeftOpen:
        case workflow::FlagKind::Cancelled:
        case workflow::FlagKind::ApplicantLeft:
            EXPECT_TRUE(text.contains(stepName(workflow::Step::Documents)));
            break;
        case workflow::FlagKind::Refused:
            EXPECT_TRUE(
                text.contains(refusalReasonText(workflow::RefusalReason::InquiryFormOpened)));
            break;
        case workflow::FlagKind::PinBlocked:
            EXPECT_TRUE(text.contains(pinKindName(domain::PinKind::UserAuthentication)));
            break;
        }
    }
}

TEST(ReviewText, EveryReviewProblemHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(workflow::allReviewProblems, reviewProblemText, "R-SIGN");
}

TEST(ReviewText, TheSignedDayErrorNamesTheDayAndCounter) {
    const workflow::WorkflowError error = workflow::WorkflowError::daySignedOff(
        {domain::Date{std::chrono::year{2026}, std::chrono::April, std::chrono::day{1}},
         QStringLiteral("3")});
    const QString text = workflowErrorText(error);
    EXPECT_TRUE(text.contains(QStringLiteral("令和8年4月1日")));
    EXPECT_TRUE(text.contains(QStringLiteral("3")));
}

TEST(ReviewText, AllTextGoesThroughTheAccessAndReviewContexts) {
    std::unique_ptr<QCoreApplication> application;
    int argc = 1;
    char name[] = "messages_tests";
    char* argv[] = {name, nullptr};
    if (QCoreApplication::instance() == nullptr) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    RecordingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    for (auto problem : domain::allPasswordProblems) {
        EXPECT_TRUE(passwordProblemText(problem).startsWith(QStringLiteral("[en] ")));
    }
    for (auto problem : workflow::allAccessProblems) {
        EXPECT_TRUE(accessProblemText(problem).startsWith(QStringLiteral("[en] ")));
    }
    for (auto action : workflow::allSupervisorActions) {
        supervisorActionName(action);
    }
    for (auto kind : workflow::allFlagKinds) {
        EXPECT_TRUE(flagKindName(kind).startsWith(QStringLiteral("[en] ")));
    }
    for (auto problem : workflow::allReviewProblems) {
        EXPECT_TRUE(reviewProblemText(problem).startsWith(QStringLiteral("[en] ")));
    }
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(translator.recorded(), "jpki::messages::Access jpki::messages::Review");
}
