#include "gui/case_list_model.h"

#include "gui/case_presentation.h"

#include <QBrush>
#include <QColor>

namespace jpki::gui {

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CaseListModel::setCases(std::vector<storage::CaseSummary> cases) {
    beginResetModel();
    m_cases = std::move(cases);
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const storage::CaseSummary& summary = m_cases[static_cast<std::size_t>(index.row())];
    if (role == CaseIdRole) {
        return QVariant::fromValue(static_cast<qint64>(storage::rawId(summary.id)));
    }
    if (role == OpenRole) {
        return summary.isOpen();
    }
    if (role == Qt::ForegroundRole) {
        // Closed cases step back; the open ones are the clerk's work.
        return summary.isOpen() ? QVariant() : QVariant(QBrush(QColor(0x60, 0x60, 0x60)));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const CaseLine line = caseLine(summary);
    switch (index.column()) {
    case Reference:
        return line.reference;
    case Time:
        return line.time;
    case Procedure:
        return line.procedure;
    case Path:
        return line.path;
    case Step:
        return line.step;
    case Clerk:
        return line.clerk;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Reference:
        //: en: Reference
        return tr("受付番号");
    case Time:
        //: en: Time
        return tr("受付時刻");
    case Procedure:
        //: en: Procedure
        return tr("手続");
    case Path:
        //: en: Applicant
        return tr("申請者");
    case Step:
        //: en: Stage
        return tr("状況");
    case Clerk:
        //: en: Clerk
        return tr("担当");
    default:
        return {};
    }
}

} // namespace jpki::gui
