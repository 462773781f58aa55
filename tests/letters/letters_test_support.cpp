#include "letters_test_support.h"

#include <QProcess>

namespace jpki::letters::testing {

namespace {

using domain::Procedure;
using domain::RequestPath;

QByteArray runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace

workflow::CaseFile letterIssuedCase(Counter& counter) {
    return letterIssuedCase(counter, workflow::testing::applicantOf(counter.profile()));
}

workflow::CaseFile letterIssuedCase(Counter& counter, const workflow::ApplicantInput& applicant) {
    workflow::CaseEngine& engine = counter.engine();
    const workflow::CaseFile opened =
        counter.openCase(Procedure::PinReset, RequestPath::VoluntaryProxy);
    EXPECT_TRUE(
        workflow::testing::holds(engine.recordApplicant(opened.id, applicant, counter.clerk())));
    workflow::ProxyInput proxy;
    proxy.name = QStringLiteral("代理　太郎");
    proxy.kind = workflow::ProxyKind::Voluntary;
    EXPECT_TRUE(workflow::testing::holds(engine.recordProxy(opened.id, proxy, counter.clerk())));
    auto checked = engine.checkDocuments(
        opened.id, 1, workflow::testing::everythingPresented(workflow::testing::testDay()),
        counter.clerk());
    EXPECT_TRUE(workflow::testing::holds(checked));
    EXPECT_EQ(checked->step, workflow::Step::LetterIssued);
    auto issued = engine.issueLetter(opened.id, counter.clerk());
    EXPECT_TRUE(workflow::testing::holds(issued));
    return *issued;
}

workflow::CaseFile completedPinReset(Counter& counter, domain::PinKind pin,
                                     const std::string& newPin) {
    workflow::CardCheckChoice choice;
    choice.pinsToReset = {pin};
    const workflow::CaseFile atPins =
        counter.toPinEntry(Procedure::PinReset, RequestPath::VoluntaryProxy, choice);
    const domain::SecretBuffer typed(newPin);
    const domain::SecretBuffer again(newPin);
    auto done =
        counter.engine().resetPin(atPins.id, counter.channel(), pin, typed, again, counter.clerk());
    EXPECT_TRUE(workflow::testing::holds(done));
    EXPECT_EQ(done->step, workflow::Step::Completed);
    return *done;
}

workflow::CaseFile completedRenewal(Counter& counter) {
    const workflow::CaseFile atPins = counter.toPinEntry(Procedure::Renewal, RequestPath::Self, {});
    auto done = counter.engine().renew(atPins.id, counter.channel(), counter.defaultPins(),
                                       counter.clerk());
    EXPECT_TRUE(workflow::testing::holds(done));
    EXPECT_EQ(done->step, workflow::Step::Completed);
    return *done;
}

QString asPrinted(QString value) {
    return value.replace(QChar(0x3000), QLatin1Char(' '));
}

QString pdfText(const QString& path) {
    return QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
}

QStringList pdfFontLines(const QString& path) {
    QStringList lines = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {path}))
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The two header lines: the column names and the rule under them.
    return lines.size() > 2 ? lines.mid(2) : QStringList();
}

} // namespace jpki::letters::testing
