#include "card/reader_diagnostics.h"

#include "card/card_channel.h"
#include "card/commands.h"
#include "card/hex.h"
#include "card/pcsc_channel.h"
#include "card/pcsc_context.h"
#include "card/pcsc_error.h"

#include <algorithm>
#include <array>
#include <reader.h>
#include <winscard.h>

namespace jpki::card {

namespace {

constexpr std::array<Applet, 3> kApplets{Applet::Jpki, Applet::CardInfo, Applet::ResidentRegistry};

std::vector<std::string> stateNames(DWORD state) {
    static constexpr std::array<std::pair<DWORD, const char*>, 7> kNames{{
        {SCARD_STATE_PRESENT, "present"},
        {SCARD_STATE_EMPTY, "empty"},
        {SCARD_STATE_INUSE, "in-use"},
        {SCARD_STATE_EXCLUSIVE, "exclusive"},
        {SCARD_STATE_MUTE, "mute"},
        {SCARD_STATE_UNPOWERED, "unpowered"},
        {SCARD_STATE_UNAVAILABLE, "unavailable"},
    }};
    std::vector<std::string> names;
    for (const auto& [flag, name] : kNames) {
        if ((state & flag) != 0) {
            names.emplace_back(name);
        }
    }
    return names;
}

// pcscd's view of the reader, without connecting: state flags and the ATR.
void readState(const PcscContext& context, ReaderFacts& reader) {
    SCARD_READERSTATE state{};
    state.szReader = reader.name.c_str();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    if (SCardGetStatusChange(context.handle(), 0, &state, 1) != SCARD_S_SUCCESS) {
        return;
    }
    reader.states = stateNames(state.dwEventState);
    if ((state.dwEventState & SCARD_STATE_PRESENT) != 0) {
        reader.atr.assign(state.rgbAtr, state.rgbAtr + std::min<DWORD>(state.cbAtr, MAX_ATR_SIZE));
    }
}

// A connection in direct mode: it reaches the reader with or without a card, and shares it.
class DirectConnection {
public:
    DirectConnection(const PcscContext& context, const std::string& reader) {
        DWORD protocol = 0;
        m_code = SCardConnect(context.handle(), reader.c_str(), SCARD_SHARE_DIRECT, 0, &m_handle,
                              &protocol);
    }
    ~DirectConnection() {
        if (m_code == SCARD_S_SUCCESS) {
            SCardDisconnect(m_handle, SCARD_LEAVE_CARD);
        }
    }
    DirectConnection(const DirectConnection&) = delete;
    DirectConnection& operator=(const DirectConnection&) = delete;

    LONG code() const { return m_code; }

    Result<Bytes> control(DWORD controlCode) const {
        Bytes answer(MAX_BUFFER_SIZE);
        DWORD length = 0;
        const LONG code = SCardControl(m_handle, controlCode, nullptr, 0, answer.data(),
                                       static_cast<DWORD>(answer.size()), &length);
        if (code != SCARD_S_SUCCESS) {
            return errorFromPcsc(code, "SCardControl");
        }
        answer.resize(std::min<std::size_t>(length, answer.size()));
        return answer;
    }

    std::optional<std::uint32_t> littleEndianAttribute(DWORD id) const {
        std::array<BYTE, 8> value{};
        DWORD length = value.size();
        if (SCardGetAttrib(m_handle, id, value.data(), &length) != SCARD_S_SUCCESS || length == 0 ||
            length > 4) {
            return std::nullopt;
        }
        return littleEndian(std::span(value.data(), length));
    }

    static std::uint32_t littleEndian(std::span<const std::uint8_t> bytes) {
        std::uint32_t value = 0;
        for (std::size_t i = bytes.size(); i > 0; --i) {
            value = (value << 8) | bytes[i - 1];
        }
        return value;
    }

private:
    SCARDHANDLE m_handle = 0;
    LONG m_code = SCARD_S_SUCCESS;
};

// The feature list: tag, length 4, the feature's control code big-endian (PC/SC part 10 2.2).
struct Feature {
    std::uint8_t tag = 0;
    DWORD controlCode = 0;
};

std::vector<Feature> parseFeatures(const Bytes& list) {
    std::vector<Feature> features;
    for (std::size_t at = 0; at + 2 <= list.size();) {
        const std::uint8_t length = list[at + 1];
        if (at + 2 + length > list.size()) {
            break;
        }
        DWORD code = 0;
        for (std::size_t i = 0; i < length; ++i) {
            code = (code << 8) | list[at + 2 + i];
        }
        features.push_back({list[at], code});
        at += 2 + length;
    }
    return features;
}

// dwMaxAPDUDataSize among the TLV properties (tag, length, value little-endian).
std::optional<std::uint32_t> largestApduProperty(const Bytes& properties) {
    for (std::size_t at = 0; at + 2 <= properties.size();) {
        const std::uint8_t tag = properties[at];
        const std::uint8_t length = properties[at + 1];
        if (at + 2 + length > properties.size()) {
            break;
        }
        if (tag == PCSCv2_PART10_PROPERTY_dwMaxAPDUDataSize && length <= 4) {
            return DirectConnection::littleEndian(std::span(properties).subspan(at + 2, length));
        }
        at += 2 + length;
    }
    return std::nullopt;
}

void readFeatures(const PcscContext& context, ReaderFacts& reader) {
    const DirectConnection connection(context, reader.name);
    if (connection.code() != SCARD_S_SUCCESS) {
        reader.featureFailure = errorFromPcsc(connection.code(), "SCardConnect (direct)");
        return;
    }
    auto list = connection.control(CM_IOCTL_GET_FEATURE_REQUEST);
    if (!list) {
        reader.featureFailure = list.error();
    } else {
        const std::vector<Feature> features = parseFeatures(*list);
        reader.features.emplace();
        for (const Feature& feature : features) {
            reader.features->push_back(feature.tag);
            if (feature.tag != FEATURE_GET_TLV_PROPERTIES) {
                continue;
            }
            if (auto properties = connection.control(feature.controlCode)) {
                reader.largestApdu = largestApduProperty(*properties);
            }
        }
    }
    if (!reader.largestApdu) {
        reader.largestApdu = connection.littleEndianAttribute(SCARD_ATTR_MAXINPUT);
    }
}

// SELECT by AID, status word only: nothing of the applet is read.
void selectApplets(PcscContext& context, ReaderFacts& reader) {
    auto channel = PcscChannel::connect(context, reader.name);
    if (!channel) {
        reader.connectFailure = channel.error();
        return;
    }
    reader.protocol = (*channel)->protocol() == SCARD_PROTOCOL_T1 ? 1 : 0;
    if (reader.atr.empty()) {
        reader.atr = (*channel)->atr();
    }
    const ChannelTransaction transaction(**channel);
    for (const Applet applet : kApplets) {
        AppletAnswer answer{.applet = applet, .statusWord = {}, .failure = {}};
        if (auto response = (*channel)->transmit(commands::selectApplet(aidOf(applet)))) {
            answer.statusWord = response->sw;
        } else {
            answer.failure = response.error();
        }
        reader.applets.push_back(std::move(answer));
    }
}

} // namespace

std::optional<bool> ReaderFacts::hasPinPad() const {
    if (!features) {
        return std::nullopt;
    }
    return std::any_of(features->begin(), features->end(), [](std::uint8_t tag) {
        return tag == FEATURE_VERIFY_PIN_DIRECT || tag == FEATURE_VERIFY_PIN_START ||
               tag == FEATURE_MODIFY_PIN_DIRECT || tag == FEATURE_MODIFY_PIN_START;
    });
}

PcscFacts collectPcscFacts() {
    PcscFacts facts;
    PcscContext context;
    if (auto established = context.establish(); !established) {
        facts.serviceFailure = established.error();
        return facts;
    }
    auto names = context.listReaders();
    if (!names) {
        facts.listFailure = names.error();
        return facts;
    }
    for (const std::string& name : *names) {
        ReaderFacts reader;
        reader.name = name;
        readState(context, reader);
        readFeatures(context, reader);
        if (std::find(reader.states.begin(), reader.states.end(), "present") !=
            reader.states.end()) {
            selectApplets(context, reader);
        }
        facts.readers.push_back(std::move(reader));
    }
    return facts;
}

std::string featureName(std::uint8_t tag) {
    switch (tag) {
    case FEATURE_VERIFY_PIN_START:
        return "VERIFY_PIN_START";
    case FEATURE_VERIFY_PIN_FINISH:
        return "VERIFY_PIN_FINISH";
    case FEATURE_MODIFY_PIN_START:
        return "MODIFY_PIN_START";
    case FEATURE_MODIFY_PIN_FINISH:
        return "MODIFY_PIN_FINISH";
    case FEATURE_GET_KEY_PRESSED:
        return "GET_KEY_PRESSED";
    case FEATURE_VERIFY_PIN_DIRECT:
        return "VERIFY_PIN_DIRECT";
    case FEATURE_MODIFY_PIN_DIRECT:
        return "MODIFY_PIN_DIRECT";
    case FEATURE_MCT_READER_DIRECT:
        return "MCT_READER_DIRECT";
    case FEATURE_MCT_UNIVERSAL:
        return "MCT_UNIVERSAL";
    case FEATURE_IFD_PIN_PROPERTIES:
        return "IFD_PIN_PROPERTIES";
    case FEATURE_ABORT:
        return "ABORT";
    case FEATURE_SET_SPE_MESSAGE:
        return "SET_SPE_MESSAGE";
    case FEATURE_VERIFY_PIN_DIRECT_APP_ID:
        return "VERIFY_PIN_DIRECT_APP_ID";
    case FEATURE_MODIFY_PIN_DIRECT_APP_ID:
        return "MODIFY_PIN_DIRECT_APP_ID";
    case FEATURE_WRITE_DISPLAY:
        return "WRITE_DISPLAY";
    case FEATURE_GET_KEY:
        return "GET_KEY";
    case FEATURE_IFD_DISPLAY_PROPERTIES:
        return "IFD_DISPLAY_PROPERTIES";
    case FEATURE_GET_TLV_PROPERTIES:
        return "GET_TLV_PROPERTIES";
    case FEATURE_CCID_ESC_COMMAND:
        return "CCID_ESC_COMMAND";
    case FEATURE_EXECUTE_PACE:
        return "EXECUTE_PACE";
    default:
        return "0x" + toHex(std::span(&tag, 1));
    }
}

} // namespace jpki::card
