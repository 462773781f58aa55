#include "card/card_info_applet.h"

#include "card/applet_io.h"
#include "card/commands.h"
#include "card/four_items.h"

namespace jpki::card {

Result<PinStatus> CardInfoApplet::pinStatus() {
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    return queryAppletPinStatus(m_channel, Applet::CardInfo, PinReference::CardInfo);
}

Result<void> CardInfoApplet::verifyPin(std::span<const std::uint8_t> value) {
    if (Result<void> length = checkPinLength(value); !length) {
        return length;
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    Result<void> selected = selectApplet(m_channel, Applet::CardInfo);
    if (!selected) {
        return selected;
    }
    return card::verifyPin(m_channel, PinReference::CardInfo, value);
}

Result<BasicInfo> CardInfoApplet::readBasicInfo(std::span<const std::uint8_t> pinValue) {
    if (Result<void> length = checkPinLength(pinValue); !length) {
        return length.error();
    }
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    Result<void> step = selectApplet(m_channel, Applet::CardInfo);
    if (step) {
        step = card::verifyPin(m_channel, PinReference::CardInfo, pinValue);
    }
    if (step) {
        step = selectFile(m_channel, card_info_ef::kBasicInfo);
    }
    if (!step) {
        return step.error();
    }
    // The first bytes give the template's length; the file may be shorter than the probe.
    Result<ResponseApdu> first = m_channel.transmit(commands::readBinary(0, kFourItemsProbeLength));
    if (!first) {
        return first.error();
    }
    if (first->sw != 0x9000 && first->sw != 0x6282) {
        return errorFromStatusWord(first->sw, "READ BINARY four items");
    }
    Bytes record = std::move(first->data);
    if (record.size() > kFourItemsProbeLength) {
        return CardError(CardErrorCode::MalformedResponse, "READ BINARY answered too much");
    }
    Result<std::size_t> total = fourItemsRecordLength(record);
    if (!total) {
        return total.error();
    }
    if (*total > commands::kMaxBinaryOffset) {
        return CardError(CardErrorCode::MalformedResponse, "four items: implausible length");
    }
    if (record.size() > *total) {
        record.resize(*total);
    } else if (record.size() < *total) {
        Result<Bytes> rest = readBinary(m_channel, static_cast<std::uint16_t>(record.size()),
                                        *total - record.size());
        if (!rest) {
            return rest.error();
        }
        record.insert(record.end(), rest->begin(), rest->end());
    }
    return parseFourItems(record);
}

} // namespace jpki::card
