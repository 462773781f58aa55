#include "counter_driver.h"

#include "issuer/local_authority.h"
#include "simulator/profiles.h"
#include "storage/password_hash.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace jpki::test {

using namespace std::chrono_literals;

namespace {

int ms(std::chrono::milliseconds duration) {
    return static_cast<int>(duration.count());
}

} // namespace

void CounterTest::TearDown() {
    if (m_window) {
        m_window->close();
    }
    m_service.reset();
    m_window.reset(); // the wizard's jobs answer to nobody once it is gone
    m_worker.reset();
    PcscTest::TearDown();
}

void CounterTest::openCounter(const std::string& profile) {
    ASSERT_TRUE(m_folder.isValid());
    const std::filesystem::path authority =
        std::filesystem::path(m_folder.filePath(QStringLiteral("authority")).toStdString());
    ASSERT_TRUE(issuer::LocalAuthority::create(authority, sim::todayInJapan()));
    const QString database = m_folder.filePath(QStringLiteral("cases.sqlite3"));
    storage::StaffId clerk{};
    {
        auto store = storage::CaseStore::open(database, storage::OpenOptions::creating());
        ASSERT_TRUE(store) << storage::describe(store.error());
        auto hash = storage::hashPassword("unused", storage::ScryptParameters{10, 8, 1});
        ASSERT_TRUE(hash);
        auto staff = store->write([&](storage::CaseWriter& writer) {
            return writer.createStaff({QStringLiteral("clerk"), QStringLiteral("窓口 花子"),
                                       storage::StaffRole::Clerk, *hash},
                                      std::nullopt,
                                      storage::fromQDateTime(QDateTime::currentDateTimeUtc()));
        });
        ASSERT_TRUE(staff) << storage::describe(staff.error());
        clerk = staff->id;
    }
    SimulatorOptions options(profile);
    options.authorityDirectory = authority;
    ASSERT_NO_FATAL_FAILURE(startStack(options));

    m_clock = std::make_unique<FixedClock>(stack().today());
    m_window = std::make_unique<gui::MainWindow>(domain::minoCityProfile(), *m_clock);
    m_service = std::make_unique<gui::CardServiceThread>(*m_clock);
    gui::CaseWorkerSettings settings;
    settings.databasePath = database;
    settings.authorityDirectory = authority;
    m_worker = std::make_unique<gui::CaseWorker>(*m_clock, settings);
    m_window->attachCardService(*m_service);
    m_window->attachCaseWorker(*m_worker, settings.engine.counter);
    m_window->setSignedIn(clerk, QStringLiteral("窓口 花子"), storage::StaffRole::Clerk);
    m_probe = std::make_unique<PanelProbe>(m_window->cardPanel());
    QSignalSpy refreshed(m_window.get(), &gui::MainWindow::listsRefreshed);
    m_window->resize(1366, 768);
    m_window->show();
    m_service->start();
    m_worker->start();
    ASSERT_TRUE(refreshed.wait(30000)) << "the case store never opened";
    ASSERT_TRUE(m_probe->waitForPhase(gui::CardPhase::CardRead, 15s))
        << "the card was not read: " << phaseName(m_probe->phase());
}

gui::CaseWizard& CounterTest::wizard() {
    gui::CaseWizard* open = m_window->caseWizard();
    EXPECT_NE(open, nullptr) << "no case is open in the window";
    return *open;
}

gui::CasePage CounterTest::page() {
    return static_cast<gui::CasePage>(wizard().currentId());
}

bool CounterTest::waitForPage(gui::CasePage wanted, std::chrono::milliseconds timeout) {
    return QTest::qWaitFor(
        [&] {
            gui::CaseWizard* open = m_window->caseWizard();
            return open != nullptr && !open->busy() &&
                   open->currentId() == static_cast<int>(wanted);
        },
        ms(timeout));
}

void CounterTest::next() {
    QAbstractButton* button = wizard().button(QWizard::NextButton);
    if (!button->isVisible()) {
        button = wizard().button(QWizard::FinishButton);
    }
    ASSERT_TRUE(button->isEnabled()) << "Next is disabled on page " << wizard().currentId();
    button->click();
}

void CounterTest::typeInto(const char* name, const QString& text) {
    auto* field = wizard().findChild<QLineEdit*>(QString::fromLatin1(name));
    ASSERT_NE(field, nullptr) << name;
    field->setText(text);
}

void CounterTest::setChecked(const char* name, bool checked) {
    auto* button = wizard().findChild<QAbstractButton*>(QString::fromLatin1(name));
    ASSERT_NE(button, nullptr) << name;
    button->setChecked(checked);
}

void CounterTest::click(const char* name) {
    auto* button = wizard().findChild<QAbstractButton*>(QString::fromLatin1(name));
    ASSERT_NE(button, nullptr) << name;
    button->click();
}

void CounterTest::tickId(const char* list, domain::IdDocumentType type) {
    auto* widget = wizard().findChild<QListWidget*>(QString::fromLatin1(list));
    ASSERT_NE(widget, nullptr) << list;
    for (int row = 0; row < widget->count(); ++row) {
        if (widget->item(row)->data(Qt::UserRole + 1).toInt() == static_cast<int>(type)) {
            widget->item(row)->setCheckState(Qt::Checked);
            return;
        }
    }
    FAIL() << "no such identity document in " << list;
}

void CounterTest::choose(const char* name, int value) {
    auto* combo = wizard().findChild<QComboBox*>(QString::fromLatin1(name));
    ASSERT_NE(combo, nullptr) << name;
    const int index = combo->findData(value);
    ASSERT_GE(index, 0) << name;
    combo->setCurrentIndex(index);
}

QString CounterTest::text(const char* name) {
    // Every page has its own message label: the current page's first.
    QWidget* current = wizard().currentPage();
    auto* label = current ? current->findChild<QLabel*>(QString::fromLatin1(name)) : nullptr;
    if (label == nullptr) {
        label = wizard().findChild<QLabel*>(QString::fromLatin1(name));
    }
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

bool CounterTest::answerPinDialog(const QString& pin) {
    // The dialog of whichever page asked: the applicant page or the operation page.
    gui::PinDialog* dialog = nullptr;
    const bool came = QTest::qWaitFor(
        [&] {
            for (gui::PinDialog* open : wizard().findChildren<gui::PinDialog*>()) {
                if (open->isVisible()) {
                    dialog = open;
                    return true;
                }
            }
            return false;
        },
        5000);
    if (!came) {
        return false;
    }
    const bool isNew = dialog->request().mode == gui::PinEntryMode::New;
    dialog->findChild<QLineEdit*>(QStringLiteral("firstEdit"))->setText(pin);
    if (isNew) {
        dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->setText(pin);
    }
    if (const QByteArray folder = qgetenv("JPKI_SCREENSHOT_DIR"); !folder.isEmpty()) {
        dialog->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/pin-dialog.png"));
    }
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled()) {
        return false;
    }
    ok->click();
    return true;
}

void CounterTest::answerReasonSoon(const QString& reason) {
    QTimer::singleShot(200, qApp, [reason] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QInputDialog*>(widget); dialog && dialog->isVisible()) {
                dialog->setTextValue(reason);
                dialog->accept();
            }
        }
    });
}

const workflow::CaseFile& CounterTest::caseFile() {
    static const workflow::CaseFile none;
    const auto& file = wizard().caseFile();
    EXPECT_TRUE(file.has_value());
    return file ? *file : none;
}

void CounterTest::screenshot(const QString& name) {
    const QByteArray folder = qgetenv("JPKI_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        return;
    }
    QTest::qWait(50);
    m_window->grab().save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name +
                          QStringLiteral(".png"));
}

} // namespace jpki::test
