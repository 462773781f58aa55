#pragma once

// The window's colours: the desktop's own (the default), or a dark palette on the Fusion style
// for counters whose IT department sets the screens dark (setting `display/colorScheme=dark`).

class QApplication;
class QPalette;
class QSettings;

namespace jpki::gui {

enum class ColorScheme {
    Desktop, // the platform's style and palette
    Dark,    // Fusion with darkPalette(), whatever the desktop says
};

// `display/colorScheme`: "dark" chooses Dark; anything else, or nothing, the desktop's.
ColorScheme colorSchemeFromSettings(const QSettings& settings);
// Light text on dark grey; every colour pair keeps a contrast of at least 4.5:1.
QPalette darkPalette();
void applyColorScheme(QApplication& app, ColorScheme scheme);

} // namespace jpki::gui
