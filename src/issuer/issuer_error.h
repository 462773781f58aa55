#pragma once

// The closed set of failures of the issuing authority. Callers switch on the code; the context
// names the file, serial or step for logs and never holds a key, a PIN or personal data.

#include <string>
#include <string_view>

namespace jpki::issuer {

enum class IssuerErrorCode {
    InvalidRequest,   // the request cannot be issued as it is (holder items, dates, key)
    UnknownSerial,    // this authority issued no certificate of that kind with that serial
    SerialInUse,      // a certificate to record carries a serial the ledger already holds
    NotIssuedHere,    // a certificate to record was not signed by this authority's CA
    AuthorityExists,  // create() where an authority already is
    AuthorityMissing, // open() where no authority is
    MissingFile,      // the authority is incomplete: one of its files is not there
    CorruptKeyFile,   // a key or certificate file does not parse, or does not match its pair
    CorruptLedger,    // a ledger line before the last is not a well-formed, unaltered line
    StorageFailure,   // the file system refused a read, write, sync or lock
    CryptoFailure,    // OpenSSL failed on well-formed input
    Unavailable,      // the national system could not be reached (a remote implementation)
};

struct IssuerError {
    IssuerErrorCode code = IssuerErrorCode::CryptoFailure;
    std::string context;

    IssuerError() = default;
    IssuerError(IssuerErrorCode errorCode, std::string what = {})
        : code(errorCode)
        , context(std::move(what)) {}
};

// Stable identifier of a code, for logs and tests ("CorruptKeyFile").
std::string_view codeName(IssuerErrorCode code);

// One line for a log: code and context.
std::string describe(const IssuerError& error);

} // namespace jpki::issuer
