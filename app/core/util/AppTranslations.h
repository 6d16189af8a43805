#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

// The language Kaunter speaks and the translators that make it speak it. English is the
// source language: it needs no translator. The other languages are the .qm files compiled
// into the executable under :/i18n (cmake/KaunterTranslations.cmake).
//
// The setting (Settings::Key::Language) wins; empty means the system's language, and a
// system language Kaunter does not have means English. Malaysian Chinese is written in
// simplified characters, so every Chinese locale gets zh_CN.
class AppTranslations
{
public:
    static QStringList supported();   // "en", "ms", "zh_CN", "ta"
    // One of supported(): `setting` when it names one, else what `system` resolves to.
    static QString resolve(const QString &setting, const QLocale &system);

    explicit AppTranslations(QString directory = QStringLiteral(":/i18n"));
    ~AppTranslations();
    AppTranslations(const AppTranslations &) = delete;
    AppTranslations &operator=(const AppTranslations &) = delete;

    // Installs kaunter_<language>.qm on the application (and Qt's own strings for standard
    // dialogs when the system has them), removing what an earlier call installed; a
    // QEvent::LanguageChange reaches every widget. False when the file is missing or holds no
    // translation: English is shown then, and current() says "en".
    bool apply(const QString &language);
    QString current() const { return m_current; }

private:
    QString m_directory;
    std::unique_ptr<QTranslator> m_kaunter;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
};
