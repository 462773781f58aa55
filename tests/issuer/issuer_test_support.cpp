#include "issuer_test_support.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace jpki::issuer::testing {

namespace fs = std::filesystem;
using namespace std::chrono;

crypto::Key pooledKey() {
    static const crypto::KeyMaker pool = crypto::keysFromPool(readText(JPKI_ISSUER_TEST_KEYS));
    return pool();
}

card::Bytes subjectPublicKeyInfo(EVP_PKEY* key) {
    return crypto::publicKeyToDer(key);
}

sys_seconds fixedNow() {
    return sys_days(2025y / November / 25d) + hours(1) + minutes(2) + seconds(3);
}

domain::Date today() {
    return domain::Date{2025y, November, 25d};
}

LocalAuthorityOptions testOptions() {
    LocalAuthorityOptions options;
    options.clock = fixedNow;
    options.keys = pooledKey;
    return options;
}

card::BasicInfo holderItems() {
    card::BasicInfo holder;
    holder.name = "長谷川　健一";
    holder.address = "岐阜県美濃市泉町２番地";
    holder.birthDate = domain::Date{1983y, May, 14d};
    holder.sex = card::Sex::Male;
    return holder;
}

unsigned modeOf(const fs::path& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return 0;
    }
    return status.st_mode & 07777;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void appendText(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::app);
    out << text;
}

void AuthorityTest::SetUp() {
    std::string pattern = (fs::temp_directory_path() / "jpki-issuer-test-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    m_root = pattern;
    m_authorityDirectory = m_root / "authority";
}

void AuthorityTest::TearDown() {
    m_authority.reset();
    std::error_code ignored;
    fs::remove_all(m_root, ignored);
}

LocalAuthority& AuthorityTest::authority() {
    if (!m_authority) {
        Result<LocalAuthority> made = LocalAuthority::create(directory(), today(), testOptions());
        if (!made) {
            ADD_FAILURE() << describe(made.error());
            std::abort();
        }
        m_authority.emplace(std::move(made).value());
    }
    return *m_authority;
}

LocalAuthority& AuthorityTest::reopen() {
    m_authority.reset();
    Result<LocalAuthority> opened = LocalAuthority::open(directory(), testOptions());
    if (!opened) {
        throw std::runtime_error("open: " + describe(opened.error()));
    }
    m_authority.emplace(std::move(opened).value());
    return *m_authority;
}

fs::path AuthorityTest::ledgerPath() const {
    return m_authorityDirectory / authority_files::ledger;
}

card::Certificate AuthorityTest::issueFor(domain::CertificateKind kind) {
    const crypto::Key key = pooledKey();
    IssueRequest request;
    request.kind = kind;
    request.publicKey = subjectPublicKeyInfo(key.get());
    request.notBefore = today();
    request.notAfter = domain::Date{2030y, May, 14d};
    if (kind == domain::CertificateKind::Signature) {
        request.holder = holderItems();
    }
    Result<card::Certificate> issued = authority().issue(request);
    if (!issued) {
        throw std::runtime_error("issue: " + describe(issued.error()));
    }
    return std::move(issued).value();
}

} // namespace jpki::issuer::testing
