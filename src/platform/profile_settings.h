#pragma once

#include "domain/municipality_profile.h"
#include "platform/counter_settings.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace jpki::platform {

// The municipality profile read from an INI file over the shipped default (Mino City): any key
// the file names replaces the default's value, the others stay. An example is in
// docs/municipality-profile.md.
struct ProfileLoad {
    std::optional<domain::MunicipalityProfile> profile; // nothing when the file has errors
    QStringList errors;                                 // one line per problem, user language
};

// Reads `path`. A file with any error yields no profile: a half-applied profile could open the
// counter on the wrong days, so the caller must stop and show the errors.
ProfileLoad loadMunicipalityProfile(const QString& path);

// The profile the settings name (municipality.profile: --profile, a settings file, or the user's
// municipality.ini; the named file must exist), else the shipped default; with the settings'
// counter.name and counter.place over the profile's own.
ProfileLoad resolveMunicipalityProfile(const CounterSettings& settings);

} // namespace jpki::platform
