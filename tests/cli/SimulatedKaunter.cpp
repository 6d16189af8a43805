#include "SimulatedKaunter.h"

SimulatedKaunter::SimulatedKaunter(const Simulator::Options &options)
    : m_sim(options)
{
}

bool SimulatedKaunter::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    if (!m_sim.start(error))
        return false;
    m_kaunter = std::make_unique<KaunterRunner>(m_sim.baseUrl(), Simulator::demoApiKey(),
                                                Simulator::demoSecretBase64(), dataDir());
    return true;
}
