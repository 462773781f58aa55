#include "card/pcsc_context.h"

#include "card/card_log.h"
#include "card/pcsc_error.h"

#include <spdlog/spdlog.h>

namespace jpki::card {

PcscContext::~PcscContext() {
    release();
}

Result<void> PcscContext::establish() {
    if (m_established) {
        return {};
    }
    SCARDCONTEXT handle = 0;
    const LONG code = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &handle);
    if (code != SCARD_S_SUCCESS) {
        return errorFromPcsc(code, "SCardEstablishContext");
    }
    m_handle = handle;
    m_established = true;
    return {};
}

Result<void> PcscContext::reestablish() {
    release();
    cardLogger()->info("establishing the PC/SC context again");
    return establish();
}

void PcscContext::release() {
    if (m_established) {
        SCardReleaseContext(m_handle);
        m_established = false;
        m_handle = 0;
    }
}

void PcscContext::cancel() const {
    if (m_established) {
        SCardCancel(m_handle);
    }
}

Result<std::vector<std::string>> PcscContext::listReadersOnce(LONG& code) {
    DWORD length = 0;
    code = SCardListReaders(m_handle, nullptr, nullptr, &length);
    if (code == SCARD_E_NO_READERS_AVAILABLE) {
        code = SCARD_S_SUCCESS;
        return std::vector<std::string>();
    }
    if (code != SCARD_S_SUCCESS) {
        return errorFromPcsc(code, "SCardListReaders");
    }
    std::string buffer(length, '\0');
    code = SCardListReaders(m_handle, nullptr, buffer.data(), &length);
    if (code == SCARD_E_NO_READERS_AVAILABLE) {
        code = SCARD_S_SUCCESS;
        return std::vector<std::string>();
    }
    if (code != SCARD_S_SUCCESS) {
        return errorFromPcsc(code, "SCardListReaders");
    }
    // A multi-string: names separated by NUL, ended by an empty name.
    std::vector<std::string> readers;
    std::size_t at = 0;
    buffer.resize(std::min<std::size_t>(buffer.size(), length));
    while (at < buffer.size() && buffer[at] != '\0') {
        const std::size_t end = buffer.find('\0', at);
        const std::size_t stop = end == std::string::npos ? buffer.size() : end;
        readers.emplace_back(buffer, at, stop - at);
        at = stop + 1;
    }
    return readers;
}

Result<std::vector<std::string>> PcscContext::listReaders() {
    Result<void> ready = establish();
    if (!ready) {
        return ready.error();
    }
    LONG code = SCARD_S_SUCCESS;
    Result<std::vector<std::string>> readers = listReadersOnce(code);
    if (readers || !meansServiceGone(code)) {
        return readers;
    }
    ready = reestablish();
    if (!ready) {
        return ready.error();
    }
    return listReadersOnce(code);
}

} // namespace jpki::card
