#include "pcsc_namespace.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace jpki::test {

namespace {

constexpr const char* pcscdRuntimeDirectory = "/run/pcscd";

PcscIsolation& isolation() {
    static PcscIsolation state{false, "the private PC/SC namespace was never set up"};
    return state;
}

PcscIsolation failure(const std::string& step) {
    return PcscIsolation{false, step + " failed: " + std::strerror(errno) +
                                    " (the PC/SC integration tests need root in a machine or "
                                    "container that allows mount namespaces)"};
}

PcscIsolation setUp() {
    if (::geteuid() != 0) {
        return PcscIsolation{false, "not root: the PC/SC integration tests mount a private "
                                    "/run/pcscd and need root (or CAP_SYS_ADMIN)"};
    }
    std::error_code error;
    // On a fresh machine the directory does not exist yet; it is only the mount point.
    std::filesystem::create_directories(pcscdRuntimeDirectory, error);
    if (error) {
        errno = error.value();
        return failure(std::string("creating ") + pcscdRuntimeDirectory);
    }
    if (::unshare(CLONE_NEWNS) != 0) {
        return failure("unshare(CLONE_NEWNS)");
    }
    // Without this, mounts below would propagate back to the machine's namespace.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        return failure("making / private");
    }
    if (::mount("tmpfs", pcscdRuntimeDirectory, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
                "mode=0755") != 0) {
        return failure(std::string("mounting a tmpfs on ") + pcscdRuntimeDirectory);
    }
    return PcscIsolation{true, {}};
}

} // namespace

PcscIsolation enterPrivatePcscNamespace() {
    isolation() = setUp();
    return isolation();
}

const PcscIsolation& pcscIsolation() {
    return isolation();
}

} // namespace jpki::test
