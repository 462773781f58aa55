// The municipality profile (an INI file an IT department writes by hand): whatever it holds, the
// load gives either a whole profile or the reasons it was refused, never both and never neither.

#include "platform/profile_settings.h"
#include "scratch_file.h"

#include <QString>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jpki::fuzz::ScratchFile scratch("municipality.ini");
    const std::filesystem::path& file = scratch.path();
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    const auto load =
        jpki::platform::loadMunicipalityProfile(QString::fromStdString(file.string()));
    if (load.profile.has_value() == !load.errors.isEmpty()) {
        std::abort();
    }
    return 0;
}
