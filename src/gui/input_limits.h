#pragma once

// The limits of what a field takes, from the one home of each rule: a one-line field for stored
// free text takes no more characters than the workflow may store (R-DATA-TEXT, checked there
// again), and a date field only dates the program accepts (R-DATA-DATES).

#include "domain/date.h"
#include "domain/free_text.h"

#include <QDate>
#include <QDateEdit>
#include <QLineEdit>

namespace jpki::gui {

inline void limitToTextKind(QLineEdit& field, domain::TextKind kind) {
    field.setMaxLength(static_cast<int>(domain::textLimit(kind).maxCharacters));
}

inline void limitToAcceptedDates(QDateEdit& field) {
    const auto qDate = [](const domain::Date& date) {
        return QDate(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                     static_cast<int>(unsigned(date.day())));
    };
    field.setDateRange(qDate(domain::firstAcceptedDate), qDate(domain::lastAcceptedDate));
}

} // namespace jpki::gui
