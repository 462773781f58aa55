#include "platform/installed_packages.h"

#include <QTemporaryDir>
#include <fstream>
#include <gtest/gtest.h>

namespace jpki::platform {
namespace {

TEST(InstalledPackages, ReadsTheVersionsOfInstalledPackagesOnly) {
    QTemporaryDir folder;
    const QString status = folder.filePath(QStringLiteral("status"));
    std::ofstream(status.toStdString()) << "Package: pcscd\n"
                                           "Status: install ok installed\n"
                                           "Version: 1.9.9-2\n"
                                           "Description: daemon\n"
                                           " Version: 0.0 in a description is not a field\n"
                                           "\n"
                                           "Package: opensc\n"
                                           "Status: deinstall ok config-files\n"
                                           "Version: 0.23.0-0.3\n"
                                           "\n"
                                           "Package: libccid\n"
                                           "Architecture: amd64\n"
                                           "Version: 1.5.2-1\n"
                                           "Status: install ok installed\n";
    const PackageLookup lookup =
        installedPackages({QStringLiteral("pcscd"), QStringLiteral("opensc"),
                           QStringLiteral("libccid"), QStringLiteral("absent")},
                          status);
    ASSERT_TRUE(lookup.statusReadable);
    ASSERT_EQ(lookup.packages.size(), 4u);
    EXPECT_EQ(lookup.packages[0].version, QStringLiteral("1.9.9-2"));
    EXPECT_FALSE(lookup.packages[1].version.has_value()); // removed, its configuration kept
    EXPECT_EQ(lookup.packages[2].version, QStringLiteral("1.5.2-1")); // the last stanza
    EXPECT_FALSE(lookup.packages[3].version.has_value());
}

TEST(InstalledPackages, SaysWhenDpkgsStatusCannotBeRead) {
    const PackageLookup lookup =
        installedPackages({QStringLiteral("pcscd")}, QStringLiteral("/nonexistent/status"));
    EXPECT_FALSE(lookup.statusReadable);
    ASSERT_EQ(lookup.packages.size(), 1u);
    EXPECT_FALSE(lookup.packages[0].version.has_value());
}

} // namespace
} // namespace jpki::platform
