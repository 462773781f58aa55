#pragma once

// The window's colours: the desktop's own (the default), or a dark palette on the Fusion style
// for counters whose IT department sets the screens dark (setting `display.color_scheme = dark`
// in the counter's settings, docs/deployment.md).

class QApplication;
class QPalette;
class QString;
class QWidget;

namespace jpki::gui {

enum class ColorScheme {
    Desktop, // the platform's style and palette
    Dark,    // Fusion with darkPalette(), whatever the desktop says
};

// The setting's value as the counter settings checked it: "dark" chooses Dark; "desktop" or no
// value, the desktop's.
ColorScheme colorSchemeFromSetting(const QString& value);
// Light text on dark grey; every colour pair keeps a contrast of at least 4.5:1.
QPalette darkPalette();
void applyColorScheme(QApplication& app, ColorScheme scheme);

// What a coloured message says; its colour follows the widget's palette, so that the text stays
// readable on a light and on a dark window.
enum class NoticeTone {
    Problem, // red: what stops the clerk
    Warning, // brown or amber: what the clerk should know
    Good,    // green: all there
};
// A style sheet colouring `widget`'s text for `tone`.
QString noticeStyle(const QWidget& widget, NoticeTone tone);

} // namespace jpki::gui
