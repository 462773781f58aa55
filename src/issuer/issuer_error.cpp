#include "issuer/issuer_error.h"

namespace jpki::issuer {

std::string_view codeName(IssuerErrorCode code) {
    switch (code) {
    case IssuerErrorCode::InvalidRequest:
        return "InvalidRequest";
    case IssuerErrorCode::UnknownSerial:
        return "UnknownSerial";
    case IssuerErrorCode::SerialInUse:
        return "SerialInUse";
    case IssuerErrorCode::NotIssuedHere:
        return "NotIssuedHere";
    case IssuerErrorCode::AuthorityExists:
        return "AuthorityExists";
    case IssuerErrorCode::AuthorityMissing:
        return "AuthorityMissing";
    case IssuerErrorCode::MissingFile:
        return "MissingFile";
    case IssuerErrorCode::CorruptKeyFile:
        return "CorruptKeyFile";
    case IssuerErrorCode::CorruptLedger:
        return "CorruptLedger";
    case IssuerErrorCode::StorageFailure:
        return "StorageFailure";
    case IssuerErrorCode::CryptoFailure:
        return "CryptoFailure";
    case IssuerErrorCode::Unavailable:
        return "Unavailable";
    }
    return "Unknown";
}

std::string describe(const IssuerError& error) {
    std::string line(codeName(error.code));
    if (!error.context.empty()) {
        line += ": " + error.context;
    }
    return line;
}

} // namespace jpki::issuer
