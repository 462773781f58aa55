#include "gui/review_figures.h"

#include "messages/document_text.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHeaderView>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace jpki::gui {

namespace {

struct FiguresText {
    Q_DECLARE_TR_FUNCTIONS(jpki::gui::ReviewWindow)
};

QString resultName(const QString& result) {
    if (result == QLatin1String("completed")) {
        //: en: Completed
        return FiguresText::tr("完了");
    }
    if (result == QLatin1String("refused")) {
        //: en: Refused
        return FiguresText::tr("受付不可");
    }
    if (result == QLatin1String("cancelled")) {
        //: en: Cancelled
        return FiguresText::tr("取消");
    }
    if (result == QLatin1String("applicant-left")) {
        //: en: Applicant left
        return FiguresText::tr("途中退席");
    }
    //: en: Open
    return FiguresText::tr("未完了");
}

void addRow(QTableWidget& table, const QStringList& cells) {
    const int row = table.rowCount();
    table.insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        table.setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

QChartView* chartView(QChart* chart, QWidget* parent) {
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 220);
    return view;
}

void setCountAxis(QChart& chart, QAbstractSeries& series, int highest) {
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1, highest));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(std::min(std::max(1, highest), 5) + 1);
    chart.addAxis(axis, Qt::AlignLeft);
    series.attachAxis(axis);
}

} // namespace

void fillFiguresTable(QTableWidget& table, const workflow::DayFigures& figures) {
    table.clear();
    table.setRowCount(0);
    table.setColumnCount(4);
    table.setHorizontalHeaderLabels({
        //: en: Procedure
        FiguresText::tr("手続"),
        //: en: Applicant
        FiguresText::tr("申請者"),
        //: en: Result
        FiguresText::tr("結果"),
        //: en: Cases
        FiguresText::tr("件数"),
    });
    for (const workflow::ResultCount& count : figures.byResult) {
        addRow(table,
               {messages::procedureName(count.procedure), messages::requestPathName(count.path),
                resultName(count.result), QString::number(count.cases)});
    }
    //: en: All cases
    addRow(table, {FiguresText::tr("合計"), QString(), QString(), QString::number(figures.cases)});
    //: en: Completed
    addRow(table,
           {FiguresText::tr("うち完了"), QString(), QString(), QString::number(figures.completed)});
    if (figures.averageHandling) {
        //: en: Average handling
        addRow(table,
               {FiguresText::tr("平均処理時間"), QString(), QString(),
                //: en: %1 min
                FiguresText::tr("%1分").arg((figures.averageHandling->count() + 30'000) / 60'000)});
    }
    for (const workflow::ClerkCount& count : figures.byClerk) {
        //: en: Clerk
        addRow(table, {FiguresText::tr("担当"), count.clerk.displayName, QString(),
                       QString::number(count.cases)});
    }
    table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QChartView* procedureChart(const workflow::DayFigures& figures, QWidget* parent) {
    // One bar per procedure, stacked by result.
    std::vector<domain::Procedure> procedures;
    std::map<QString, std::map<int, int>> byResult; // result -> procedure index -> cases
    for (const workflow::ResultCount& count : figures.byResult) {
        auto found = std::find(procedures.begin(), procedures.end(), count.procedure);
        if (found == procedures.end()) {
            procedures.push_back(count.procedure);
            found = procedures.end() - 1;
        }
        byResult[count.result][static_cast<int>(found - procedures.begin())] += count.cases;
    }
    auto* series = new QStackedBarSeries;
    std::vector<int> totals(procedures.size(), 0);
    for (const auto& [result, counts] : byResult) {
        auto* set = new QBarSet(resultName(result));
        for (int index = 0; index < static_cast<int>(procedures.size()); ++index) {
            const auto found = counts.find(index);
            const int cases = found == counts.end() ? 0 : found->second;
            *set << cases;
            totals[static_cast<std::size_t>(index)] += cases;
        }
        series->append(set);
    }
    auto* chart = new QChart;
    //: en: Cases by procedure
    chart->setTitle(FiguresText::tr("手続別の件数"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    for (const domain::Procedure procedure : procedures) {
        categories->append(messages::procedureName(procedure));
    }
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    setCountAxis(*chart, *series,
                 totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end()));
    return chartView(chart, parent);
}

QChartView* hourlyChart(const workflow::DayFigures& figures, QWidget* parent) {
    // The counter's hours, and any other hour a case was opened in.
    int first = 8;
    int last = 17;
    for (int hour = 0; hour < 24; ++hour) {
        if (figures.byHour[static_cast<std::size_t>(hour)] > 0) {
            first = std::min(first, hour);
            last = std::max(last, hour);
        }
    }
    //: en: Cases
    auto* set = new QBarSet(FiguresText::tr("件数"));
    auto* categories = new QBarCategoryAxis;
    int highest = 0;
    for (int hour = first; hour <= last; ++hour) {
        const int cases = figures.byHour[static_cast<std::size_t>(hour)];
        *set << cases;
        highest = std::max(highest, cases);
        categories->append(QString::number(hour));
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    //: en: Cases by hour
    chart->setTitle(FiguresText::tr("時間帯別の件数"));
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    setCountAxis(*chart, *series, highest);
    chart->legend()->hide();
    return chartView(chart, parent);
}

} // namespace jpki::gui
