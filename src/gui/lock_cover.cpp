#include "gui/lock_cover.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jpki::gui {

LockCover::LockCover(QWidget& window)
    : QFrame(&window)
    , m_window(window) {
    setObjectName(QStringLiteral("lockCover"));
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("lockTitleLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold;"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("lockDetailLabel"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("lockSignInButton"));
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_button, &QPushButton::clicked, this, &LockCover::signInAsked);
    m_window.installEventFilter(this);
    hide();
    describe();
}

void LockCover::describe() {
    if (m_lockedName.isEmpty()) {
        //: en: Nobody is signed in
        m_title->setText(tr("サインインしていません"));
        //: en: Sign in with your login name and password to use the counter.
        m_detail->setText(
            tr("窓口業務を行うには、ログイン名とパスワードでサインインしてください。"));
        //: en: &Sign in…
        m_button->setText(tr("サインイン(&S)…"));
        //: en: Opens the sign-in again
        m_button->setAccessibleDescription(tr("サインインの画面をもう一度開きます"));
    } else {
        //: en: The screen is locked
        m_title->setText(tr("画面がロックされています"));
        //: en: Locked for %1. %1 or a supervisor can unlock it.
        m_detail->setText(
            tr("%1さんの画面です。本人または責任者がロックを解除できます。").arg(m_lockedName));
        //: en: &Unlock…
        m_button->setText(tr("ロック解除(&U)…"));
        //: en: Opens the unlock again
        m_button->setAccessibleDescription(tr("ロック解除の画面をもう一度開きます"));
    }
}

void LockCover::coverSignedOut() {
    m_lockedName.clear();
    describe();
    fitWindow();
}

void LockCover::coverLockedFor(const QString& displayName) {
    m_lockedName = displayName;
    describe();
    fitWindow();
}

void LockCover::uncover() {
    hide();
}

void LockCover::fitWindow() {
    setGeometry(m_window.rect());
    show();
    raise();
    // Keys typed meanwhile must not reach a field of the window under the cover.
    m_button->setFocus();
}

bool LockCover::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_window && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(m_window.rect());
    }
    return QFrame::eventFilter(watched, event);
}

void LockCover::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        describe();
    }
    QFrame::changeEvent(event);
}

} // namespace jpki::gui
