#pragma once

// What stands over the counter window while nobody is signed in or the screen is locked: the
// window's content (today's cases, an open case, the card) is hidden, and one button brings the
// sign-in back when it was put away. It follows the window's size.

#include <QFrame>

class QLabel;
class QPushButton;

namespace jpki::gui {

class LockCover : public QFrame {
    Q_OBJECT

public:
    explicit LockCover(QWidget& window);

    // Covers the window: nobody signed in.
    void coverSignedOut();
    // Covers the window: the screen is locked for `displayName`.
    void coverLockedFor(const QString& displayName);
    void uncover();

Q_SIGNALS:
    // The staff member asked for the sign-in (or unlock) dialog again.
    void signInAsked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void describe();
    void fitWindow();

    QWidget& m_window;
    QLabel* m_title = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_button = nullptr;
    QString m_lockedName; // empty: nobody is signed in
};

} // namespace jpki::gui
