// Writes RSA-2048 private keys (PEM, one after another) for the simulator's unit tests, once per
// build: each test process then loads them instead of spending seconds generating its own.

#include "simulator/crypto.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: simulator_test_keygen OUTPUT COUNT\n";
        return 2;
    }
    const std::string temporary = std::string(argv[1]) + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        for (int index = 0; index < std::atoi(argv[2]); ++index) {
            const jpki::sim::Key key = jpki::sim::generateRsaKey();
            out << jpki::sim::privateKeyToPem(key.get());
        }
        if (!out.flush()) {
            std::cerr << "cannot write " << temporary << "\n";
            return 1;
        }
    }
    return std::rename(temporary.c_str(), argv[1]) == 0 ? 0 : 1;
}
