#pragma once

// The counter's procedures and the ways they are requested (architecture: procedures and paths).
// The string ids are stable: they appear in case records, settings and the command line.

#include <array>
#include <optional>
#include <string_view>

namespace jpki::domain {

enum class Procedure {
    Renewal,     // 電子証明書の更新
    PinReset,    // 暗証番号の再設定 (forgotten PIN)
    LockRelease, // ロック解除 (blocked PIN)
};

enum class RequestPath {
    Self,           // 本人
    LegalProxy,     // 法定代理人
    VoluntaryProxy, // 任意代理人
};

inline constexpr std::array allProcedures{Procedure::Renewal, Procedure::PinReset,
                                          Procedure::LockRelease};
inline constexpr std::array allRequestPaths{RequestPath::Self, RequestPath::LegalProxy,
                                            RequestPath::VoluntaryProxy};

constexpr std::string_view procedureId(Procedure procedure) {
    switch (procedure) {
    case Procedure::Renewal:
        return "renewal";
    case Procedure::PinReset:
        return "pin-reset";
    case Procedure::LockRelease:
        return "lock-release";
    }
    return {};
}

constexpr std::string_view requestPathId(RequestPath path) {
    switch (path) {
    case RequestPath::Self:
        return "self";
    case RequestPath::LegalProxy:
        return "legal-proxy";
    case RequestPath::VoluntaryProxy:
        return "voluntary-proxy";
    }
    return {};
}

// Exact, case-sensitive match of a stable id.
constexpr std::optional<Procedure> parseProcedure(std::string_view id) {
    for (Procedure procedure : allProcedures) {
        if (procedureId(procedure) == id) {
            return procedure;
        }
    }
    return std::nullopt;
}

constexpr std::optional<RequestPath> parseRequestPath(std::string_view id) {
    for (RequestPath path : allRequestPaths) {
        if (requestPathId(path) == id) {
            return path;
        }
    }
    return std::nullopt;
}

// R-PIN-RESET: PIN reset and lock release are the same counter work (initialise the PIN and set
// a new one) and need the same documents; only the record of why differs.
constexpr bool isPinReinitialisation(Procedure procedure) {
    return procedure == Procedure::PinReset || procedure == Procedure::LockRelease;
}

} // namespace jpki::domain
