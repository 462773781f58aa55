#pragma once

// GoogleTest prints a QString as its UTF-16 code units; this prints the text.

#include <QString>
#include <ostream>

inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}
