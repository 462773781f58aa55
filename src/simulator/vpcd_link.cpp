#include "simulator/vpcd_link.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

namespace jpki::sim {

namespace {

constexpr int reconnectDelayMs = 100;

void setOption(int socket, int level, int option) {
    const int on = 1;
    ::setsockopt(socket, level, option, &on, sizeof on);
}

} // namespace

Bytes frameMessage(ByteView body) {
    Bytes framed;
    framed.reserve(body.size() + 2);
    framed.push_back(static_cast<std::uint8_t>(body.size() >> 8));
    framed.push_back(static_cast<std::uint8_t>(body.size() & 0xFF));
    framed.insert(framed.end(), body.begin(), body.end());
    return framed;
}

VpcdLink::VpcdLink(VirtualCard& card, VpcdOptions options, int stopDescriptor)
    : m_card(card)
    , m_options(std::move(options))
    , m_stopDescriptor(stopDescriptor) {}

LinkOutcome VpcdLink::run() {
    bool waitingLogged = false;
    while (true) {
        const int socket = connectOnce();
        if (socket < 0) {
            if (!waitingLogged) {
                spdlog::info("waiting for the vpcd reader at {}:{}", m_options.host,
                             m_options.port);
                waitingLogged = true;
            }
            if (waitForStop(reconnectDelayMs) == Wait::Stop) {
                return LinkOutcome::Stopped;
            }
            continue;
        }
        spdlog::info("card inserted: connected to the vpcd reader at {}:{}", m_options.host,
                     m_options.port);
        waitingLogged = false;
        const ConnectionEnd end = serve(socket);
        ::close(socket);
        m_card.powerOff();
        switch (end) {
        case ConnectionEnd::Stopped:
            spdlog::info("card removed: stopping");
            return LinkOutcome::Stopped;
        case ConnectionEnd::Vanished:
            spdlog::info("card pulled out after {} APDUs", m_apdusAnswered);
            return LinkOutcome::Vanished;
        case ConnectionEnd::Cut:
            spdlog::info("the reader cut the connection; reconnecting");
            break;
        }
        if (waitForStop(reconnectDelayMs) == Wait::Stop) {
            return LinkOutcome::Stopped;
        }
    }
}

int VpcdLink::connectOnce() {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo* addresses = nullptr;
    const std::string port = std::to_string(m_options.port);
    if (::getaddrinfo(m_options.host.c_str(), port.c_str(), &hints, &addresses) != 0) {
        return -1;
    }
    int connected = -1;
    for (addrinfo* address = addresses; address && connected < 0; address = address->ai_next) {
        const int socket =
            ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (socket < 0) {
            continue;
        }
        if (::connect(socket, address->ai_addr, address->ai_addrlen) == 0) {
            connected = socket;
        } else {
            ::close(socket);
        }
    }
    ::freeaddrinfo(addresses);
    if (connected >= 0) {
        // Each response goes out in one write: no reason to let Nagle hold it back.
        setOption(connected, IPPROTO_TCP, TCP_NODELAY);
    }
    return connected;
}

VpcdLink::ConnectionEnd VpcdLink::serve(int socket) {
    Bytes body;
    while (true) {
        std::uint8_t header[2];
        bool stopAsked = false;
        if (!receiveExact(socket, header, sizeof header, stopAsked)) {
            return stopAsked ? ConnectionEnd::Stopped : ConnectionEnd::Cut;
        }
        body.resize(static_cast<std::size_t>(header[0] << 8 | header[1]));
        if (!body.empty() && !receiveExact(socket, body.data(), body.size(), stopAsked)) {
            return stopAsked ? ConnectionEnd::Stopped : ConnectionEnd::Cut;
        }
        if (body.size() == 1) {
            switch (body[0]) {
            case vpcd_control::powerOff:
                m_card.powerOff();
                break;
            case vpcd_control::powerOn:
                m_card.powerOn();
                break;
            case vpcd_control::reset:
                m_card.reset();
                break;
            case vpcd_control::sendAtr:
                if (!sendFramed(socket, VirtualCard::answerToReset())) {
                    return ConnectionEnd::Cut;
                }
                break;
            default:
                spdlog::warn("unknown vpcd control byte {:02X} ignored", body[0]);
            }
            continue;
        }
        if (body.empty()) {
            continue;
        }
        const Bytes response = m_card.transmit(body);
        if (!sendFramed(socket, response)) {
            return ConnectionEnd::Cut;
        }
        ++m_apdusAnswered;
        if (m_options.vanishAfterApdus && m_apdusAnswered >= *m_options.vanishAfterApdus) {
            return ConnectionEnd::Vanished;
        }
    }
}

bool VpcdLink::receiveExact(int socket, std::uint8_t* buffer, std::size_t size, bool& stopAsked) {
    std::size_t received = 0;
    while (received < size) {
        pollfd watched[2] = {{socket, POLLIN, 0}, {m_stopDescriptor, POLLIN, 0}};
        if (::poll(watched, 2, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        if (watched[1].revents & POLLIN) {
            stopAsked = true;
            return false;
        }
        // Linux clears TCP_QUICKACK after a while; without it again before every receive,
        // delayed acknowledgements add about 40 ms to each exchange with the reader.
        setOption(socket, IPPROTO_TCP, TCP_QUICKACK);
        const ssize_t count = ::recv(socket, buffer + received, size - received, 0);
        if (count == 0) {
            return false;
        }
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            spdlog::debug("receive failed: {}", std::strerror(errno));
            return false;
        }
        received += static_cast<std::size_t>(count);
    }
    return true;
}

bool VpcdLink::sendFramed(int socket, ByteView body) {
    const Bytes framed = frameMessage(body);
    std::size_t sent = 0;
    while (sent < framed.size()) {
        const ssize_t count =
            ::send(socket, framed.data() + sent, framed.size() - sent, MSG_NOSIGNAL);
        if (count < 0) {
            if (errno == EINTR) {
                continue;
            }
            spdlog::debug("send failed: {}", std::strerror(errno));
            return false;
        }
        sent += static_cast<std::size_t>(count);
    }
    return true;
}

VpcdLink::Wait VpcdLink::waitForStop(int timeoutMs) {
    pollfd watched{m_stopDescriptor, POLLIN, 0};
    const int ready = ::poll(&watched, 1, timeoutMs);
    return ready > 0 && (watched.revents & POLLIN) ? Wait::Stop : Wait::Ready;
}

} // namespace jpki::sim
