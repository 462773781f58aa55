// CaseStore::facts: what the diagnostics report says of the store.

#include "storage/case_store.h"
#include "storage/event_log.h"
#include "storage/store_core.h"

#include <QFileInfo>

namespace jpki::storage {

Result<StoreFacts> CaseStore::facts() {
    auto head = detail::chainHead(*m_core->connection);
    if (!head) {
        return head.error();
    }
    const QFileInfo file(path());
    const QFileInfo log(path() + QStringLiteral("-wal"));
    return StoreFacts{
        .backend = QStringLiteral("sqlite"),
        .location = file.absoluteFilePath(),
        .schemaVersion = schemaVersion(),
        .headSequence = head->sequence,
        .headHash = head->hash,
        .bytes = file.size() + (log.exists() ? log.size() : 0),
    };
}

} // namespace jpki::storage
