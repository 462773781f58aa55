#pragma once

// Versions of installed Debian packages, read from dpkg's status file (what dpkg-query reads),
// without running a program.

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace jpki::platform {

inline constexpr const char* kDpkgStatusFile = "/var/lib/dpkg/status";

struct InstalledPackage {
    QString name;
    std::optional<QString> version; // nothing when the package is not installed
};

struct PackageLookup {
    std::vector<InstalledPackage> packages; // one per name asked, in the order asked
    bool statusReadable = true;             // false: the status file could not be read
};

// The installed version of each of `names` ("Status: install ok installed" only: a package
// removed with its configuration kept is not installed). Any architecture qualifies.
PackageLookup installedPackages(const QStringList& names,
                                const QString& statusFile = QString::fromLatin1(kDpkgStatusFile));

} // namespace jpki::platform
