#pragma once

// What the supervisor reads of one case beside its events: the documents seen, the card as the
// case checked it, and what the case left on it. Text only; the workflow decided all of it.

#include "gui/review_jobs.h"

#include <QString>

namespace jpki::gui {

QString reviewCaseDetail(const CaseEventsLoad& load);

} // namespace jpki::gui
