// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the bouncelens-cli of this build as a child process: the one way the CLI tests start it.
// Header-only, so BOUNCELENS_BINARY_DIR is the test's own (bouncelens_add_test defines it).

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace TestSupport {

struct CliRun
{
    int exitCode = -1; // -1: did not start or did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
};

// args as given on the command line (the command first); stdinData is written to the child's
// standard input, which is then closed; env is the system environment when left empty.
inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
                     const QProcessEnvironment &env = QProcessEnvironment(), int timeoutMs = 60000)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral(BOUNCELENS_BINARY_DIR "/bouncelens-cli"), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

} // namespace TestSupport
