#include "gui/review_case_model.h"

#include "gui/case_presentation.h"
#include "messages/review_text.h"
#include "storage/japan_time.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

namespace jpki::gui {

namespace {

// "09:05" in Japan time.
QString clockTime(storage::Timestamp at) {
    return storage::japanIsoTime(at).mid(11, 5);
}

} // namespace

ReviewCaseModel::ReviewCaseModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReviewCaseModel::setDay(std::vector<storage::CaseSummary> cases,
                             std::vector<workflow::ReviewFlag> flags) {
    std::map<std::int64_t, QStringList> flagNames;
    for (const workflow::ReviewFlag& flag : flags) {
        if (flag.caseId) {
            flagNames[storage::rawId(*flag.caseId)].append(messages::flagKindName(flag.kind));
        }
    }
    beginResetModel();
    m_cases = std::move(cases);
    m_text.clear();
    m_text.reserve(m_cases.size());
    for (const storage::CaseSummary& summary : m_cases) {
        m_text.push_back(rowText(summary, flagNames));
    }
    endResetModel();
}

int ReviewCaseModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int ReviewCaseModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewCaseModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    switch (role) {
    case CaseIdRole:
        return QVariant::fromValue(static_cast<qint64>(storage::rawId(m_cases[row].id)));
    case SortRole:
        return sortKey(row, index.column());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_text[row][static_cast<std::size_t>(index.column())];
    case Qt::ForegroundRole:
        // A flagged case stands out; the supervisor reads those first.
        return index.column() == Flags ? QVariant(QBrush(QColor(0xb0, 0x30, 0x20))) : QVariant();
    default:
        return {};
    }
}

ReviewCaseModel::RowText
ReviewCaseModel::rowText(const storage::CaseSummary& summary,
                         const std::map<std::int64_t, QStringList>& flagNames) const {
    const CaseLine line = caseLine(summary);
    RowText text;
    text[Reference] = line.reference;
    text[Procedure] = line.procedure;
    text[Path] = line.path;
    text[Clerk] = line.clerk;
    text[Opened] = clockTime(summary.openedAt);
    text[Closed] = summary.closedAt ? clockTime(*summary.closedAt) : QString();
    if (const auto duration = summary.handlingTime()) {
        //: en: %1 min
        const QString minutes = tr("%1分");
        text[Duration] = minutes.arg((duration->count() + 30'000) / 60'000);
    }
    text[Result] = line.step;
    if (const auto names = flagNames.find(storage::rawId(summary.id)); names != flagNames.end()) {
        text[Flags] = names->second.join(QStringLiteral("、"));
    }
    return text;
}

QVariant ReviewCaseModel::sortKey(std::size_t row, int column) const {
    const storage::CaseSummary& summary = m_cases[row];
    switch (column) {
    case Opened:
        return QVariant::fromValue(
            static_cast<qint64>(storage::toUnixMilliseconds(summary.openedAt)));
    case Closed:
        return summary.closedAt ? QVariant::fromValue(static_cast<qint64>(
                                      storage::toUnixMilliseconds(*summary.closedAt)))
                                : QVariant::fromValue(std::numeric_limits<qint64>::max());
    case Duration: {
        const auto duration = summary.handlingTime();
        return QVariant::fromValue(duration ? static_cast<qint64>(duration->count())
                                            : std::numeric_limits<qint64>::max());
    }
    default:
        return m_text[row][static_cast<std::size_t>(column)];
    }
}

QVariant ReviewCaseModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Reference:
        //: en: Reference
        return tr("受付番号");
    case Procedure:
        //: en: Procedure
        return tr("手続");
    case Path:
        //: en: Applicant
        return tr("申請者");
    case Clerk:
        //: en: Clerk
        return tr("担当");
    case Opened:
        //: en: Opened
        return tr("受付");
    case Closed:
        //: en: Closed
        return tr("終了");
    case Duration:
        //: en: Duration
        return tr("所要時間");
    case Result:
        //: en: Result
        return tr("結果");
    case Flags:
        //: en: Flags
        return tr("確認事項");
    default:
        return {};
    }
}

} // namespace jpki::gui
