// libjpki_loopback_bind.so: loaded into pcscd (LD_PRELOAD) by the project's own runs, so that the
// virtual card's reader listens on the loopback interface only.
//
// Debian's vpcd driver (vsmartcard-vpcd, /etc/reader.conf.d/vpcd: DEVICENAME /dev/null:0x8C7B)
// listens for the card on every interface (INADDR_ANY), so any machine on the network could put
// a card in the counter's reader. Its other mode (DEVICENAME HOST:PORT, vpcd connecting out to a
// listening card) aborts pcscd in Debian 12's build as soon as the card reconnects (it hands the
// absent server socket, -1, to FD_SET). So the address is narrowed where it is bound: a bind to
// the IPv4 or IPv6 wildcard address becomes a bind to the loopback address; every other bind is
// left alone (pcscd's own UNIX socket among them).

#include <arpa/inet.h>
#include <cstring>
#include <dlfcn.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace {

using BindFunction = int (*)(int, const sockaddr*, socklen_t);

BindFunction systemBind() {
    static const auto next = reinterpret_cast<BindFunction>(::dlsym(RTLD_NEXT, "bind"));
    return next;
}

} // namespace

extern "C" int bind(int descriptor, const sockaddr* address, socklen_t length) {
    const BindFunction next = systemBind();
    if (next == nullptr) {
        return -1;
    }
    if (address != nullptr && address->sa_family == AF_INET && length >= sizeof(sockaddr_in)) {
        sockaddr_in narrowed{};
        std::memcpy(&narrowed, address, sizeof narrowed);
        if (narrowed.sin_addr.s_addr == htonl(INADDR_ANY)) {
            narrowed.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            return next(descriptor, reinterpret_cast<const sockaddr*>(&narrowed), sizeof narrowed);
        }
    }
    if (address != nullptr && address->sa_family == AF_INET6 && length >= sizeof(sockaddr_in6)) {
        sockaddr_in6 narrowed{};
        std::memcpy(&narrowed, address, sizeof narrowed);
        if (std::memcmp(&narrowed.sin6_addr, &in6addr_any, sizeof in6addr_any) == 0) {
            narrowed.sin6_addr = in6addr_loopback;
            return next(descriptor, reinterpret_cast<const sockaddr*>(&narrowed), sizeof narrowed);
        }
    }
    return next(descriptor, address, length);
}
