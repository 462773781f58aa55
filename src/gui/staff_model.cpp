#include "gui/staff_model.h"

#include "messages/access_text.h"

#include <QBrush>
#include <QColor>

namespace jpki::gui {

StaffModel::StaffModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void StaffModel::setAccounts(std::vector<workflow::StaffOverview> accounts) {
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

const workflow::StaffOverview* StaffModel::account(int row) const {
    if (row < 0 || row >= int(m_accounts.size())) {
        return nullptr;
    }
    return &m_accounts[std::size_t(row)];
}

int StaffModel::rowOf(const QString& login) const {
    for (std::size_t row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].login == login) {
            return int(row);
        }
    }
    return -1;
}

int StaffModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int StaffModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffModel::cellText(const workflow::StaffOverview& account, int column) const {
    switch (column) {
    case LoginColumn:
        return account.login;
    case NameColumn:
        return account.displayName;
    case RoleColumn:
        return messages::staffRoleName(account.role);
    case LockedColumn:
        if (account.locked) {
            //: en: Locked
            return tr("ロック中");
        }
        return QString();
    case ActiveColumn:
        if (account.active) {
            //: en: Active
            return tr("有効");
        }
        //: en: Deactivated
        return tr("無効");
    default:
        return QString();
    }
}

QVariant StaffModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const workflow::StaffOverview& shown = m_accounts[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(shown, index.column());
    case StaffIdRole:
        return QVariant::fromValue<qint64>(storage::rawId(shown.id));
    case Qt::ForegroundRole:
        if (!shown.active || (shown.locked && index.column() == LockedColumn)) {
            return QBrush(shown.active ? QColor(0xa0, 0x00, 0x00) : QColor(0x80, 0x80, 0x80));
        }
        return {};
    default:
        return {};
    }
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LoginColumn:
        //: en: Login name
        return tr("ログイン名");
    case NameColumn:
        //: en: Name shown
        return tr("表示名");
    case RoleColumn:
        //: en: Role
        return tr("役割");
    case LockedColumn:
        //: en: Lock
        return tr("ロック");
    case ActiveColumn:
        //: en: Status
        return tr("状態");
    default:
        return {};
    }
}

} // namespace jpki::gui
