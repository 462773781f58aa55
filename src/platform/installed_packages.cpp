#include "platform/installed_packages.h"

#include <QFile>
#include <QHash>

namespace jpki::platform {

namespace {

struct Stanza {
    QString name;
    QString version;
    bool installed = false;
};

QString fieldValue(const QByteArray& line, qsizetype colon) {
    return QString::fromUtf8(line.mid(colon + 1)).trimmed();
}

} // namespace

PackageLookup installedPackages(const QStringList& names, const QString& statusFile) {
    PackageLookup lookup;
    QHash<QString, QString> found;
    QFile file(statusFile);
    if (!file.open(QIODevice::ReadOnly)) {
        lookup.statusReadable = false;
    } else {
        Stanza stanza;
        const auto finish = [&] {
            if (stanza.installed && names.contains(stanza.name) && !stanza.version.isEmpty()) {
                found.insert(stanza.name, stanza.version);
            }
            stanza = {};
        };
        while (!file.atEnd()) {
            const QByteArray raw = file.readLine();
            const QByteArray line = raw.trimmed();
            if (line.isEmpty()) {
                finish();
                continue;
            }
            // A continuation line (a description's) can hold any text, "Version:" too.
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || raw.startsWith(' ') || raw.startsWith('\t')) {
                continue;
            }
            const QByteArray key = line.left(colon);
            if (key == "Package") {
                stanza.name = fieldValue(line, colon);
            } else if (key == "Version") {
                stanza.version = fieldValue(line, colon);
            } else if (key == "Status") {
                stanza.installed = fieldValue(line, colon).endsWith(QLatin1String(" installed"));
            }
        }
        finish();
    }
    for (const QString& name : names) {
        const auto version = found.constFind(name);
        lookup.packages.push_back(
            {name, version == found.constEnd() ? std::nullopt : std::optional(*version)});
    }
    return lookup;
}

} // namespace jpki::platform
