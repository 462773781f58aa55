#include "gui/case_worker.h"

#include "card/pcsc_channel.h"
#include "issuer/crypto.h"
#include "issuer/local_authority.h"
#include "platform/app_paths.h"
#include "platform/clock.h"
#include "platform/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace jpki::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(jpki::gui::CaseWorker)
};

// Long enough for a renewal under way (a few seconds on a slow reader) to finish.
constexpr int kStopWarningMs = 10000;

} // namespace

std::filesystem::path defaultAuthorityDirectory() {
    const QString folder = platform::applicationDataFolder();
    if (folder.isEmpty()) {
        return {};
    }
    return std::filesystem::path((folder + QStringLiteral("/authority")).toStdString());
}

// Lives in the worker's thread: everything it holds is touched there only.
class CaseWorkerCore : public QObject {
public:
    CaseWorkerCore(const platform::Clock& clock, CaseWorkerSettings settings, QObject& relay)
        : m_clock(clock)
        , m_settings(std::move(settings))
        , m_relay(relay)
        //: en: The case database is not open yet.
        , m_problem(Text::tr("受付記録をまだ開いていません。")) {}

    // Runs on the worker's thread as it finishes (QThread::finished → deleteLater).
    ~CaseWorkerCore() override {
        m_engine.reset();
        m_authority.reset();
        m_store.reset();
        m_channel.reset();
        issuer::crypto::releaseThreadState();
    }

    QString open() {
        auto log = platform::logger("gui");
        const QString path = m_settings.databasePath.isEmpty() ? storage::CaseStore::defaultPath()
                                                               : m_settings.databasePath;
        if (path.isEmpty()) {
            //: en: The data folder cannot be created, so the case database cannot be opened.
            m_problem = Text::tr("データフォルダを作成できないため、受付記録を開けません。");
            return m_problem;
        }
        // The window's first start makes the database; it says where (createdDatabase()).
        auto store = storage::CaseStore::open(path, storage::OpenOptions::creating());
        if (!store) {
            log->error("case store not opened: {}", storage::describe(store.error()));
            m_problem = storage::errorText(store.error());
            return m_problem;
        }
        if (store->created()) {
            log->info("case database created: {}", path.toStdString());
            m_createdDatabase = path;
        }
        m_store.emplace(std::move(*store));
        const std::filesystem::path authorityDirectory = m_settings.authorityDirectory.empty()
                                                             ? defaultAuthorityDirectory()
                                                             : m_settings.authorityDirectory;
        auto authority =
            issuer::LocalAuthority::openOrCreate(authorityDirectory, m_clock.todayInJapan());
        if (!authority) {
            log->error("issuing authority not opened: {}", issuer::describe(authority.error()));
            //: en: The issuing authority's files cannot be used: %1
            m_problem = Text::tr("発行機関のファイルを使用できません: %1")
                            .arg(QString::fromStdString(issuer::describe(authority.error())));
            return m_problem;
        }
        m_authority.emplace(std::move(authority).value());
        m_engine = std::make_unique<workflow::CaseEngine>(*m_store, m_clock, *m_authority,
                                                          m_settings.engine);
        log->info("case worker ready: store and issuing authority open");
        return {};
    }

    void runJob(const std::function<void(JobContext&)>& job,
                const std::shared_ptr<JobHandle::State>& state, const QPointer<QObject>& receiver,
                const std::function<void(const JobProgress&)>& progress) {
        JobContext context(*this, state, receiver, progress);
        job(context);
        m_channel.reset(); // a channel serves one job: the next one finds the card anew
    }

    card::Result<card::CardChannel*> channel(const std::string& reader) {
        if (m_channel && m_channel->readerName() == reader) {
            return m_channel.get();
        }
        m_channel.reset();
        if (!m_pcsc.established()) {
            if (auto established = m_pcsc.establish(); !established) {
                return established.error();
            }
        }
        auto connected = card::PcscChannel::connect(m_pcsc, reader);
        if (!connected) {
            return connected.error();
        }
        m_channel = std::move(connected).value();
        return m_channel.get();
    }

    void deliver(std::function<void()> call, const QPointer<QObject>& receiver) {
        // Relayed through the worker object, which lives on the receivers' thread: there the
        // receiver's pointer is checked where it can be deleted, so a call never reaches a
        // receiver that is gone.
        QMetaObject::invokeMethod(
            &m_relay,
            [call = std::move(call), receiver] {
                if (!receiver.isNull()) {
                    call();
                }
            },
            Qt::QueuedConnection);
    }

    const QString& createdDatabase() const { return m_createdDatabase; }

    const platform::Clock& m_clock;
    CaseWorkerSettings m_settings;
    QObject& m_relay;
    QString m_problem;
    QString m_createdDatabase; // where open() made a new database, if it did
    std::optional<storage::CaseStore> m_store;
    std::optional<issuer::LocalAuthority> m_authority;
    std::unique_ptr<workflow::CaseEngine> m_engine;
    card::PcscContext m_pcsc;
    std::unique_ptr<card::PcscChannel> m_channel;
};

void JobHandle::cancel() const {
    if (m_state) {
        m_state->cancelled = true;
    }
}

bool JobHandle::cancelled() const {
    return m_state && m_state->cancelled;
}

JobContext::JobContext(CaseWorkerCore& core, std::shared_ptr<JobHandle::State> state,
                       QPointer<QObject> receiver, std::function<void(const JobProgress&)> progress)
    : m_core(core)
    , m_state(std::move(state))
    , m_receiver(std::move(receiver))
    , m_progress(std::move(progress)) {}

workflow::CaseEngine* JobContext::engine() {
    return m_core.m_engine.get();
}

storage::CaseStore* JobContext::store() {
    return m_core.m_store ? &*m_core.m_store : nullptr;
}

QString JobContext::openProblem() const {
    return m_core.m_engine ? QString() : m_core.m_problem;
}

const platform::Clock& JobContext::clock() const {
    return m_core.m_clock;
}

card::Result<card::CardChannel*> JobContext::channel(const std::string& reader) {
    return m_core.channel(reader);
}

bool JobContext::cancelled() const {
    return m_state->cancelled;
}

void JobContext::progress(int done, int total, const QString& what) {
    if (!m_progress) {
        return;
    }
    m_core.deliver([report = m_progress, step = JobProgress{done, total, what}] { report(step); },
                   m_receiver);
}

void JobContext::deliver(std::function<void()> call, const QPointer<QObject>& receiver) {
    m_core.deliver(std::move(call), receiver);
}

CaseWorker::CaseWorker(const platform::Clock& clock, CaseWorkerSettings settings, QObject* parent)
    : QObject(parent)
    , m_databasePath(settings.databasePath)
    , m_core(new CaseWorkerCore(clock, std::move(settings), *this)) {
    m_thread.setObjectName(QStringLiteral("case worker"));
    m_core->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_core, &QObject::deleteLater);
}

CaseWorker::~CaseWorker() {
    stop();
}

void CaseWorker::start() {
    if (m_core == nullptr || m_thread.isRunning()) {
        return;
    }
    m_thread.start();
    CaseWorkerCore* core = m_core;
    QMetaObject::invokeMethod(
        m_core,
        [this, core] {
            const QString problem = core->open();
            const QString created = core->createdDatabase();
            QMetaObject::invokeMethod(
                this,
                [this, problem, created] {
                    if (!created.isEmpty()) {
                        Q_EMIT databaseCreated(created);
                    }
                    Q_EMIT opened(problem);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CaseWorker::stop() {
    if (m_core == nullptr) {
        return;
    }
    if (!m_thread.isRunning()) {
        delete m_core;
        m_core = nullptr;
        return;
    }
    m_core = nullptr;
    m_thread.quit();
    if (!m_thread.wait(QDeadlineTimer(kStopWarningMs))) {
        platform::logger("gui")->warn("case worker: a job is still running; waiting for it");
        m_thread.wait();
    }
}

JobHandle CaseWorker::post(ErasedJob job, QObject* receiver,
                           std::function<void(const JobProgress&)> progress) {
    Q_ASSERT(receiver == nullptr || receiver->thread() == thread());
    JobHandle handle;
    handle.m_state = std::make_shared<JobHandle::State>();
    if (m_core == nullptr) {
        return handle;
    }
    CaseWorkerCore* core = m_core;
    QMetaObject::invokeMethod(
        m_core,
        [core, job = std::move(job), state = handle.m_state, target = QPointer<QObject>(receiver),
         progress = std::move(progress)] { core->runJob(job, state, target, progress); },
        Qt::QueuedConnection);
    return handle;
}

} // namespace jpki::gui
