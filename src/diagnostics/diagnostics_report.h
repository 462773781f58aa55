#pragma once

// The diagnostics report (ヘルプ → 診断情報, `jpki-counter-cli diagnose`): what a support request
// needs about this installation, collected into one structure from which both the plain text
// and the JSON are made. It never holds holder data: no name, address, birth date, certificate
// subject or My Number; of the card only its ATR and the status words of SELECT.

#include "card/reader_diagnostics.h"
#include "platform/diagnostics.h"
#include "platform/installed_packages.h"
#include "storage/case_store.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace jpki::diagnostics {

// The packages a counter's card reading rests on (issue: pcscd, the CCID driver, OpenSC), and
// the PC/SC client library.
QStringList packagesOfInterest();

// A settings file the programs read, and whether it is there.
struct SettingsFile {
    QString role; // "counter-settings", "municipality-profile", "window-preferences"
    QString path;
    bool exists = false;
};

// The settings files in effect: every layer of the counter's settings looked for (the
// administrator's file, its drop-ins, the user's file; platform::CounterSettings), the
// municipality profile (named, configured or the default one) and the window's preferences.
std::vector<SettingsFile> settingsFilesInEffect(const std::optional<QString>& profilePath);

// Only the window knows its screens.
struct DisplayFacts {
    QString platformName;     // Qt's platform plugin: xcb, wayland, offscreen …
    double scaling = 1.0;     // the primary screen's device pixel ratio
    double logicalDpi = 96.0; // the primary screen's
};

struct StoreSection {
    QString location; // the file asked for
    std::optional<storage::StoreFacts> facts;
    std::optional<storage::StorageError> problem; // it could not be opened or read
};

struct Report {
    QString programVersion;
    QString madeAt; // ISO 8601 with the offset
    QList<platform::ComponentInfo> components;
    platform::PackageLookup packages;
    QString operatingSystem;
    QString kernel;
    QString architecture;
    QString sessionType; // XDG_SESSION_TYPE; empty when unset
    std::optional<DisplayFacts> display;
    card::PcscFacts pcsc;
    StoreSection store;
    std::vector<SettingsFile> settings;
};

struct CollectOptions {
    QString databasePath; // empty: storage::CaseStore::defaultPath()
    std::optional<QString> profilePath;
    QString dpkgStatusFile = QString::fromLatin1(platform::kDpkgStatusFile);
    std::optional<DisplayFacts> display;
};

// Blocks on pcscd and the disk: run it from a worker thread in the window. Opens the store
// read-only; never writes anything.
Report collectDiagnostics(const CollectOptions& options);

// Keys in English, stable for scripts; "n/a" values are null.
QJsonObject reportJson(const Report& report);
// For a person, in the current language.
QString reportText(const Report& report);

} // namespace jpki::diagnostics
