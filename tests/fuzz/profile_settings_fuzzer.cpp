// The municipality profile (an INI file an IT department writes by hand): whatever it holds, the
// load gives either a whole profile or the reasons it was refused, never both and never neither.

#include "platform/profile_settings.h"
#include "scratch_file.h"

#include <QSettings>
#include <QString>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jpki::fuzz::ScratchFile scratch("municipality.ini");
    static const QString path = QString::fromStdString(scratch.path().string());
    scratch.write(std::string_view(reinterpret_cast<const char*>(data), size));
    const auto load = jpki::platform::loadMunicipalityProfile(path);
    if (load.profile.has_value() == !load.errors.isEmpty()) {
        std::abort();
    }
    // QSettings keeps a parsed file in a process-wide cache and reuses it when the file has the
    // same size and modification time (to the millisecond): most inputs would be answered from
    // the previous one's parse, and the cache's memory would outlive the input (libFuzzer then
    // runs the input again and scans for leaks). Opening the emptied file drops the cache entry.
    scratch.write({});
    const QSettings drop(path, QSettings::IniFormat);
    return 0;
}
