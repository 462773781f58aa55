#pragma once

// The cases of a list on the main window (today's cases at this counter, the cases waiting for a
// reply), one row per case, fed with the store's summaries as the case worker returns them.

#include "storage/case_records.h"

#include <QAbstractTableModel>
#include <vector>

namespace jpki::gui {

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Reference, Time, Procedure, Path, Step, Clerk, ColumnCount };
    // The case's id (qint64) on every cell.
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    // Whether the case is still open (bool) on every cell.
    static constexpr int OpenRole = Qt::UserRole + 2;

    explicit CaseListModel(QObject* parent = nullptr);

    void setCases(std::vector<storage::CaseSummary> cases);
    const std::vector<storage::CaseSummary>& cases() const { return m_cases; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<storage::CaseSummary> m_cases;
};

} // namespace jpki::gui
