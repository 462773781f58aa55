#pragma once

// A PC/SC resource-manager context (libpcsclite), released on destruction. pcscd may stop
// when idle or be restarted: calls that find the service gone establish the context again once
// before giving up.

#include "card/result.h"

#include <string>
#include <vector>
#include <winscard.h>

namespace jpki::card {

class PcscContext {
public:
    PcscContext() = default;
    ~PcscContext();
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;

    // ServiceUnavailable when pcscd is not running.
    Result<void> establish();
    // Releases the current context (if any) and establishes a new one.
    Result<void> reestablish();
    void release();
    bool established() const { return m_established; }
    SCARDCONTEXT handle() const { return m_handle; }

    // The readers' names; empty when there is none.
    Result<std::vector<std::string>> listReaders();

    // Ends a blocking SCardGetStatusChange on this context; safe from another thread.
    void cancel() const;

private:
    Result<std::vector<std::string>> listReadersOnce(LONG& code);

    SCARDCONTEXT m_handle = 0;
    bool m_established = false;
};

} // namespace jpki::card
