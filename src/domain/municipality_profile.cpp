#include "domain/municipality_profile.h"

namespace jpki::domain {

MunicipalityProfile minoCityProfile()
{
    MunicipalityProfile profile;
    profile.name = "美濃市";
    profile.code = "212075";
    profile.counterName = "市民生活課 1番窓口";
    profile.counterPlace = "市役所1階";
    profile.registeredDomicileMunicipality = "美濃市";
    return profile;
}

} // namespace jpki::domain
