#include "reports/report_export.h"

#include "platform/file_output.h"
#include "workflow/access_events.h"

#include <QCoreApplication>

namespace jpki::reports {

namespace {

struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(jpki::reports)
};

QString eventType(ExportKind kind) {
    const std::string_view type = kind == ExportKind::Document ? workflow::event::kDocumentExported
                                                               : workflow::event::kReportExported;
    return QString::fromLatin1(type.data(), qsizetype(type.size()));
}

} // namespace

storage::Result<void> recordExport(storage::CaseStore& store, const ExportEvent& event,
                                   std::optional<std::string_view> failure) {
    QJsonObject facts = event.facts;
    facts.insert(QStringLiteral("succeeded"), !failure.has_value());
    if (failure) {
        facts.insert(QStringLiteral("reason"),
                     QString::fromLatin1(failure->data(), qsizetype(failure->size())));
    }
    const storage::NewEvent exported{eventType(event.kind), facts, event.staff, event.at};
    return store.write([&](storage::CaseWriter& writer) -> storage::Result<void> {
        auto appended = writer.appendAuditEvent(exported);
        if (!appended) {
            return appended.error();
        }
        return {};
    });
}

QString exportFailureText(const ExportFailure& failure) {
    if (failure.file) {
        QString text = platform::fileErrorText(*failure.file);
        if (failure.record) {
            //: en: The failed export could not be recorded either: %1
            text += QLatin1Char(' ') + ExportText::tr("失敗した書き出しも記録できませんでした: %1")
                                           .arg(storage::errorText(*failure.record));
        }
        return text;
    }
    //: en: Nothing was written to %1, because the export could not be recorded: %2
    return ExportText::tr("書き出しを記録できないため、%1 には何も書き込んでいません: %2")
        .arg(failure.path, failure.record ? storage::errorText(*failure.record) : QString());
}

Expected<void, ExportFailure> exportToFile(storage::CaseStore& store, const ExportEvent& event,
                                           const QString& path, const QByteArray& bytes) {
    const auto notWritten = [&](const platform::FileError& error) {
        ExportFailure failure{path, error, std::nullopt};
        if (auto recorded = recordExport(store, event, platform::fileProblemId(error.problem));
            !recorded) {
            failure.record = recorded.error();
        }
        return failure;
    };
    auto staged = platform::stagePrivateFile(path, platform::ExistingTarget::Keep);
    if (!staged) {
        return notWritten(staged.error());
    }
    if (auto written =
            staged->write(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        !written) {
        return notWritten(written.error());
    }
    if (auto finished = staged->finish(); !finished) {
        return notWritten(finished.error());
    }
    // The bytes are on the disk under the temporary name; the file takes its name only once its
    // event is stored (the temporary file goes when `staged` does).
    if (auto recorded = recordExport(store, event); !recorded) {
        return ExportFailure{path, std::nullopt, recorded.error()};
    }
    if (auto committed = staged->commit(); !committed) {
        return notWritten(committed.error());
    }
    return {};
}

} // namespace jpki::reports
