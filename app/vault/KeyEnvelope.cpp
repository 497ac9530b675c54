#include "vault/KeyEnvelope.h"

#include "vault/RecoveryCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cmath>
#include <sodium.h>

namespace debrief {

namespace {

constexpr char FormatName[] = "debrief-key-envelope";
constexpr char KdfName[] = "argon2id13";
constexpr char KeyCheckLabel[] = "debrief key check v1";

constexpr char PinLabel[] = "debrief pin v1";

QString kindName(KeyEnvelope::SecretKind kind)
{
    switch (kind) {
    case KeyEnvelope::SecretKind::RecoveryCode:
        return QStringLiteral("recovery-code");
    case KeyEnvelope::SecretKind::Pin:
        return QStringLiteral("pin");
    case KeyEnvelope::SecretKind::Passphrase:
        break;
    }
    return QStringLiteral("passphrase");
}

// The bytes a secret contributes to the KDF: recovery codes in canonical form (so case and
// dashes do not matter), passphrases in Unicode NFC (so the same words typed on another
// keyboard still match), PINs as their ASCII digits.
QByteArray secretBytes(KeyEnvelope::SecretKind kind, const QString& secret)
{
    if (kind == KeyEnvelope::SecretKind::RecoveryCode)
        return recoverycode::normalize(secret).toUtf8();
    return secret.normalized(QString::NormalizationForm_C).toUtf8();
}

QByteArray associatedData(const QString& vaultId, KeyEnvelope::SecretKind kind)
{
    return QByteArray(FormatName) + " v1 " + vaultId.toUtf8() + ' ' + kindName(kind).toUtf8();
}

QByteArray deriveWrappingKey(const QByteArray& secret, const QByteArray& salt,
                             KeyEnvelope::KdfParams params)
{
    QByteArray out(int(crypto_aead_xchacha20poly1305_ietf_KEYBYTES), '\0');
    if (!sodiumReady() || secret.isEmpty() || salt.size() != int(crypto_pwhash_SALTBYTES) ||
        crypto_pwhash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                      secret.constData(), size_t(secret.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      size_t(params.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        wipe(out);
        return {};
    }
    return out;
}

// A PIN slot's wrapping key: the PIN's Argon2id output keyed BLAKE2b with the pepper from the
// OS keyring. Without the pepper the million possible PINs cannot be tried against the file.
QByteArray pepperedKey(QByteArray stretched, const QByteArray& pepper)
{
    if (stretched.isEmpty() || pepper.size() != KeyEnvelope::PepperSize) {
        wipe(stretched);
        return {};
    }
    stretched.append(PinLabel, int(sizeof PinLabel - 1));
    QByteArray out(int(crypto_aead_xchacha20poly1305_ietf_KEYBYTES), '\0');
    crypto_generichash(
        reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
        reinterpret_cast<const unsigned char*>(stretched.constData()), size_t(stretched.size()),
        reinterpret_cast<const unsigned char*>(pepper.constData()), size_t(pepper.size()));
    wipe(stretched);
    return out;
}

QByteArray wrappingKeyFor(KeyEnvelope::SecretKind kind, const QByteArray& secret,
                          const QByteArray& salt, KeyEnvelope::KdfParams params,
                          const QByteArray& pepper)
{
    if (kind != KeyEnvelope::SecretKind::Pin)
        return deriveWrappingKey(secret, salt, params);
    if (pepper.size() != KeyEnvelope::PepperSize)
        return {}; // not worth a second of Argon2id
    return pepperedKey(deriveWrappingKey(secret, salt, params), pepper);
}

// Upper bounds for KDF parameters read from a file (CR-3 parameters can still be raised far
// above INTERACTIVE: 8 times SENSITIVE's passes, 4 times its memory).
constexpr quint64 MaxOpsLimit = 32;
constexpr quint64 MaxMemLimit = quint64(1) << 32;

// A whole number in [min, max] from the JSON, checked before the conversion (casting an
// out-of-range double to an integer is undefined behaviour).
std::optional<quint64> limitFrom(const QJsonValue& value, quint64 min, quint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= double(min) && d <= double(max)) || d != std::floor(d))
        return std::nullopt;
    return quint64(d);
}

QString b64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

// The values of a JSON tree in a form that does not depend on how the file is laid out or on
// how Qt writes numbers: objects by sorted key, every string and key with its length.
void appendCanonical(QByteArray& out, const QJsonValue& value)
{
    auto appendString = [&out](const QString& s) {
        const QByteArray utf8 = s.toUtf8();
        out += QByteArray::number(utf8.size()) + ':' + utf8;
    };
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out += '{';
        for (const QString& key : object.keys()) { // sorted
            appendString(key);
            appendCanonical(out, object.value(key));
        }
        out += '}';
        break;
    }
    case QJsonValue::Array:
        out += '[';
        for (const QJsonValue& item : value.toArray())
            appendCanonical(out, item);
        out += ']';
        break;
    case QJsonValue::String:
        out += 's';
        appendString(value.toString());
        break;
    case QJsonValue::Double:
        out += 'n' + QByteArray::number(value.toDouble(), 'g', 17) + ';';
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? 't' : 'f';
        break;
    default:
        out += 'z';
    }
}

// A BLAKE2b checksum of everything in the envelope but the checksum itself: it finds accidental
// damage (a flipped byte in a salt looks like a wrong secret otherwise); it authenticates
// nothing, the AEAD of each slot does that.
QString checksumOf(QJsonObject root)
{
    root.remove(QStringLiteral("checksum"));
    if (!sodiumReady())
        return {};
    QByteArray canonical;
    appendCanonical(canonical, root);
    QByteArray sum(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(sum.data()), size_t(sum.size()),
                       reinterpret_cast<const unsigned char*>(canonical.constData()),
                       size_t(canonical.size()), nullptr, 0);
    return b64(sum);
}

} // namespace

KeyEnvelope::KdfParams KeyEnvelope::KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

std::optional<KeyEnvelope> KeyEnvelope::create(const VaultKey& key, SecretKind kind,
                                               const QString& secret, KdfParams params)
{
    if (!key.isValid() || !sodiumReady())
        return std::nullopt;
    KeyEnvelope envelope;
    envelope.m_vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    envelope.m_keyCheck = keyCheckValue(key);
    auto slot = wrap(envelope.m_vaultId, key, kind, secret, params);
    if (!slot)
        return std::nullopt;
    envelope.m_slots.append(*slot);
    return envelope;
}

bool KeyEnvelope::isValidPin(const QString& pin)
{
    if (pin.size() < MinimumPinLength)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<KeyEnvelope::Slot> KeyEnvelope::wrap(const QString& vaultId, const VaultKey& key,
                                                   SecretKind kind, const QString& secret,
                                                   KdfParams params, const QByteArray& pepper)
{
    if (kind == SecretKind::Pin && !isValidPin(secret))
        return std::nullopt;
    QByteArray secretUtf8 = secretBytes(kind, secret);
    Slot slot{kind,
              params,
              QByteArray(int(crypto_pwhash_SALTBYTES), '\0'),
              QByteArray(int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES), '\0'),
              {}};
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    randombytes_buf(slot.nonce.data(), size_t(slot.nonce.size()));
    QByteArray wrappingKey = wrappingKeyFor(kind, secretUtf8, slot.salt, params, pepper);
    wipe(secretUtf8);
    if (wrappingKey.isEmpty())
        return std::nullopt;
    const QByteArray ad = associatedData(vaultId, kind);
    slot.wrappedKey.resize(int(VaultKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.wrappedKey.data()), &written, key.data(),
        VaultKey::Size, reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()),
        nullptr, reinterpret_cast<const unsigned char*>(slot.nonce.constData()),
        reinterpret_cast<const unsigned char*>(wrappingKey.constData()));
    wipe(wrappingKey);
    slot.wrappedKey.resize(int(written));
    return slot;
}

VaultKey KeyEnvelope::unwrapSlot(const Slot& slot, const QString& secret,
                                 const QByteArray& pepper) const
{
    QByteArray secretUtf8 = secretBytes(slot.kind, secret);
    QByteArray wrappingKey = wrappingKeyFor(slot.kind, secretUtf8, slot.salt, slot.params, pepper);
    wipe(secretUtf8);
    if (wrappingKey.isEmpty() ||
        slot.nonce.size() != int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) ||
        slot.wrappedKey.size() != int(VaultKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
        wipe(wrappingKey);
        return {};
    }
    const QByteArray ad = associatedData(m_vaultId, slot.kind);
    unsigned char* plain = static_cast<unsigned char*>(sodium_malloc(VaultKey::Size));
    if (!plain) {
        wipe(wrappingKey);
        return {};
    }
    unsigned long long plainLen = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        plain, &plainLen, nullptr,
        reinterpret_cast<const unsigned char*>(slot.wrappedKey.constData()),
        size_t(slot.wrappedKey.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        size_t(ad.size()), reinterpret_cast<const unsigned char*>(slot.nonce.constData()),
        reinterpret_cast<const unsigned char*>(wrappingKey.constData()));
    wipe(wrappingKey);
    VaultKey key;
    if (rc == 0 && plainLen == VaultKey::Size)
        key = VaultKey::fromBytes(plain, VaultKey::Size);
    sodium_free(plain);
    return key;
}

VaultKey KeyEnvelope::unwrap(const QString& secret, VaultError* error, SecretKind* opened) const
{
    bool keyCheckDisagrees = false;
    for (const Slot& slot : m_slots) {
        if (slot.kind == SecretKind::RecoveryCode && !recoverycode::looksLikeCode(secret))
            continue; // not worth a second of Argon2id
        if (slot.kind == SecretKind::Pin)
            continue; // needs the pepper: unwrapPin()
        VaultKey key = unwrapSlot(slot, secret);
        if (key.isValid() && checks(key)) {
            if (error)
                *error = {};
            if (opened)
                *opened = slot.kind;
            return key;
        }
        // The slot's authenticated encryption accepted the secret: the key check is damaged.
        keyCheckDisagrees = keyCheckDisagrees || key.isValid();
    }
    if (error) {
        if (keyCheckDisagrees || m_damaged)
            *error = {VaultError::Kind::KeyFileDamaged, keyCheckDisagrees
                                                            ? QStringLiteral("key check value")
                                                            : QStringLiteral("checksum")};
        else
            *error = {VaultError::Kind::WrongSecret, QStringLiteral("no slot opened")};
    }
    return {};
}

VaultKey KeyEnvelope::unwrapPin(const QString& pin, const QByteArray& pepper,
                                VaultError* error) const
{
    bool keyCheckDisagrees = false;
    for (const Slot& slot : m_slots) {
        if (slot.kind != SecretKind::Pin || !isValidPin(pin))
            continue;
        VaultKey key = unwrapSlot(slot, pin, pepper);
        if (key.isValid() && checks(key)) {
            if (error)
                *error = {};
            return key;
        }
        keyCheckDisagrees = keyCheckDisagrees || key.isValid();
    }
    if (error) {
        if (keyCheckDisagrees)
            *error = {VaultError::Kind::KeyFileDamaged, QStringLiteral("key check value")};
        else
            *error = {VaultError::Kind::WrongSecret, QStringLiteral("no PIN slot opened")};
    }
    return {};
}

QByteArray KeyEnvelope::keyCheckValue(const VaultKey& key)
{
    // A keyed BLAKE2b of a fixed label: reveals nothing about the key, tells a wrong key from
    // a damaged vault file before SQLCipher is even asked.
    QByteArray out(int(crypto_generichash_BYTES), '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(KeyCheckLabel),
                       sizeof KeyCheckLabel - 1, key.data(), VaultKey::Size);
    return out;
}

bool KeyEnvelope::checks(const VaultKey& key) const
{
    if (!key.isValid() || m_keyCheck.size() != int(crypto_generichash_BYTES))
        return false;
    const QByteArray kcv = keyCheckValue(key);
    return sodium_memcmp(kcv.constData(), m_keyCheck.constData(), size_t(kcv.size())) == 0;
}

QList<KeyEnvelope::SecretKind> KeyEnvelope::secretKinds() const
{
    QList<SecretKind> kinds;
    for (const Slot& slot : m_slots)
        kinds.append(slot.kind);
    return kinds;
}

bool KeyEnvelope::setSecret(const VaultKey& key, SecretKind kind, const QString& secret,
                            KdfParams params)
{
    if (!checks(key))
        return false;
    auto slot = wrap(m_vaultId, key, kind, secret, params);
    if (!slot)
        return false;
    for (Slot& existing : m_slots) {
        if (existing.kind == kind) {
            existing = *slot;
            return true;
        }
    }
    m_slots.append(*slot);
    return true;
}

bool KeyEnvelope::setPin(const VaultKey& key, const QString& pin, const QByteArray& pepper,
                         KdfParams params)
{
    if (!checks(key) || pepper.size() != PepperSize)
        return false;
    auto slot = wrap(m_vaultId, key, SecretKind::Pin, pin, params, pepper);
    if (!slot)
        return false;
    for (Slot& existing : m_slots) {
        if (existing.kind == SecretKind::Pin) {
            existing = *slot;
            return true;
        }
    }
    m_slots.append(*slot);
    return true;
}

bool KeyEnvelope::removeSecret(SecretKind kind)
{
    QList<Slot> kept;
    bool removed = false;
    bool opensWithoutKeyring = false;
    for (const Slot& slot : m_slots) {
        if (slot.kind == kind) {
            removed = true;
            continue;
        }
        kept.append(slot);
        opensWithoutKeyring = opensWithoutKeyring || slot.kind != SecretKind::Pin;
    }
    if (!removed || !opensWithoutKeyring)
        return false;
    m_slots = kept;
    return true;
}

std::optional<KeyEnvelope> KeyEnvelope::rewrappedFor(const VaultKey& newKey, SecretKind kind,
                                                     const QString& secret, KdfParams params) const
{
    KeyEnvelope next;
    next.m_vaultId = m_vaultId;
    next.m_keyCheck = keyCheckValue(newKey);
    auto slot = wrap(m_vaultId, newKey, kind, secret, params);
    if (!slot)
        return std::nullopt;
    next.m_slots.append(*slot);
    return next;
}

std::optional<KeyEnvelope> KeyEnvelope::rewrappedFor(const VaultKey& newKey,
                                                     const QList<Secret>& secrets,
                                                     KdfParams params) const
{
    KeyEnvelope next;
    next.m_vaultId = m_vaultId;
    next.m_keyCheck = keyCheckValue(newKey);
    for (const Secret& secret : secrets) {
        if (next.hasSecret(secret.kind))
            return std::nullopt; // one slot per kind
        KdfParams slotParams = params;
        for (const Slot& existing : m_slots) {
            if (existing.kind == secret.kind)
                slotParams = existing.params;
        }
        auto slot = wrap(m_vaultId, newKey, secret.kind, secret.secret, slotParams, secret.pepper);
        if (!slot)
            return std::nullopt;
        next.m_slots.append(*slot);
    }
    if (next.m_slots.isEmpty())
        return std::nullopt;
    return next;
}

QByteArray KeyEnvelope::toJson() const
{
    QJsonArray slotArray;
    for (const Slot& s : m_slots) {
        slotArray.append(QJsonObject{
            {"secret", kindName(s.kind)},
            {"kdf", QString::fromLatin1(KdfName)},
            {"opsLimit", double(s.params.opsLimit)},
            {"memLimit", double(s.params.memLimit)},
            {"salt", b64(s.salt)},
            {"nonce", b64(s.nonce)},
            {"wrappedKey", b64(s.wrappedKey)},
        });
    }
    QJsonObject root{
        {"format", QString::fromLatin1(FormatName)},
        {"version", FormatVersion},
        {"vaultId", m_vaultId},
        {"keyCheck", b64(m_keyCheck)},
        {"cipher", QStringLiteral("xchacha20poly1305-ietf")},
        {"slots", slotArray},
    };
    root.insert(QStringLiteral("checksum"), checksumOf(root));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<KeyEnvelope> KeyEnvelope::fromJson(const QByteArray& json, VaultError* error)
{
    auto fail = [error](const char* why) -> std::optional<KeyEnvelope> {
        if (error)
            *error = {VaultError::Kind::KeyFileDamaged,
                      QStringLiteral("key envelope: %1").arg(QLatin1String(why))};
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail("not a JSON object");
    const QJsonObject root = doc.object();
    if (root.value("format").toString() != QLatin1String(FormatName))
        return fail("unknown format");
    if (root.value("version").toInt() > FormatVersion) {
        if (error)
            *error = {VaultError::Kind::NewerVersion, QStringLiteral("key envelope version")};
        return std::nullopt;
    }
    KeyEnvelope envelope;
    // Envelopes written before the checksum have none: nothing to compare then.
    envelope.m_damaged = root.contains(QStringLiteral("checksum")) &&
                         root.value(QStringLiteral("checksum")).toString() != checksumOf(root);
    envelope.m_vaultId = root.value("vaultId").toString();
    envelope.m_keyCheck = unb64(root.value("keyCheck"));
    if (envelope.m_vaultId.isEmpty() || envelope.m_keyCheck.size() != int(crypto_generichash_BYTES))
        return fail("missing vault id or key check");
    for (const QJsonValue& v : root.value("slots").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value("kdf").toString() != QLatin1String(KdfName))
            continue; // a slot this version cannot use; others may still open the vault
        Slot slot;
        const QString kind = o.value("secret").toString();
        if (kind == kindName(SecretKind::RecoveryCode))
            slot.kind = SecretKind::RecoveryCode;
        else if (kind == kindName(SecretKind::Passphrase))
            slot.kind = SecretKind::Passphrase;
        else if (kind == kindName(SecretKind::Pin))
            slot.kind = SecretKind::Pin;
        else
            continue;
        // A hostile file must not ask for 100 GiB or for days of passes.
        const auto opsLimit =
            limitFrom(o.value("opsLimit"), crypto_pwhash_OPSLIMIT_MIN, MaxOpsLimit);
        const auto memLimit =
            limitFrom(o.value("memLimit"), crypto_pwhash_MEMLIMIT_MIN, MaxMemLimit);
        if (!opsLimit || !memLimit)
            continue;
        slot.params = {*opsLimit, *memLimit};
        slot.salt = unb64(o.value("salt"));
        slot.nonce = unb64(o.value("nonce"));
        slot.wrappedKey = unb64(o.value("wrappedKey"));
        envelope.m_slots.append(slot);
    }
    if (envelope.m_slots.isEmpty())
        return fail("no usable slot");
    if (error)
        *error = {};
    return envelope;
}

} // namespace debrief
