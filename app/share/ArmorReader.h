#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace debrief {

// Reads the age ASCII armor (strict PEM, "AGE ENCRYPTED FILE", 64 columns, canonical padded
// base64, LF or CRLF, whitespace allowed only around the block) from a source and yields the
// binary age file, line by line: a read-only sequential device over the decoded bytes.
// On malformed armor reads fail (-1) and failed()/errorDetail() say why.
class ArmorReader : public QIODevice
{
public:
    static constexpr char BeginLine[] = "-----BEGIN AGE ENCRYPTED FILE-----";
    static constexpr char EndLine[] = "-----END AGE ENCRYPTED FILE-----";

    // source must stay open while this reads. Opens itself read-only.
    explicit ArmorReader(QIODevice* source);

    bool isSequential() const override { return true; }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorDetail() const { return m_error; }
    bool sourceFailed() const { return m_sourceFailed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    enum class State
    {
        Start,  // before the BEGIN line
        Body,   // between BEGIN and END
        Ended,  // after END and its trailing whitespace: a clean end
        Failed, // malformed armor or a failing source
    };
    bool readBegin();
    bool readBodyLine();
    bool readEnd(bool atEnd);
    bool fail(const QString& detail);
    bool nextLine(qint64 maxLength, QByteArray* line, bool* atEnd);

    QIODevice* m_source;
    State m_state = State::Start;
    QByteArray m_decoded;  // decoded bytes not yet handed out
    qsizetype m_taken = 0; // how many of m_decoded were handed out
    QString m_error;
    bool m_sourceFailed = false;
};

} // namespace debrief
