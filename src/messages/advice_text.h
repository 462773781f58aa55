#pragma once

// Text for the convenience-store reset advice (R-CONV, context "jpki::messages::Advice"):
// Japanese source strings, translated through Qt Linguist.

#include "domain/convenience_store.h"

#include <QString>

namespace jpki::messages {

// The verdict: how to do it at the kiosk, or that only the counter can help.
QString convenienceStoreSummary(const domain::ConvenienceStoreAdvice& advice);
QString convenienceStoreObstacleText(domain::ConvenienceStoreObstacle obstacle);
QString certificateStatusName(domain::CertificateStatus status);
QString otherPinStatusName(domain::OtherPinStatus status);

} // namespace jpki::messages
