#pragma once

// A day's figures on the supervisor window: as a table, and as two Qt Charts bar charts (cases
// by procedure and result, cases by hour).

#include "workflow/day_figures.h"

class QTableWidget;
class QChartView;
class QWidget;

namespace jpki::gui {

void fillFiguresTable(QTableWidget& table, const workflow::DayFigures& figures);
QChartView* procedureChart(const workflow::DayFigures& figures, QWidget* parent);
QChartView* hourlyChart(const workflow::DayFigures& figures, QWidget* parent);

} // namespace jpki::gui
