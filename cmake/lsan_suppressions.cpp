// Compiled into every executable of a tree built with AddressSanitizer (cmake/BuildOptions.cmake):
// LeakSanitizer's built-in suppressions. libdbus keeps one buffer to the end of the process when
// Qt's accessibility bridge talks to the session bus, which only a real display (xcb) has; it is
// not ours, and without this every sanitized program run on a desktop would end with exit 1.

extern "C" const char* __lsan_default_suppressions() {
    return "leak:libdbus-1.so\n";
}
