#pragma once

// The user-interface languages Elshi ships and the translator that switches between them at run
// time. Installing a language replaces the previous catalogue, so Qt sends LanguageChange to every
// widget and library caches of translated names can drop themselves.

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace elshi::core {

class Languages
{
    Q_DECLARE_TR_FUNCTIONS(elshi::core::Languages)
public:
    static QStringList codes(); // "kk", "ru", "en"
    static QString nativeName(const QString &code); // "Қазақша", "Русский", "English"
    // The shipped language closest to the system locale, English when none matches.
    static QString systemDefault();
    static QLocale locale(const QString &code);

    Languages();
    ~Languages();
    // Loads the catalogue from the resources and installs it; false when none exists for code.
    bool install(const QString &code);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};

} // namespace elshi::core
