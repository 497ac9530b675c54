#pragma once

#include "vault/VaultError.h"
#include "vault/VaultKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace debrief {

// The vault key wrapped by each secret a person holds (recovery code, passphrase, app-lock
// PIN), plus a key-check value and a checksum of the whole (so damage to the file is not mistaken
// for a wrong secret). A versioned JSON file next to the vault; it holds no content.
class KeyEnvelope
{
public:
    enum class SecretKind
    {
        RecoveryCode,
        Passphrase,
        // The app lock's PIN: Argon2id of the digits mixed with a random pepper kept in the OS
        // keyring, so the envelope file alone cannot be searched through a million PINs.
        Pin
    };

    // Argon2id cost; stored per slot so it can be raised later (SECURITY.md CR-3).
    struct KdfParams
    {
        quint64 opsLimit;
        quint64 memLimit;
        static KdfParams interactive(); // libsodium INTERACTIVE: 2 passes, 64 MiB
    };

    // A new envelope for key, wrapped by one secret.
    static std::optional<KeyEnvelope> create(const VaultKey& key, SecretKind kind,
                                             const QString& secret,
                                             KdfParams params = KdfParams::interactive());
    static std::optional<KeyEnvelope> fromJson(const QByteArray& json, VaultError* error);
    QByteArray toJson() const;

    QString vaultId() const { return m_vaultId; }
    QList<SecretKind> secretKinds() const;

    // Tries every slot; WrongSecret when none opens, KeyFileDamaged instead when the file is
    // damaged: its checksum does not match, or a slot opens (so the secret is right) to a key
    // the key-check value does not confirm. A damaged file still opens with the right secret
    // when a slot and the key check are intact.
    // opened (optional) tells which kind of slot the secret opened.
    VaultKey unwrap(const QString& secret, VaultError* error, SecretKind* opened = nullptr) const;
    // Like unwrap(), with the PIN slot only (the pepper comes from the OS keyring).
    VaultKey unwrapPin(const QString& pin, const QByteArray& pepper, VaultError* error) const;
    // True when key is the key this envelope wraps (the key-check value matches).
    bool checks(const VaultKey& key) const;
    // Replaces (or adds) the slot of that kind. key must pass checks().
    bool setSecret(const VaultKey& key, SecretKind kind, const QString& secret,
                   KdfParams params = KdfParams::interactive());
    // Replaces (or adds) the PIN slot; pepper is PepperSize random bytes. key must pass checks().
    bool setPin(const VaultKey& key, const QString& pin, const QByteArray& pepper,
                KdfParams params = KdfParams::interactive());
    // Removes the slot of that kind; refuses (false) to remove the last slot that opens the
    // vault without the keyring (a recovery code or a passphrase).
    bool removeSecret(SecretKind kind);
    bool hasSecret(SecretKind kind) const { return secretKinds().contains(kind); }
    // The same vault id with a new key wrapped by one secret (for key rotation).
    std::optional<KeyEnvelope> rewrappedFor(const VaultKey& newKey, SecretKind kind,
                                            const QString& secret,
                                            KdfParams params = KdfParams::interactive()) const;
    // One secret for one slot; pepper only for a PIN (PepperSize bytes from the OS keyring).
    struct Secret
    {
        SecretKind kind;
        QString secret;
        QByteArray pepper;
    };
    // The same vault id with a new key wrapped by each secret (one per kind), for key rotation:
    // a kind this envelope already has keeps its slot's KDF parameters (raised ones stay raised).
    std::optional<KeyEnvelope> rewrappedFor(const VaultKey& newKey, const QList<Secret>& secrets,
                                            KdfParams params = KdfParams::interactive()) const;

    static constexpr int FormatVersion = 1;
    // The shortest passphrase Debrief accepts (the app and the command line share the rule).
    static constexpr int MinimumPassphraseLength = 8;
    // The shortest app-lock PIN (digits only), and the size of its keyring-held pepper.
    static constexpr int MinimumPinLength = 6;
    static constexpr int PepperSize = 32;
    static bool isValidPin(const QString& pin);

private:
    struct Slot
    {
        SecretKind kind;
        KdfParams params;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrappedKey;
    };
    static std::optional<Slot> wrap(const QString& vaultId, const VaultKey& key, SecretKind kind,
                                    const QString& secret, KdfParams params,
                                    const QByteArray& pepper = {});
    VaultKey unwrapSlot(const Slot& slot, const QString& secret,
                        const QByteArray& pepper = {}) const;
    static QByteArray keyCheckValue(const VaultKey& key);

    QString m_vaultId;
    QByteArray m_keyCheck;
    QList<Slot> m_slots;
    bool m_damaged = false; // read from a file whose checksum does not match
};

} // namespace debrief
