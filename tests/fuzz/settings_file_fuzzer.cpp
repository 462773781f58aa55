// A counter's settings file (written by hand by an IT department, or by a user): whatever it
// holds, reading it never fails as a whole, every problem names a line the file has (or 0 for the
// whole file), and every value it sets names that file and one of its lines.

#include "platform/counter_settings.h"
#include "scratch_file.h"

#include <QString>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const jpki::fuzz::ScratchFile scratch("jpki-counter.conf");
    static const QString path = QString::fromStdString(scratch.path().string());
    static const QString folder = QString::fromStdString(scratch.path().parent_path().string());
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    scratch.write(content);
    const auto settings = jpki::platform::CounterSettings::read({folder, {}, {}});
    const int lines = int(std::count(content.begin(), content.end(), '\n')) + 1;
    for (const auto& problem : settings.problems()) {
        if (problem.file != path || problem.line < 0 || problem.line > lines ||
            problem.message.isEmpty()) {
            std::abort();
        }
    }
    for (const QString& key : jpki::platform::settingKeys()) {
        const auto value = settings.value(key);
        if (value && (value->file != path || value->line < 1 || value->line > lines ||
                      value->value.isEmpty())) {
            std::abort();
        }
    }
    return 0;
}
