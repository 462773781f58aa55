#include "gui/color_scheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QWidget>

namespace jpki::gui {

ColorScheme colorSchemeFromSetting(const QString& value) {
    return value == QLatin1String("dark") ? ColorScheme::Dark : ColorScheme::Desktop;
}

QPalette darkPalette() {
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x8c, 0x8c, 0x8c);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xa8));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa0, 0xff));
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

void applyColorScheme(QApplication& app, ColorScheme scheme) {
    if (scheme != ColorScheme::Dark) {
        return;
    }
    // Fusion draws every control from the palette; a platform style may keep light parts.
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

QString noticeStyle(const QWidget& widget, NoticeTone tone) {
    // Dark red, brown and green on a light window; their light tints on a dark one.
    const bool dark = widget.palette().color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case NoticeTone::Problem:
        return dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #a00000;");
    case NoticeTone::Warning:
        return dark ? QStringLiteral("color: #ffcc66;") : QStringLiteral("color: #8a5a00;");
    case NoticeTone::Good:
        return dark ? QStringLiteral("color: #80d080;") : QStringLiteral("color: #006400;");
    }
    return {};
}

} // namespace jpki::gui
