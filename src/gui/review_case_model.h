#pragma once

// The supervisor's table of a day's cases: one row per case with its procedure, path, clerk,
// times, duration, result and the kinds of its review flags. Fed with DayReview's overview as
// the case worker returns it; sorted and filtered through a QSortFilterProxyModel.

#include "storage/case_records.h"
#include "workflow/review_flags.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <array>
#include <map>
#include <vector>

namespace jpki::gui {

class ReviewCaseModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Reference,
        Procedure,
        Path,
        Clerk,
        Opened,
        Closed,
        Duration,
        Result,
        Flags,
        ColumnCount
    };
    // The case's id (qint64) on every cell.
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    // What the column sorts by: times and durations as numbers, the rest as text.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ReviewCaseModel(QObject* parent = nullptr);

    void setDay(std::vector<storage::CaseSummary> cases, std::vector<workflow::ReviewFlag> flags);
    const std::vector<storage::CaseSummary>& cases() const { return m_cases; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    using RowText = std::array<QString, ColumnCount>;

    RowText rowText(const storage::CaseSummary& summary,
                    const std::map<std::int64_t, QStringList>& flagNames) const;
    QVariant sortKey(std::size_t row, int column) const;

    std::vector<storage::CaseSummary> m_cases;
    // Each cell's text, made once per day loaded: a view asks for cells many times over.
    std::vector<RowText> m_text;
};

} // namespace jpki::gui
