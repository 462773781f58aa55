#include "diagnostics/diagnostics_report.h"
#include "platform/counter_settings.h"
#include "platform/profile_settings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSettings>
#include <QSysInfo>

namespace jpki::diagnostics {

QStringList packagesOfInterest() {
    return {QStringLiteral("pcscd"), QStringLiteral("libccid"), QStringLiteral("opensc"),
            QStringLiteral("libpcsclite1")};
}

std::vector<SettingsFile> settingsFilesInEffect(const std::optional<QString>& profilePath) {
    const platform::CounterSettings settings = platform::CounterSettings::read();
    std::vector<SettingsFile> files;
    // Every settings file looked for, in the order the layers apply, whether it is there or not.
    for (const QString& file : settings.filesLookedFor()) {
        files.push_back({QStringLiteral("counter-settings"), file, QFileInfo::exists(file)});
    }
    const auto configured =
        settings.value(QString::fromLatin1(platform::setting::municipalityProfile));
    const QString profile = profilePath  ? *profilePath
                            : configured ? configured->value
                                         : platform::defaultProfilePath();
    files.push_back({QStringLiteral("municipality-profile"), profile, QFileInfo::exists(profile)});
    const QString preferences = QSettings().fileName();
    files.push_back(
        {QStringLiteral("window-preferences"), preferences, QFileInfo::exists(preferences)});
    return files;
}

namespace {

StoreSection storeSection(const QString& path) {
    StoreSection section{.location = path, .facts = {}, .problem = {}};
    storage::OpenOptions readOnly;
    readOnly.mode = storage::sqlite::OpenMode::ReadOnly;
    auto store = storage::CaseStore::open(path, readOnly);
    if (!store) {
        section.problem = store.error();
        return section;
    }
    auto facts = store->facts();
    if (!facts) {
        section.problem = facts.error();
        return section;
    }
    section.facts = std::move(*facts);
    return section;
}

} // namespace

Report collectDiagnostics(const CollectOptions& options) {
    Report report;
    report.programVersion = QStringLiteral(JPKI_VERSION);
    const QDateTime now = QDateTime::currentDateTime();
    report.madeAt = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    report.components = platform::componentVersions();
    report.packages = platform::installedPackages(packagesOfInterest(), options.dpkgStatusFile);
    report.operatingSystem = QSysInfo::prettyProductName();
    report.kernel = QSysInfo::kernelVersion();
    report.architecture = QSysInfo::currentCpuArchitecture();
    report.sessionType = qEnvironmentVariable("XDG_SESSION_TYPE");
    report.display = options.display;
    report.pcsc = card::collectPcscFacts();
    report.store = storeSection(options.databasePath.isEmpty() ? storage::CaseStore::defaultPath()
                                                               : options.databasePath);
    report.settings = settingsFilesInEffect(options.profilePath);
    return report;
}

} // namespace jpki::diagnostics
