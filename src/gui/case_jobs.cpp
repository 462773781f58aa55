#include "gui/case_jobs.h"

#include "card/card_info_applet.h"
#include "messages/pin_text.h"
#include "platform/logging.h"
#include "workflow/step.h"

#include <QCoreApplication>

namespace jpki::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(jpki::gui::CaseJobs)
};

workflow::WorkflowError storeNotOpen() {
    return workflow::WorkflowError::storage(
        storage::StorageError(storage::StorageErrorCode::CannotOpen, "case store not open"));
}

// The case as it stands after `error`, or as last known when it cannot be read.
CaseStep afterError(workflow::CaseEngine& engine, std::optional<storage::CaseId> caseId,
                    workflow::WorkflowError error) {
    platform::logger("gui")->info("case command not done: {}", workflow::describe(error));
    CaseStep step;
    step.error = std::move(error);
    if (caseId) {
        if (auto reloaded = engine.load(*caseId)) {
            step.file = std::move(*reloaded);
        }
    }
    return step;
}

CaseStep fromOutcome(workflow::CaseEngine& engine, std::optional<storage::CaseId> caseId,
                     workflow::Outcome<workflow::CaseFile> outcome) {
    if (!outcome) {
        return afterError(engine, caseId, outcome.error());
    }
    CaseStep step;
    step.file = std::move(*outcome);
    return step;
}

} // namespace

CaseJob engineJob(std::optional<storage::CaseId> caseId, EngineCommand command) {
    return [caseId, command = std::move(command)](JobContext& context) {
        workflow::CaseEngine* engine = context.engine();
        if (engine == nullptr) {
            return CaseStep{std::nullopt, storeNotOpen(), false};
        }
        return fromOutcome(*engine, caseId, command(*engine));
    };
}

CaseJob resetPinsJob(storage::CaseId caseId, std::string reader,
                     std::shared_ptr<std::vector<NewPinEntry>> entries, storage::StaffId clerk) {
    return [caseId, reader = std::move(reader), entries, clerk](JobContext& context) {
        struct Wipe {
            std::vector<NewPinEntry>& entries;
            ~Wipe() {
                for (NewPinEntry& entry : entries) {
                    entry.first.clear();
                    entry.confirmation.clear();
                }
            }
        } wipe{*entries};
        workflow::CaseEngine* engine = context.engine();
        if (engine == nullptr) {
            return CaseStep{std::nullopt, storeNotOpen(), false};
        }
        CaseStep step;
        const int total = static_cast<int>(entries->size());
        for (int index = 0; index < total; ++index) {
            NewPinEntry& entry = (*entries)[static_cast<std::size_t>(index)];
            if (context.cancelled()) {
                step.cancelled = true;
                return step;
            }
            //: en: Setting the %1 anew on the card…
            context.progress(
                index, total,
                Text::tr("%1をカードに設定しています…").arg(messages::pinKindName(entry.pin)));
            auto channel = context.channel(reader);
            if (!channel) {
                return afterError(*engine, caseId, workflow::WorkflowError::card(channel.error()));
            }
            step = fromOutcome(*engine, caseId,
                               engine->resetPin(caseId, **channel, entry.pin, entry.first,
                                                entry.confirmation, clerk));
            entry.first.clear();
            entry.confirmation.clear();
            if (!step.ok()) {
                return step;
            }
        }
        //: en: Done
        context.progress(total, total, Text::tr("完了しました"));
        return step;
    };
}

CaseJob renewJob(storage::CaseId caseId, std::string reader,
                 std::shared_ptr<workflow::RenewalPins> pins, storage::StaffId clerk) {
    return [caseId, reader = std::move(reader), pins, clerk](JobContext& context) {
        struct Wipe {
            workflow::RenewalPins& pins;
            ~Wipe() {
                pins.userAuthentication.clear();
                pins.signature.clear();
            }
        } wipe{*pins};
        workflow::CaseEngine* engine = context.engine();
        if (engine == nullptr) {
            return CaseStep{std::nullopt, storeNotOpen(), false};
        }
        if (context.cancelled()) {
            return CaseStep{std::nullopt, std::nullopt, true};
        }
        //: en: Verifying the PINs, generating the keys and writing the new certificates…
        context.progress(
            0, 1, Text::tr("暗証番号の照合、鍵の生成、新しい証明書の書き込みを行っています…"));
        auto channel = context.channel(reader);
        if (!channel) {
            return afterError(*engine, caseId, workflow::WorkflowError::card(channel.error()));
        }
        workflow::OperationObserver observer;
        observer.progress = [&context](int done, int total) {
            //: en: Renewing the certificates: step %1 of %2 stored
            context.progress(
                done, total,
                Text::tr("電子証明書の更新: %2 段階中 %1 段階を記録しました").arg(done).arg(total));
        };
        observer.stopRequested = [&context] {
            return context.cancelled();
        };
        CaseStep step =
            fromOutcome(*engine, caseId, engine->renew(caseId, **channel, *pins, clerk, observer));
        if (step.ok() && step.file && !step.file->isClosed()) {
            step.cancelled = true; // stopped between two sub-steps; the case resumes from there
        }
        if (step.ok()) {
            //: en: Done
            context.progress(1, 1, Text::tr("完了しました"));
        }
        return step;
    };
}

std::function<CardInfoRead(JobContext&)>
readCardInfoJob(std::string reader, std::shared_ptr<domain::SecretBuffer> pin) {
    return [reader = std::move(reader), pin](JobContext& context) {
        struct Wipe {
            domain::SecretBuffer& pin;
            ~Wipe() { pin.clear(); }
        } wipe{*pin};
        CardInfoRead read;
        auto channel = context.channel(reader);
        if (!channel) {
            read.error = channel.error();
            return read;
        }
        card::CardInfoApplet applet(**channel);
        auto info = applet.readBasicInfo(pin->bytes());
        if (!info) {
            read.error = info.error();
            return read;
        }
        read.info = std::move(*info);
        return read;
    };
}

std::function<CaseList(JobContext&)> casesOfDayJob(storage::DayQuery query) {
    return [query](JobContext& context) -> CaseList {
        storage::CaseStore* store = context.store();
        if (store == nullptr) {
            return storage::StorageError(storage::StorageErrorCode::CannotOpen,
                                         "case store not open");
        }
        return store->casesOfDay(query);
    };
}

std::function<CaseList(JobContext&)> awaitingReplyJob() {
    return [](JobContext& context) -> CaseList {
        storage::CaseStore* store = context.store();
        if (store == nullptr) {
            return storage::StorageError(storage::StorageErrorCode::CannotOpen,
                                         "case store not open");
        }
        auto open = store->openCases();
        if (!open) {
            return open.error();
        }
        std::vector<storage::CaseSummary> waiting;
        const QString awaiting =
            QString::fromLatin1(workflow::stepId(workflow::Step::AwaitingReply));
        for (storage::CaseSummary& summary : *open) {
            if (summary.state == awaiting) {
                waiting.push_back(std::move(summary));
            }
        }
        return waiting;
    };
}

} // namespace jpki::gui
