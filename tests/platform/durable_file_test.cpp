// platform/durable_file.h on real files: the whole file or nothing under the target's name, its
// mode from the start, and never through a link, over a device or a FIFO.

#include "platform/durable_file.h"

#include <QTemporaryDir>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

namespace jpki::platform {
namespace {

namespace fs = std::filesystem;

class DurableFile : public ::testing::Test {
protected:
    fs::path file(const std::string& name) const {
        return fs::path(m_folder.path().toStdString()) / name;
    }

    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_folder.path().toStdString())) {
            names.push_back(entry.path().filename().string());
        }
        std::sort(names.begin(), names.end());
        return names;
    }

    static std::string contentOf(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        return content.str();
    }

    static void plant(const fs::path& path, const std::string& content) {
        std::ofstream(path, std::ios::binary) << content;
    }

private:
    QTemporaryDir m_folder;
};

TEST_F(DurableFile, WritesTheWholeFileWithItsModeAndLeavesNoTemporaryFile) {
    const mode_t saved = ::umask(077);
    const auto written = writeFileDurably(file("public.pem"), "key", 0644, ExistingTarget::Keep);
    ::umask(saved);
    ASSERT_TRUE(written.ok()) << describe(written.error());
    EXPECT_EQ(contentOf(file("public.pem")), "key");
    struct stat found {};
    ASSERT_EQ(::stat(file("public.pem").c_str(), &found), 0);
    EXPECT_EQ(found.st_mode & 0777, 0644u); // the mode asked for, whatever the umask
    EXPECT_EQ(entries(), std::vector<std::string>{"public.pem"});
}

TEST_F(DurableFile, ReplacesARegularFileOnlyWhenAskedTo) {
    plant(file("state"), "old");
    const auto kept = writeFileDurably(file("state"), "new", 0600, ExistingTarget::Keep);
    ASSERT_FALSE(kept.ok());
    EXPECT_EQ(kept.error().problem, FileProblem::FileExists);
    EXPECT_EQ(contentOf(file("state")), "old");
    ASSERT_TRUE(writeFileDurably(file("state"), "new", 0600, ExistingTarget::Replace).ok());
    EXPECT_EQ(contentOf(file("state")), "new");
    EXPECT_EQ(entries(), std::vector<std::string>{"state"});
}

TEST_F(DurableFile, NeverWritesThroughALinkNorOverADeviceAFifoOrAFolder) {
    plant(file("database"), "kept");
    fs::create_symlink(file("database"), file("to-database"));
    fs::create_symlink(file("nowhere"), file("dangling"));
    ASSERT_EQ(::mkfifo(file("fifo").c_str(), 0600), 0);
    ASSERT_EQ(::mknod(file("null").c_str(), S_IFCHR | 0666, makedev(1, 3)), 0);
    fs::create_directory(file("folder"));
    for (const char* name : {"to-database", "dangling", "fifo", "null", "folder"}) {
        for (const ExistingTarget existing : {ExistingTarget::Keep, ExistingTarget::Replace}) {
            const auto written = writeFileDurably(file(name), "report", 0600, existing);
            ASSERT_FALSE(written.ok()) << name;
            EXPECT_EQ(written.error().problem, FileProblem::NotARegularFile) << name;
            EXPECT_EQ(fileProblemId(written.error().problem), "not-a-regular-file");
        }
    }
    EXPECT_EQ(contentOf(file("database")), "kept");
    EXPECT_FALSE(fs::exists(file("nowhere")));
    EXPECT_TRUE(fs::is_symlink(file("dangling")));
    EXPECT_TRUE(fs::is_fifo(file("fifo")));
    EXPECT_TRUE(fs::is_character_file(file("null")));
    EXPECT_EQ(entries(), (std::vector<std::string>{"dangling", "database", "fifo", "folder", "null",
                                                   "to-database"}));
}

// A link planted between the checks at the start and the rename: the rename is refused too.
TEST_F(DurableFile, TheTargetIsCheckedAgainBeforeTheRename) {
    {
        auto staged = StagedFile::create(file("day.csv"), 0600, ExistingTarget::Replace);
        ASSERT_TRUE(staged.ok());
        ASSERT_TRUE(staged->write("report").ok());
        fs::create_symlink(file("nowhere"), file("day.csv"));
        const auto committed = staged->commit();
        ASSERT_FALSE(committed.ok());
        EXPECT_EQ(committed.error().problem, FileProblem::NotARegularFile);
    }
    EXPECT_FALSE(fs::exists(file("nowhere")));
    EXPECT_EQ(entries(), std::vector<std::string>{"day.csv"}); // the link, and no temporary file
}

TEST_F(DurableFile, AFolderThatIsNotThereCannotBeCreated) {
    const auto written = writeFileDurably(file("missing/day.csv"), "x", 0600, ExistingTarget::Keep);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().problem, FileProblem::CannotCreate);
    EXPECT_EQ(written.error().systemError, ENOENT);
}

// A write that fails half way (here at a file size limit, in a child process) leaves nothing:
// no file under the name, no temporary file beside it.
TEST_F(DurableFile, AFailedWriteLeavesNothingBehind) {
    const pid_t child = ::fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1024, 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        const auto written =
            writeFileDurably(file("day.csv"), std::string(8192, 'x'), 0600, ExistingTarget::Keep);
        ::_exit(written.ok() ? 1 : written.error().problem == FileProblem::CannotWrite ? 0 : 2);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "1: written, 2: another problem";
    EXPECT_TRUE(entries().empty());
}

} // namespace
} // namespace jpki::platform

namespace jpki::platform {
namespace {

unsigned modeOf(const fs::path& path) {
    struct stat found {};
    return ::lstat(path.c_str(), &found) == 0 ? found.st_mode & 07777 : 0;
}

// Issue 16: the data folder, its logs/ and simulator/ hold applicants' data and keys.
TEST_F(DurableFile, APrivateFolderAndItsMissingParentsAreMadeOwnerOnlyWhateverTheUmask) {
    const mode_t saved = ::umask(0);
    const auto made = makePrivateDirectory(file("data/jpki-counter/logs"));
    ::umask(saved);
    ASSERT_TRUE(made.ok()) << describe(made.error());
    for (const char* folder : {"data", "data/jpki-counter", "data/jpki-counter/logs"}) {
        EXPECT_EQ(modeOf(file(folder)), 0700u) << folder;
    }
}

TEST_F(DurableFile, AnExistingFolderMadePrivateIsTightenedAndAFileIsRefused) {
    ASSERT_EQ(::mkdir(file("shared").c_str(), 0755), 0);
    ASSERT_TRUE(makePrivateDirectory(file("shared")).ok());
    EXPECT_EQ(modeOf(file("shared")), 0700u);

    plant(file("plain"), "x");
    const auto refused = makePrivateDirectory(file("plain"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, FileProblem::NotARegularFile);
}

TEST_F(DurableFile, RemovingOthersAccessTightensAWideFileOnly) {
    plant(file("cases.sqlite3"), "db");
    ASSERT_EQ(::chmod(file("cases.sqlite3").c_str(), 0644), 0);
    const auto tightened = removeOthersAccess(file("cases.sqlite3"));
    ASSERT_TRUE(tightened.ok());
    EXPECT_TRUE(*tightened);
    EXPECT_EQ(modeOf(file("cases.sqlite3")), 0600u);

    const auto again = removeOthersAccess(file("cases.sqlite3"));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(*again) << "already private";
    const auto missing = removeOthersAccess(file("cases.sqlite3-wal"));
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(*missing);
}

} // namespace
} // namespace jpki::platform
