// A short, deterministic fuzz run for the normal test suite, with any compiler: every file of the
// target's seed corpus, then mutations of them (bit flips, bytes set, inserted, removed, cut,
// chunks repeated) from a fixed seed, until an input count or a time budget is reached. It finds
// crashes, aborted invariants and, in the sanitizer build, memory errors; the long coverage-guided
// runs are libFuzzer's (scripts/fuzz).
//
// Usage: fuzz_smoke_TARGET CORPUS_DIR [--runs N] [--seconds S] [--seed S]

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

using Input = std::vector<std::uint8_t>;

std::vector<Input> readCorpus(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end()); // the same order, hence the same run, everywhere
    std::vector<Input> corpus;
    for (const auto& file : files) {
        std::ifstream stream(file, std::ios::binary);
        corpus.emplace_back(std::istreambuf_iterator<char>(stream),
                            std::istreambuf_iterator<char>());
    }
    return corpus;
}

// Bytes a parser of lengths, tags and text treats specially.
constexpr std::uint8_t kInterestingBytes[] = {0x00, 0x01, 0x0A, 0x20, 0x30, 0x3D, 0x7F,
                                              0x80, 0x81, 0x82, 0x83, 0x84, 0x90, 0xFF};

void mutate(Input& input, std::mt19937_64& random) {
    auto pick = [&](std::size_t bound) {
        return static_cast<std::size_t>(random() % std::max<std::size_t>(bound, 1));
    };
    const int changes = 1 + static_cast<int>(pick(4));
    for (int change = 0; change < changes; ++change) {
        switch (pick(7)) {
        case 0: // flip a bit
            if (!input.empty()) {
                input[pick(input.size())] ^= static_cast<std::uint8_t>(1u << pick(8));
            }
            break;
        case 1: // set a byte to one the parsers treat specially
            if (!input.empty()) {
                input[pick(input.size())] = kInterestingBytes[pick(std::size(kInterestingBytes))];
            }
            break;
        case 2: // insert a byte
            input.insert(input.begin() + static_cast<std::ptrdiff_t>(pick(input.size() + 1)),
                         static_cast<std::uint8_t>(random()));
            break;
        case 3: // remove a byte
            if (!input.empty()) {
                input.erase(input.begin() + static_cast<std::ptrdiff_t>(pick(input.size())));
            }
            break;
        case 4: // cut the end off
            input.resize(pick(input.size() + 1));
            break;
        case 5: { // repeat a chunk
            if (input.empty()) {
                break;
            }
            const std::size_t from = pick(input.size());
            const std::size_t length = 1 + pick(std::min<std::size_t>(input.size() - from, 64));
            const Input chunk(input.begin() + static_cast<std::ptrdiff_t>(from),
                              input.begin() + static_cast<std::ptrdiff_t>(from + length));
            input.insert(input.begin() + static_cast<std::ptrdiff_t>(pick(input.size() + 1)),
                         chunk.begin(), chunk.end());
            break;
        }
        default: // a random byte anywhere
            if (!input.empty()) {
                input[pick(input.size())] = static_cast<std::uint8_t>(random());
            }
            break;
        }
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [--runs N] [--seconds S] [--seed S]\n", argv[0]);
        return 2;
    }
    long long runs = 20000;
    double seconds = 3.0;
    std::uint64_t seed = 20261125;
    for (int index = 2; index + 1 < argc; index += 2) {
        if (std::strcmp(argv[index], "--runs") == 0) {
            runs = std::atoll(argv[index + 1]);
        } else if (std::strcmp(argv[index], "--seconds") == 0) {
            seconds = std::atof(argv[index + 1]);
        } else if (std::strcmp(argv[index], "--seed") == 0) {
            seed = std::strtoull(argv[index + 1], nullptr, 10);
        }
    }
    if (LLVMFuzzerInitialize) {
        LLVMFuzzerInitialize(&argc, &argv);
    }
    const std::vector<Input> corpus = readCorpus(argv[1]);
    if (corpus.empty()) {
        std::fprintf(stderr, "no seed inputs in %s\n", argv[1]);
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + std::chrono::duration<double>(seconds);
    for (const Input& input : corpus) {
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::mt19937_64 random(seed);
    long long done = 0;
    Input input;
    for (; done < runs && std::chrono::steady_clock::now() < deadline; ++done) {
        input = corpus[static_cast<std::size_t>(random() % corpus.size())];
        mutate(input, random);
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("[ figures  ] %zu seed inputs and %lld mutations in %.2f s, no finding\n",
                corpus.size(), done, elapsed);
    return 0;
}
