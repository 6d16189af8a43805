#pragma once

#include "KaunterRunner.h"

#include "sim/Simulator.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// What each CLI suite that reaches the API sets up before a slot: a fresh temporary directory
// (the data dir is its "data" folder), the in-process simulator, and a runner of `kaunter`
// pointed at that simulator with the demo credentials. Destroyed in reverse: runner,
// simulator, directory.
class SimulatedKaunter
{
public:
    explicit SimulatedKaunter(const Simulator::Options &options);

    // False with *error when the directory could not be made or the simulator did not start.
    bool start(QString *error);

    QString dataDir() const { return path(QStringLiteral("data")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Simulator &simulator() { return m_sim; }
    KaunterRunner &kaunter() { return *m_kaunter; }

private:
    QTemporaryDir m_dir;
    Simulator m_sim;
    std::unique_ptr<KaunterRunner> m_kaunter;
};
