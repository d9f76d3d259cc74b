#include "languages.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace elshi::core {

QStringList Languages::codes()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString Languages::nativeName(const QString &code)
{
    // Native names are never translated: a user must recognise their own language in any UI.
    if (code == u"kk")
        return QStringLiteral("Қазақша");
    if (code == u"ru")
        return QStringLiteral("Русский");
    return QStringLiteral("English");
}

QString Languages::systemDefault()
{
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &name : ui) {
        const QString code = name.left(2).toLower();
        if (codes().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QLocale Languages::locale(const QString &code)
{
    if (code == u"kk")
        return QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    if (code == u"ru")
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Languages::Languages() = default;

Languages::~Languages()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

bool Languages::install(const QString &code)
{
    if (!codes().contains(code))
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/elshi_%1.qm").arg(code)))
        return false;
    // Qt's own strings (dialog buttons, shortcuts) where the system has them.
    auto qtTranslator = std::make_unique<QTranslator>();
    const bool haveQt = qtTranslator->load(locale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_qtTranslator.reset();
    if (haveQt) {
        m_qtTranslator = std::move(qtTranslator);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    m_current = code;
    QLocale::setDefault(locale(code));
    return true;
}

} // namespace elshi::core
