#include "share/AgeHeader.h"

#include "share/AgeBase64.h"
#include "share/DeviceIo.h"
#include "share/Hkdf.h"

#include <QIODevice>
#include <algorithm>
#include <sodium.h>

namespace debrief {

namespace {

constexpr char VersionPrefix[] = "age-encryption.org/";
constexpr char StanzaPrefix[] = "-> ";
constexpr char MacPrefix[] = "---";
constexpr qsizetype BodyColumns = 64;
constexpr qsizetype EncodedMacLength = 43; // 32 bytes, unpadded
constexpr qsizetype MaxVersionLine = 128;
constexpr char MacLabel[] = "header";

// VCHAR: the printable ASCII characters other than space.
bool isVisible(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// Reads the header line by line, keeping every byte for the MAC and enforcing the size limits.
class LineSource
{
public:
    LineSource(QIODevice* source, const AgeHeaderLimits& limits)
        : m_source(source)
        , m_maxBytes(limits.maxBytes)
    {
    }

    // The next line (without its LF) of at most maxLength bytes into *line; false and *error
    // otherwise (*line then holds what was read). A longer line fails with overLength: a rule
    // of the format (HeaderInvalid) or one of Debrief's limits (TooLarge).
    bool next(qsizetype maxLength, QByteArray* line, AgeError* error,
              AgeError::Kind overLength = AgeError::Kind::HeaderInvalid)
    {
        const qint64 room = m_maxBytes - m_raw.size() - 1; // keep room for the line feed
        if (room < 0)
            return failWith(error, AgeError::Kind::TooLarge,
                            QStringLiteral("the header is larger than %1 bytes").arg(m_maxBytes));
        const qint64 limit = qMin<qint64>(maxLength, room);
        deviceio::Line read = deviceio::readLine(m_source, limit);
        if (read.error)
            return failWith(error, AgeError::Kind::Io, m_source->errorString());
        m_raw.append(read.text);
        *line = std::move(read.text);
        if (read.ended) {
            m_raw.append('\n');
            return true;
        }
        if (line->size() <= limit)
            return failWith(error, AgeError::Kind::HeaderInvalid,
                            QStringLiteral("the data ends inside the header"));
        if (limit < maxLength)
            return failWith(error, AgeError::Kind::TooLarge,
                            QStringLiteral("the header is larger than %1 bytes").arg(m_maxBytes));
        return failWith(error, overLength,
                        QStringLiteral("a header line is longer than %1 bytes").arg(maxLength));
    }

    const QByteArray& raw() const { return m_raw; }

private:
    QIODevice* m_source;
    qint64 m_maxBytes;
    QByteArray m_raw;
};

std::optional<AgeHeader> invalid(AgeError* error, const QString& detail)
{
    failWith(error, AgeError::Kind::HeaderInvalid, detail);
    return std::nullopt;
}

// The version line: v1, a later version, or not an age file at all.
bool checkVersion(LineSource& lines, AgeError* error)
{
    QByteArray line;
    AgeError lineError;
    const bool read = lines.next(MaxVersionLine, &line, &lineError);
    const bool agePrefix = line.startsWith(VersionPrefix);
    if (!read) {
        if (lineError.kind == AgeError::Kind::Io || agePrefix)
            return failWith(error, lineError.kind, lineError.detail);
        return failWith(error, AgeError::Kind::NotAgeFile, QStringLiteral("no age version line"));
    }
    if (line == AgeHeader::VersionLine)
        return true;
    if (!agePrefix)
        return failWith(error, AgeError::Kind::NotAgeFile, QStringLiteral("no age version line"));
    const QByteArrayView version = QByteArrayView(line).sliced(qsizetype(sizeof VersionPrefix) - 1);
    if (version.isEmpty() || !isVisible(version))
        return failWith(error, AgeError::Kind::HeaderInvalid,
                        QStringLiteral("a malformed version line"));
    return failWith(
        error, AgeError::Kind::UnsupportedVersion,
        QStringLiteral("format version %1")
            .arg(QString::fromLatin1(version.first(qMin<qsizetype>(version.size(), 32)))));
}

// A stanza's body: 64-column lines of canonical base64, ended by a shorter (maybe empty) line.
std::optional<QByteArray> readBody(LineSource& lines, AgeError* error)
{
    QByteArray text;
    QByteArray line;
    do {
        if (!lines.next(BodyColumns, &line, error))
            return std::nullopt;
        if (!agebase64::isAlphabet(line)) {
            failWith(error, AgeError::Kind::HeaderInvalid,
                     QStringLiteral("a stanza body line holds a character outside base64"));
            return std::nullopt;
        }
        text.append(line);
    } while (line.size() == BodyColumns);
    auto body = agebase64::decode(text);
    if (!body)
        failWith(error, AgeError::Kind::HeaderInvalid,
                 QStringLiteral("a stanza body is not canonical base64"));
    return body;
}

} // namespace

std::optional<AgeHeader> AgeHeader::read(QIODevice* source, const AgeHeaderLimits& limits,
                                         AgeError* error)
{
    LineSource lines(source, limits);
    if (!checkVersion(lines, error))
        return std::nullopt;
    AgeHeader header;
    QByteArray line;
    for (;;) {
        if (!lines.next(limits.maxArgumentLine, &line, error, AgeError::Kind::TooLarge))
            return std::nullopt;
        if (line.startsWith(StanzaPrefix)) {
            if (header.m_stanzas.size() >= limits.maxStanzas) {
                failWith(error, AgeError::Kind::TooLarge,
                         QStringLiteral("more than %1 recipient stanzas").arg(limits.maxStanzas));
                return std::nullopt;
            }
            AgeStanza stanza;
            stanza.args = line.mid(qsizetype(sizeof StanzaPrefix) - 1).split(' ');
            for (const QByteArray& arg : std::as_const(stanza.args)) {
                if (arg.isEmpty() || !isVisible(arg))
                    return invalid(error, QStringLiteral("a stanza argument is empty or holds an "
                                                         "invalid character"));
            }
            auto body = readBody(lines, error);
            if (!body)
                return std::nullopt;
            stanza.body = std::move(*body);
            header.m_stanzas.append(std::move(stanza));
            continue;
        }
        if (!line.startsWith(MacPrefix))
            return invalid(error, QStringLiteral("a header line starts with neither \"->\" nor "
                                                 "\"---\""));
        if (header.m_stanzas.isEmpty())
            return invalid(error, QStringLiteral("the header has no recipient stanza"));
        const qsizetype prefix = qsizetype(sizeof MacPrefix) - 1;
        if (line.size() != prefix + 1 + EncodedMacLength || line.at(prefix) != ' ')
            return invalid(error, QStringLiteral("a malformed MAC line"));
        auto mac = agebase64::decode(QByteArrayView(line).sliced(prefix + 1));
        if (!mac || mac->size() != hkdf::HashLength)
            return invalid(error, QStringLiteral("the MAC is not canonical base64"));
        header.m_mac = std::move(*mac);
        header.m_macInput = lines.raw().left(lines.raw().size() - 1 - line.size() + prefix);
        return header;
    }
}

QByteArray AgeHeader::encode(const QList<AgeStanza>& stanzas, const SecretBytes& fileKey)
{
    QByteArray text = QByteArray(VersionLine) + '\n';
    for (const AgeStanza& stanza : stanzas) {
        text += StanzaPrefix + stanza.args.join(' ') + '\n';
        const QByteArray body = agebase64::encode(stanza.body);
        for (qsizetype i = 0; i < body.size(); i += BodyColumns)
            text += body.mid(i, BodyColumns) + '\n';
        if (body.size() % BodyColumns == 0)
            text += '\n'; // the body always ends with a short line, empty if need be
    }
    text += MacPrefix;
    const QByteArray headerMac = mac(text, fileKey);
    if (headerMac.isEmpty())
        return {};
    return text + ' ' + agebase64::encode(headerMac) + '\n';
}

bool AgeHeader::macMatches(const SecretBytes& fileKey) const
{
    const QByteArray expected = mac(m_macInput, fileKey);
    return !expected.isEmpty() && expected.size() == m_mac.size() &&
           sodium_memcmp(expected.constData(), m_mac.constData(), size_t(m_mac.size())) == 0;
}

QByteArray AgeHeader::mac(const QByteArray& headerUpToMac, const SecretBytes& fileKey)
{
    const SecretBytes key = hkdf::sha256(fileKey.view(), {}, MacLabel);
    if (!key.isValid())
        return {};
    return hkdf::hmacSha256(key.view(), headerUpToMac);
}

} // namespace debrief
