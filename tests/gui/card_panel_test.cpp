// The card panel's rendering of given snapshots and states, without a card or pcscd.

#include "card_snapshots.h"
#include "gui/card_panel.h"
#include "gui/card_presentation.h"
#include "messages/card_text.h"
#include "platform/language.h"
#include "qstring_printer.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTranslator>
#include <gtest/gtest.h>

using jpki::domain::parseIsoDate;
using namespace jpki::gui;
using namespace jpki::gui::testing;
namespace card = jpki::card;

namespace {

const jpki::domain::Date kToday = parseIsoDate("2026-11-25").value();

// Rows of the tables: the signature certificate first; PINs signature, user authentication,
// card info, resident registry.
constexpr int kSignatureRow = 0;
constexpr int kAuthenticationRow = 1;
constexpr int kCardInfoRow = 2;
enum CertificateColumn { Name, State, Expires, DaysLeft, CertificateNote };
enum PinColumn { PinName, TriesLeft, PinNote };

class TranslationGuard {
public:
    ~TranslationGuard() {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::Japanese));
    }
};

class CardPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        jpki::platform::installTranslations(*qApp, jpki::platform::Language::Japanese);
    }

    QTableWidget& table(const char* name) {
        auto* found = m_panel.findChild<QTableWidget*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return *found;
    }
    QString cell(const char* tableName, int row, int column) {
        const QTableWidgetItem* item = table(tableName).item(row, column);
        return item ? item->text() : QStringLiteral("<no item>");
    }
    Emphasis emphasis(const char* tableName, int row) {
        return static_cast<Emphasis>(
            table(tableName).item(row, 0)->data(CardPanel::EmphasisRole).toInt());
    }
    QString label(const char* name) {
        const auto* found = m_panel.findChild<QLabel*>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("<no label>");
    }
    bool visible(const char* name) {
        const auto* found = m_panel.findChild<QWidget*>(QString::fromLatin1(name));
        return found && found->isVisibleTo(&m_panel);
    }
    QPushButton& readAgainButton() {
        return *m_panel.findChild<QPushButton*>(QStringLiteral("readAgainButton"));
    }

    TranslationGuard m_guard;
    CardPanel m_panel;
};

TEST_F(CardPanelTest, ShowsAHealthyCardsCertificatesAndTries) {
    m_panel.showState(cardRead(healthyCard(kToday, "2027-09-30")));

    EXPECT_EQ(label("stateLabel"), QStringLiteral("マイナンバーカードを読み取りました"));
    EXPECT_EQ(label("readerLabel"), QStringLiteral("カードリーダー: Virtual PCD 00 00"));
    EXPECT_TRUE(visible("detailsWidget"));
    EXPECT_FALSE(visible("busyBar"));
    EXPECT_TRUE(readAgainButton().isEnabled());

    ASSERT_EQ(table("certificateTable").rowCount(), 2);
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, Name),
              QStringLiteral("利用者証明用電子証明書"));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, State), QStringLiteral("有効"));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, Expires),
              QStringLiteral("令和9年9月30日"));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, DaysLeft),
              QStringLiteral("残り 309 日"));
    // R-REN-WINDOW: three months before 30 September, plus one day.
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, CertificateNote),
              QStringLiteral("令和9年7月1日から更新できます。"));
    EXPECT_EQ(emphasis("certificateTable", kAuthenticationRow), Emphasis::Normal);
    // Without the signature password the signature certificate is known to exist, no more.
    EXPECT_EQ(cell("certificateTable", kSignatureRow, Name), QStringLiteral("署名用電子証明書"));
    EXPECT_EQ(cell("certificateTable", kSignatureRow, State), QStringLiteral("発行済み"));
    EXPECT_EQ(cell("certificateTable", kSignatureRow, Expires), QStringLiteral("—"));

    ASSERT_EQ(table("pinTable").rowCount(), 4);
    EXPECT_EQ(cell("pinTable", kSignatureRow, TriesLeft), QStringLiteral("残り 5 回(上限 5 回)"));
    EXPECT_EQ(cell("pinTable", kAuthenticationRow, TriesLeft),
              QStringLiteral("残り 3 回(上限 3 回)"));
    EXPECT_EQ(cell("pinTable", kCardInfoRow, TriesLeft), QStringLiteral("残り 3 回(上限 3 回)"));
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(emphasis("pinTable", row), Emphasis::Normal) << row;
    }
}

TEST_F(CardPanelTest, ShowsABlockedSignaturePasswordInRed) {
    card::CardStatusData data = healthyCard(kToday);
    data.pins[static_cast<std::size_t>(card::PinReference::Signature)] =
        card::PinStatus::present(0, 5);
    data.pins[static_cast<std::size_t>(card::PinReference::UserAuthentication)] =
        card::PinStatus::present(2, 3);
    m_panel.showState(cardRead(std::move(data)));

    EXPECT_EQ(cell("pinTable", kSignatureRow, PinName),
              QStringLiteral("署名用電子証明書の暗証番号"));
    EXPECT_EQ(cell("pinTable", kSignatureRow, TriesLeft), QStringLiteral("ロック中(上限 5 回)"));
    EXPECT_EQ(cell("pinTable", kSignatureRow, PinNote),
              jpki::messages::cardErrorText(card::CardError(card::CardErrorCode::PinBlocked)));
    EXPECT_EQ(emphasis("pinTable", kSignatureRow), Emphasis::Alert);
    const QColor red = table("pinTable").item(kSignatureRow, TriesLeft)->foreground().color();
    EXPECT_GT(red.red(), 2 * red.green()) << red.name().toStdString();
    EXPECT_TRUE(table("pinTable").item(kSignatureRow, TriesLeft)->font().bold());
    // A try spent is worth a look, not an alarm.
    EXPECT_EQ(cell("pinTable", kAuthenticationRow, TriesLeft),
              QStringLiteral("残り 2 回(上限 3 回)"));
    EXPECT_EQ(emphasis("pinTable", kAuthenticationRow), Emphasis::Notice);
}

TEST_F(CardPanelTest, ShowsAnAbsentSignatureCertificateAsAbsentNotBlocked) {
    card::CardStatusData data = healthyCard(kToday);
    data.certificates[static_cast<std::size_t>(card::JpkiCertificate::Signature)].presence =
        card::CertificatePresence::Absent;
    data.pins[static_cast<std::size_t>(card::PinReference::Signature)] = card::PinStatus::absent(5);
    m_panel.showState(cardRead(std::move(data)));

    EXPECT_EQ(cell("certificateTable", kSignatureRow, State), QStringLiteral("発行されていません"));
    EXPECT_EQ(emphasis("certificateTable", kSignatureRow), Emphasis::Muted);
    EXPECT_EQ(cell("pinTable", kSignatureRow, TriesLeft),
              QStringLiteral("このカードには設定されていません"));
    EXPECT_EQ(emphasis("pinTable", kSignatureRow), Emphasis::Muted);
    EXPECT_FALSE(table("pinTable").item(kSignatureRow, TriesLeft)->font().bold());
}

TEST_F(CardPanelTest, HighlightsAnExpiredCertificateAndOneInsideTheRenewalWindow) {
    // R-REN-LATE: expired 20 days ago.
    m_panel.showState(cardRead(healthyCard(kToday, "2026-11-05")));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, State), QStringLiteral("有効期限切れ"));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, DaysLeft),
              QStringLiteral("20 日前に期限切れ"));
    EXPECT_EQ(emphasis("certificateTable", kAuthenticationRow), Emphasis::Alert);

    // R-REN-WINDOW: 45 days left, inside the three months.
    m_panel.showState(cardRead(healthyCard(kToday, "2027-01-09")));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, State), QStringLiteral("更新期間中"));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, DaysLeft), QStringLiteral("残り 45 日"));
    EXPECT_EQ(emphasis("certificateTable", kAuthenticationRow), Emphasis::Notice);
    const QColor ground =
        table("certificateTable").item(kAuthenticationRow, State)->background().color();
    EXPECT_NE(ground, table("certificateTable").palette().base().color());
}

TEST_F(CardPanelTest, SaysWhatToDoWhenThereIsNoCardNoReaderOrNoService) {
    CardServiceState state;
    state.phase = CardPhase::ServiceUnavailable;
    m_panel.showState(state);
    EXPECT_EQ(label("stateLabel"), QStringLiteral("スマートカードサービスが動いていません"));
    EXPECT_TRUE(label("adviceLabel").contains(QStringLiteral("pcscd")));
    EXPECT_FALSE(visible("detailsWidget"));
    EXPECT_FALSE(readAgainButton().isEnabled());

    state.phase = CardPhase::NoReader;
    m_panel.showState(state);
    EXPECT_EQ(label("adviceLabel"),
              jpki::messages::cardErrorText(card::CardError(card::CardErrorCode::NoReader)));

    state.phase = CardPhase::NoCard;
    state.readers = {"Virtual PCD 00 00"};
    m_panel.showState(state);
    EXPECT_EQ(label("stateLabel"), QStringLiteral("カードが置かれていません"));
    EXPECT_EQ(label("adviceLabel"),
              jpki::messages::cardErrorText(card::CardError(card::CardErrorCode::NoCard)));
    EXPECT_FALSE(readAgainButton().isEnabled());
}

TEST_F(CardPanelTest, IsBusyWhileReadingAndShowsTheCardsError) {
    CardServiceState state;
    state.phase = CardPhase::Reading;
    state.readers = {"Virtual PCD 00 00"};
    state.cardReader = "Virtual PCD 00 00";
    m_panel.showState(state);
    EXPECT_EQ(label("stateLabel"), QStringLiteral("カードを読み取っています…"));
    EXPECT_TRUE(visible("busyBar"));
    EXPECT_FALSE(readAgainButton().isEnabled());
    EXPECT_FALSE(visible("detailsWidget"));

    state.phase = CardPhase::ReadFailed;
    state.error = card::CardError(card::CardErrorCode::ReaderBusy);
    m_panel.showState(state);
    EXPECT_EQ(label("stateLabel"), QStringLiteral("カードを読み取れませんでした"));
    EXPECT_EQ(label("adviceLabel"), jpki::messages::cardErrorText(*state.error));
    EXPECT_FALSE(visible("busyBar"));
    EXPECT_TRUE(readAgainButton().isEnabled());

    QSignalSpy asked(&m_panel, &CardPanel::readAgainRequested);
    readAgainButton().click();
    EXPECT_EQ(asked.count(), 1);
}

TEST_F(CardPanelTest, KeepsTheLastSnapshotInViewWhileReadingAgain) {
    CardServiceState state = cardRead(healthyCard(kToday));
    state.phase = CardPhase::Reading;
    m_panel.showState(state);
    EXPECT_TRUE(visible("detailsWidget"));
    EXPECT_TRUE(visible("busyBar"));
    EXPECT_FALSE(readAgainButton().isEnabled());
}

TEST_F(CardPanelTest, ShowsEnglishWithTheEnglishTranslation) {
    ASSERT_TRUE(jpki::platform::installTranslations(*qApp, jpki::platform::Language::English));
    QCoreApplication::sendPostedEvents(); // the panel's LanguageChange, for its .ui strings
    m_panel.showState(cardRead(healthyCard(kToday, "2027-09-30")));
    EXPECT_EQ(label("stateLabel"), QStringLiteral("My Number card read"));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, State), QStringLiteral("Valid"));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, Expires),
              QStringLiteral("30 September 2027"));
    EXPECT_EQ(cell("certificateTable", kAuthenticationRow, DaysLeft),
              QStringLiteral("309 days left"));
    EXPECT_EQ(table("certificateTable").horizontalHeaderItem(Expires)->text(),
              QStringLiteral("Expires on"));
    // The column and the heading above the table share their Japanese, not their English.
    EXPECT_EQ(table("certificateTable").horizontalHeaderItem(Name)->text(),
              QStringLiteral("Certificate"));
    EXPECT_EQ(label("certificatesHeading"), QStringLiteral("Certificates"));
    EXPECT_EQ(readAgainButton().text(), QStringLiteral("&Read again"));
}

// Issue 16: in a panel taller than its content (the window beside the case list), the heading,
// the reader line and the tables stay together at the top; the room left goes below them.
TEST_F(CardPanelTest, KeepsItsLinesTogetherAtTheTopOfATallPanel) {
    m_panel.resize(700, 900);
    m_panel.show();
    for (const bool withCard : {true, false}) {
        SCOPED_TRACE(withCard ? "a card read" : "no card");
        CardServiceState state = cardRead(healthyCard(kToday, "2027-09-30"));
        if (!withCard) {
            state.phase = CardPhase::NoCard;
            state.status.reset();
        }
        m_panel.showState(state);
        QCoreApplication::processEvents();
        const auto* heading = m_panel.findChild<QLabel*>(QStringLiteral("stateLabel"));
        const auto* reader = m_panel.findChild<QLabel*>(QStringLiteral("readerLabel"));
        ASSERT_TRUE(heading && reader);
        // A label draws its text in the middle of its box: from the heading's line to the
        // reader's there is at most the advice between them, a few lines, not a band.
        const int lineHeight = reader->fontMetrics().height();
        const int apart = reader->geometry().center().y() - heading->geometry().center().y();
        EXPECT_LT(apart, 4 * lineHeight)
            << "heading " << heading->geometry().y() << "+" << heading->height() << ", reader "
            << reader->geometry().y() << "+" << reader->height();
        EXPECT_LT(reader->geometry().bottom(), m_panel.height() / 2);
    }
}

// R-REN-WINDOW and R-REN-LATE on the edges: expiry 17 August opens the window on 18 May.
TEST(RenewalStatusOnCard, FollowsTheWindowAndTheExpiryDay) {
    using jpki::domain::RenewalStatus;
    const auto expires = parseIsoDate("2026-08-17").value();
    EXPECT_EQ(renewalStatusOnCard(expires, parseIsoDate("2026-05-17").value()),
              RenewalStatus::TooEarly);
    EXPECT_EQ(renewalStatusOnCard(expires, parseIsoDate("2026-05-18").value()),
              RenewalStatus::Open);
    EXPECT_EQ(renewalStatusOnCard(expires, expires), RenewalStatus::Open);
    EXPECT_EQ(renewalStatusOnCard(expires, parseIsoDate("2026-08-18").value()),
              RenewalStatus::Expired);
}

} // namespace
