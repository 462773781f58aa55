#pragma once

// The case worker: the one object that touches the case store, the local issuing authority and
// the case engine for the window, on its own thread. The GUI posts a job (a function of the
// worker's context) with a receiver and a callback; the job runs on the worker's thread and its
// result comes back as a queued call on the receiver's thread. The GUI never waits and shares no
// lock with the worker: a job's result and its progress are copied values.
//
// Card work opens its own PC/SC context (once) and a channel on the reader that holds the card
// for the one job that needs it, so that the card service's reading and the case's commands
// never share a handle. A job is cancelled between its steps, never inside a card command.

#include "card/card_channel.h"
#include "card/pcsc_context.h"
#include "storage/case_store.h"
#include "workflow/case_engine.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace jpki::issuer {
class LocalAuthority;
}

namespace jpki::platform {
class Clock;
}

namespace jpki::gui {

struct CaseWorkerSettings {
    QString databasePath;                     // empty: storage::CaseStore::defaultPath()
    std::filesystem::path authorityDirectory; // empty: <application data>/authority
    workflow::EngineSettings engine;
};

// Where the application keeps its issuing authority: shared with the embedded virtual card.
std::filesystem::path defaultAuthorityDirectory();

// How far a job has come, for a progress bar: step `done` of `total`, and what it is doing.
struct JobProgress {
    int done = 0;
    int total = 0;
    QString what;
};

// The GUI's hold on a posted job: it can only ask it to stop before its next step.
class JobHandle {
public:
    JobHandle() = default;
    void cancel() const;
    bool cancelled() const;
    bool valid() const { return m_state != nullptr; }

    // Shared between the GUI's handle and the job on the worker's thread.
    struct State {
        std::atomic<bool> cancelled{false};
    };

private:
    friend class CaseWorker;
    std::shared_ptr<State> m_state;
};

class CaseWorkerCore;

// What a job sees, on the worker's thread only.
class JobContext {
public:
    // Null until the store and the authority are open, or when they could not be opened.
    workflow::CaseEngine* engine();
    storage::CaseStore* store();
    // Why the store or the authority could not be opened; empty when they are.
    QString openProblem() const;
    const platform::Clock& clock() const;

    // A channel on `reader`, connected for this job and closed after it.
    card::Result<card::CardChannel*> channel(const std::string& reader);

    bool cancelled() const;
    // Reported to the job's progress callback on the receiver's thread.
    void progress(int done, int total, const QString& what);
    // Calls `call` on `receiver`'s thread, unless the receiver is gone by then.
    void deliver(std::function<void()> call, const QPointer<QObject>& receiver);

private:
    friend class CaseWorkerCore;
    JobContext(CaseWorkerCore& core, std::shared_ptr<JobHandle::State> state,
               QPointer<QObject> receiver, std::function<void(const JobProgress&)> progress);

    CaseWorkerCore& m_core;
    std::shared_ptr<JobHandle::State> m_state;
    QPointer<QObject> m_receiver;
    std::function<void(const JobProgress&)> m_progress;
};

class CaseWorker : public QObject {
    Q_OBJECT

public:
    // `clock` must outlive the worker and be safe to read from its thread.
    explicit CaseWorker(const platform::Clock& clock, CaseWorkerSettings settings = {},
                        QObject* parent = nullptr);
    // Stops the thread after the job under way (if any); jobs not yet begun are dropped.
    ~CaseWorker() override;

    // Starts the thread and opens the store and the authority there; opened() tells the result.
    void start();
    void stop();
    bool running() const { return m_thread.isRunning(); }
    // The database it opens (CaseWorkerSettings::databasePath: empty for the default).
    const QString& databasePath() const { return m_databasePath; }

    // Runs `job` on the worker's thread, then `done(result)` on `receiver`'s thread (not at all
    // when the receiver is gone by then). `progress` likewise, for each step the job reports.
    // The receiver lives on the worker object's own thread (the GUI thread).
    template <typename Result>
    JobHandle run(std::function<Result(JobContext&)> job, QObject* receiver,
                  std::function<void(Result)> done,
                  std::function<void(const JobProgress&)> progress = {});

Q_SIGNALS:
    // After start(): `problem` is empty when the store and the authority are open.
    void opened(const QString& problem);
    // Before opened(), when there was no database and a new one was made at `path`.
    void databaseCreated(const QString& path);

private:
    using ErasedJob = std::function<void(JobContext&)>;
    JobHandle post(ErasedJob job, QObject* receiver, std::function<void(const JobProgress&)>);

    QThread m_thread;
    QString m_databasePath;
    CaseWorkerCore* m_core = nullptr; // lives in m_thread, which deletes it when it finishes
};

template <typename Result>
JobHandle CaseWorker::run(std::function<Result(JobContext&)> job, QObject* receiver,
                          std::function<void(Result)> done,
                          std::function<void(const JobProgress&)> progress) {
    QPointer<QObject> target(receiver);
    return post(
        [job = std::move(job), done = std::move(done), target](JobContext& context) {
            auto result = std::make_shared<Result>(job(context));
            context.deliver([done, result] { done(std::move(*result)); }, target);
        },
        receiver, std::move(progress));
}

} // namespace jpki::gui
