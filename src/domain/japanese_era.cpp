#include "domain/japanese_era.h"

namespace jpki::domain {

using namespace std::chrono;

std::optional<EraYear> japaneseEraOf(const Date& date) {
    struct EraStart {
        JapaneseEra era;
        Date firstDay;
    };
    // Newest first.
    static constexpr EraStart eras[] = {
        {JapaneseEra::Reiwa, Date{year{2019}, May, day{1}}},
        {JapaneseEra::Heisei, Date{year{1989}, January, day{8}}},
        {JapaneseEra::Showa, Date{year{1926}, December, day{25}}},
        {JapaneseEra::Taisho, Date{year{1912}, July, day{30}}},
    };
    for (const EraStart& start : eras) {
        if (date >= start.firstDay) {
            return EraYear{start.era, static_cast<int>(date.year()) -
                                          static_cast<int>(start.firstDay.year()) + 1};
        }
    }
    return std::nullopt;
}

} // namespace jpki::domain
