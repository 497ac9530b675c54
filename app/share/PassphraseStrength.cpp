#include "share/PassphraseStrength.h"

#include <QCoreApplication>
#include <vector>
#include <zxcvbn.h>

namespace debrief {

PassphraseStrength PassphraseStrength::of(const QString& passphrase, const QStringList& userWords)
{
    PassphraseStrength s;
    if (passphrase.isEmpty())
        return s;
    // zxcvbn reads NUL-terminated UTF-8; the copies are wiped once it is done.
    QByteArray bytes = passphrase.toUtf8();
    QVector<QByteArray> words;
    std::vector<const char*> dictionary;
    for (const QString& word : userWords) {
        if (!word.trimmed().isEmpty())
            words.append(word.trimmed().toUtf8());
    }
    for (const QByteArray& word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);
    s.m_bits = ZxcvbnMatch(bytes.constData(), dictionary.data(), nullptr);
    bytes.fill('\0');
    if (s.m_bits >= StrongBits)
        s.m_level = Level::Strong;
    else if (s.m_bits >= GoodBits)
        s.m_level = Level::Good;
    else if (s.m_bits >= FairBits)
        s.m_level = Level::Fair;
    else
        s.m_level = Level::Weak;
    return s;
}

QString PassphraseStrength::label() const
{
    switch (m_level) {
    case Level::Empty:
        return {};
    case Level::Weak:
        return QCoreApplication::translate("PassphraseStrength", "Weak");
    case Level::Fair:
        return QCoreApplication::translate("PassphraseStrength", "Fair");
    case Level::Good:
        return QCoreApplication::translate("PassphraseStrength", "Good");
    case Level::Strong:
        return QCoreApplication::translate("PassphraseStrength", "Strong");
    }
    return {};
}

} // namespace debrief
