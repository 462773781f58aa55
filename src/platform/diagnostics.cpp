#include "platform/diagnostics.h"

#include <PCSC/pcsclite.h>
#include <QtGlobal>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <spdlog/version.h>
#include <sqlite3.h>

namespace jpki::platform {

QList<ComponentInfo> componentVersions() {
    const QString spdlogVersion = QStringLiteral("%1.%2.%3")
                                      .arg(SPDLOG_VER_MAJOR)
                                      .arg(SPDLOG_VER_MINOR)
                                      .arg(SPDLOG_VER_PATCH);
    // pcsc-lite and spdlog have no call that tells their version at run time.
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"),
         QStringLiteral(QT_VERSION_STR)},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
         QStringLiteral("Apache-2.0"), QStringLiteral(OPENSSL_VERSION_TEXT)},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
         QStringLiteral("Public Domain"), QStringLiteral(SQLITE_VERSION)},
        {QStringLiteral("pcsc-lite"), QString(), QStringLiteral("BSD-3-Clause"),
         QStringLiteral(PCSCLITE_VERSION_NUMBER)},
        {QStringLiteral("spdlog"), QString(), QStringLiteral("MIT"), spdlogVersion},
    };
}

} // namespace jpki::platform
