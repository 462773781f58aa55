#include "simulator/authority.h"

#include "simulator/certificates.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>

namespace jpki::sim {

namespace {

namespace fs = std::filesystem;

Certificate makeCa(EVP_PKEY* key, const char* unit, const domain::Date& today) {
    CertificateSpec spec;
    spec.role = CertificateRole::Authority;
    // Marked as a test authority in every field a person reads, so that no one takes it for J-LIS.
    spec.subject = {{"C", "JP"},
                    {"O", "JPKI TEST"},
                    {"OU", unit},
                    {"OU", "jpki-card-sim test authority, not J-LIS"}};
    spec.firstDay = domain::addMonthsClamped(today, -120);
    spec.lastDay = domain::addMonthsClamped(today, 240);
    return issueCertificate(spec, key, nullptr, key);
}

void writeFile(const fs::path& path, const std::string& content, bool secret) {
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << content;
        if (!out.flush()) {
            throw std::runtime_error("cannot write " + path.string());
        }
    }
    ::chmod(path.c_str(), secret ? 0600 : 0644);
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("the test authority's file " + path.string() + " is missing");
    }
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

TestAuthority TestAuthority::create(const domain::Date& today, const KeyMaker& keys) {
    TestAuthority authority;
    authority.issuerKey = makeKey(keys);
    authority.authenticationCaKey = makeKey(keys);
    authority.authenticationCaCertificate =
        makeCa(authority.authenticationCaKey.get(), "Test CA for user authentication", today);
    authority.signatureCaKey = makeKey(keys);
    authority.signatureCaCertificate =
        makeCa(authority.signatureCaKey.get(), "Test CA for digital signature", today);
    return authority;
}

void TestAuthority::save(const fs::path& directory) const {
    fs::create_directories(directory);
    fs::permissions(directory, fs::perms::owner_all, fs::perm_options::replace);
    writeFile(directory / authority_files::issuerKey, privateKeyToPem(issuerKey.get()), true);
    writeFile(directory / authority_files::issuerPublicKey, publicKeyToPem(issuerKey.get()), false);
    writeFile(directory / authority_files::authenticationCaKey,
              privateKeyToPem(authenticationCaKey.get()), true);
    writeFile(directory / authority_files::authenticationCaCertificate,
              certificateToPem(authenticationCaCertificate.get()), false);
    writeFile(directory / authority_files::signatureCaKey, privateKeyToPem(signatureCaKey.get()),
              true);
    writeFile(directory / authority_files::signatureCaCertificate,
              certificateToPem(signatureCaCertificate.get()), false);
}

TestAuthority TestAuthority::load(const fs::path& directory) {
    TestAuthority authority;
    authority.issuerKey = privateKeyFromPem(readFile(directory / authority_files::issuerKey));
    authority.authenticationCaKey =
        privateKeyFromPem(readFile(directory / authority_files::authenticationCaKey));
    authority.authenticationCaCertificate =
        certificateFromPem(readFile(directory / authority_files::authenticationCaCertificate));
    authority.signatureCaKey =
        privateKeyFromPem(readFile(directory / authority_files::signatureCaKey));
    authority.signatureCaCertificate =
        certificateFromPem(readFile(directory / authority_files::signatureCaCertificate));
    return authority;
}

fs::path authorityDirectoryFor(const fs::path& stateFile) {
    fs::path directory = stateFile;
    directory += ".authority";
    return directory;
}

} // namespace jpki::sim
