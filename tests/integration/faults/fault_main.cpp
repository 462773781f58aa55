#include "pcsc_test.h"

int main(int argc, char** argv) {
    return jpki::test::runPcscTests(argc, argv);
}
