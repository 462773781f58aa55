// The floor for a Qt command-line program's start: a QCoreApplication made and left, nothing else.
// bench_cli_startup times jpki-counter-cli's own start beside it.

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    return 0;
}
