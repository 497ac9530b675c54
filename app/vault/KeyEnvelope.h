#pragma once

#include "vault/VaultError.h"
#include "vault/VaultKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace debrief {

// The vault key wrapped by each secret a person holds (recovery code or passphrase), plus a
// key-check value and a checksum of the whole (so damage to the file is not mistaken for a
// wrong secret). A versioned JSON file next to the vault; it holds no content.
class KeyEnvelope
{
public:
    enum class SecretKind
    {
        RecoveryCode,
        Passphrase
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
    VaultKey unwrap(const QString& secret, VaultError* error) const;
    // True when key is the key this envelope wraps (the key-check value matches).
    bool checks(const VaultKey& key) const;
    // Replaces (or adds) the slot of that kind. key must pass checks().
    bool setSecret(const VaultKey& key, SecretKind kind, const QString& secret,
                   KdfParams params = KdfParams::interactive());
    // The same vault id with a new key wrapped by one secret (for key rotation).
    std::optional<KeyEnvelope> rewrappedFor(const VaultKey& newKey, SecretKind kind,
                                            const QString& secret,
                                            KdfParams params = KdfParams::interactive()) const;

    static constexpr int FormatVersion = 1;
    // The shortest passphrase Debrief accepts (the app and the command line share the rule).
    static constexpr int MinimumPassphraseLength = 8;

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
                                    const QString& secret, KdfParams params);
    VaultKey unwrapSlot(const Slot& slot, const QString& secret) const;
    static QByteArray keyCheckValue(const VaultKey& key);

    QString m_vaultId;
    QByteArray m_keyCheck;
    QList<Slot> m_slots;
    bool m_damaged = false; // read from a file whose checksum does not match
};

} // namespace debrief
