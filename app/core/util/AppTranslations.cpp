#include "AppTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

QStringList AppTranslations::supported()
{
    return {u"en"_s, u"ms"_s, u"zh_CN"_s, u"ta"_s};
}

QString AppTranslations::resolve(const QString &setting, const QLocale &system)
{
    const QString wanted = setting.trimmed();
    if (supported().contains(wanted))
        return wanted;
    switch (system.language()) {
    case QLocale::Malay:
        return u"ms"_s;
    case QLocale::Chinese:
        return u"zh_CN"_s;
    case QLocale::Tamil:
        return u"ta"_s;
    default:
        return u"en"_s;
    }
}

AppTranslations::AppTranslations(QString directory)
    : m_directory(std::move(directory))
{
}

AppTranslations::~AppTranslations()
{
    // QCoreApplication keeps raw pointers: take them back before the translators go.
    if (m_kaunter)
        QCoreApplication::removeTranslator(m_kaunter.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

bool AppTranslations::apply(const QString &language)
{
    if (m_kaunter) {
        QCoreApplication::removeTranslator(m_kaunter.get());
        m_kaunter.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_current = u"en"_s;
    if (language == u"en"_s || !supported().contains(language))
        return language == u"en"_s;
    auto kaunter = std::make_unique<QTranslator>();
    // An empty .qm (a language nobody has translated yet) loads, but says nothing.
    if (!kaunter->load(u"kaunter_"_s + language, m_directory) || kaunter->isEmpty())
        return false;
    QCoreApplication::installTranslator(kaunter.get());
    m_kaunter = std::move(kaunter);
    // Qt's own words (standard buttons, the print and file dialogs), when the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) && !qt->isEmpty()) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_current = language;
    return true;
}
