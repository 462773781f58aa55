#pragma once

// The limits of what a field takes, from the one home of each rule: a one-line field for stored
// free text takes no more characters than the workflow may store (R-DATA-TEXT, checked there
// again), and a date field only dates the program accepts (R-DATA-DATES), in the office's form.

#include "domain/date.h"
#include "domain/free_text.h"
#include "messages/date_text.h"

#include <QDate>
#include <QDateEdit>
#include <QLineEdit>

namespace jpki::gui {

inline void limitToTextKind(QLineEdit& field, domain::TextKind kind) {
    field.setMaxLength(static_cast<int>(domain::textLimit(kind).maxCharacters));
}

// A date field takes only the dates the program accepts, and shows them as the office writes
// them (2026年12月8日; 8 Dec 2026 in English), never in ISO form.
inline void prepareDateField(QDateEdit& field) {
    const auto qDate = [](const domain::Date& date) {
        return QDate(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                     static_cast<int>(unsigned(date.day())));
    };
    field.setDateRange(qDate(domain::firstAcceptedDate), qDate(domain::lastAcceptedDate));
    field.setDisplayFormat(messages::dateFieldFormat());
}

} // namespace jpki::gui
