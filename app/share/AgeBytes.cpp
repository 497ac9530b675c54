#include "share/AgeBytes.h"

#include "share/AgeDecryptor.h"
#include "share/AgeEncryptor.h"

#include <QBuffer>

namespace debrief::agebytes {

std::optional<QByteArray> encrypt(QByteArrayView plaintext,
                                  const QList<const AgeRecipient*>& recipients, AgeError* error,
                                  bool armor)
{
    QByteArray file;
    QBuffer sink(&file);
    sink.open(QIODevice::WriteOnly);
    AgeEncryptor encryptor(&sink, armor ? AgeEncryptor::Encoding::Armored
                                        : AgeEncryptor::Encoding::Binary);
    if (!encryptor.begin(recipients) || !encryptor.write(plaintext) || !encryptor.finish()) {
        if (error)
            *error = encryptor.error();
        return std::nullopt;
    }
    sink.close();
    return file;
}

std::optional<QByteArray> decrypt(QByteArrayView file, const QList<const AgeIdentity*>& identities,
                                  AgeError* error)
{
    QByteArray input = QByteArray::fromRawData(file.data(), file.size());
    QBuffer source(&input);
    source.open(QIODevice::ReadOnly);
    QByteArray plaintext;
    plaintext.reserve(file.size()); // never more than the file: no reallocation leaves copies
    QBuffer sink(&plaintext);
    sink.open(QIODevice::WriteOnly);
    if (!AgeDecryptor::decrypt(&source, &sink, identities, error)) {
        sink.close();
        wipeBytes(plaintext);
        return std::nullopt;
    }
    sink.close();
    return plaintext;
}

} // namespace debrief::agebytes
