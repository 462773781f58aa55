#include "card/resident_registry_applet.h"

#include "card/applet_io.h"

namespace jpki::card {

Result<PinStatus> ResidentRegistryApplet::pinStatus() {
    const ChannelTransaction transaction(m_channel);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    return queryAppletPinStatus(m_channel, Applet::ResidentRegistry,
                                PinReference::ResidentRegistry);
}

} // namespace jpki::card
