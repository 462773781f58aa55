#pragma once

// The supervisor's staff list as a table: login, name shown, role, locked, active. It only shows
// what workflow::StaffAccess::listStaff answered; it never holds a hash or a password.

#include "workflow/staff_access.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace jpki::gui {

class StaffModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RoleColumn, LockedColumn, ActiveColumn, ColumnCount };
    // Qt::UserRole on any cell: the account's staff id (qint64).
    static constexpr int StaffIdRole = Qt::UserRole;

    explicit StaffModel(QObject* parent = nullptr);

    void setAccounts(std::vector<workflow::StaffOverview> accounts);
    // The account at `row`, or nullptr when there is none.
    const workflow::StaffOverview* account(int row) const;
    // The row of the account with `login`, or -1.
    int rowOf(const QString& login) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString cellText(const workflow::StaffOverview& account, int column) const;

    std::vector<workflow::StaffOverview> m_accounts;
};

} // namespace jpki::gui
