<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgeError</name>
    <message>
        <source>None of your keys opens this file. It was encrypted for someone else, or for a key you no longer have.</source>
        <translation>Keiner deiner Schlüssel öffnet diese Datei. Sie wurde für jemand anderen verschlüsselt oder für einen Schlüssel, den du nicht mehr hast.</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Check it and try again.</source>
        <translation>Diese Passphrase öffnet die Datei nicht. Prüfe sie und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>This file was encrypted for a kind of key Debrief cannot use. Ask the sender to encrypt it to your age1… key or with a passphrase.</source>
        <translation>Diese Datei wurde für eine Art Schlüssel verschlüsselt, die Debrief nicht verwenden kann. Bitte die Person, die sie geschickt hat, sie an deinen age1…-Schlüssel oder mit einer Passphrase zu verschlüsseln.</translation>
    </message>
    <message>
        <source>This is not an encrypted Debrief or age file.</source>
        <translation>Das ist keine verschlüsselte Debrief- oder age-Datei.</translation>
    </message>
    <message>
        <source>This encrypted file is damaged or incomplete: its header cannot be read.</source>
        <translation>Diese verschlüsselte Datei ist beschädigt oder unvollständig: Ihr Kopf lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>This file uses a newer encryption format than this version of Debrief understands.</source>
        <translation>Diese Datei verwendet ein neueres Verschlüsselungsformat, als diese Debrief-Version versteht.</translation>
    </message>
    <message>
        <source>This file&apos;s passphrase protection asks for more computing work than Debrief allows, so it was not opened.</source>
        <translation>Der Passphrase-Schutz dieser Datei verlangt mehr Rechenarbeit, als Debrief zulässt. Sie wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>This file&apos;s header is larger than Debrief accepts, so it was not opened.</source>
        <translation>Der Kopf dieser Datei ist größer, als Debrief akzeptiert. Sie wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>This file was changed after it was encrypted (its header does not verify). It was not opened.</source>
        <translation>Diese Datei wurde nach dem Verschlüsseln verändert (ihr Kopf lässt sich nicht bestätigen). Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>This text-encoded (armored) file is damaged: extra or missing lines or characters. Ask for the file again.</source>
        <translation>Diese als Text kodierte (armored) Datei ist beschädigt: Zeilen oder Zeichen fehlen oder sind zu viel. Bitte um die Datei noch einmal.</translation>
    </message>
    <message>
        <source>This file is incomplete: it ends too early, as after an interrupted download or copy.</source>
        <translation>Diese Datei ist unvollständig: Sie endet zu früh, etwa nach einem abgebrochenen Download oder Kopiervorgang.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or was changed after it was encrypted.</source>
        <translation>Diese Datei ist beschädigt, unvollständig oder wurde nach dem Verschlüsseln verändert.</translation>
    </message>
    <message>
        <source>That is not a valid age key. A public key starts with &quot;age1&quot;; a secret key starts with &quot;AGE-SECRET-KEY-1&quot;.</source>
        <translation>Das ist kein gültiger age-Schlüssel. Ein öffentlicher Schlüssel beginnt mit „age1“, ein geheimer Schlüssel mit „AGE-SECRET-KEY-1“.</translation>
    </message>
    <message>
        <source>Choose either one passphrase or one or more public keys to encrypt to.</source>
        <translation>Wähle entweder eine Passphrase oder einen oder mehrere öffentliche Schlüssel zum Verschlüsseln.</translation>
    </message>
    <message>
        <source>The file could not be read or written (is the disk full or the file gone?).</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden (ist der Speicher voll oder die Datei weg?).</translation>
    </message>
</context>
<context>
    <name>AndroidNotifier</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Nudges toward the next step of your reflections</source>
        <translation>Anstöße zum nächsten Schritt deiner Reflexionen</translation>
    </message>
</context>
<context>
    <name>AppLockSettings</name>
    <message>
        <source>App lock</source>
        <translation>App-Sperre</translation>
    </message>
    <message>
        <source>Off: Debrief opens without asking, with the key kept in the system keyring.</source>
        <translation>Aus: Debrief öffnet sich ohne Nachfrage, der Schlüssel liegt im Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>On with a PIN: Debrief asks for it when it starts and after it locks. Your recovery code always works too.</source>
        <translation>An mit einer PIN: Debrief fragt beim Start und nach dem Sperren danach. Dein Wiederherstellungscode funktioniert immer auch.</translation>
    </message>
    <message>
        <source>On with your passphrase: Debrief asks for it when it starts and after it locks. Your recovery code always works too.</source>
        <translation>An mit deiner Passphrase: Debrief fragt beim Start und nach dem Sperren danach. Dein Wiederherstellungscode funktioniert immer auch.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Lock with the passphrase</source>
        <translation>Mit der Passphrase sperren</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Lock with a PIN</source>
        <translation>Mit einer PIN sperren</translation>
    </message>
    <message numerus="yes">
        <source>New PIN (at least %n digits)</source>
        <translation>
            <numerusform>Neue PIN (mindestens eine Ziffer)</numerusform>
            <numerusform>Neue PIN (mindestens %n Ziffern)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>New passphrase (at least %n characters)</source>
        <translation>
            <numerusform>Neue Passphrase (mindestens ein Zeichen)</numerusform>
            <numerusform>Neue Passphrase (mindestens %n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Turn the lock on</source>
        <translation>Sperre einschalten</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>Automatisch sperren nach</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in the background or without use</source>
        <translation>
            <numerusform>%n Minute im Hintergrund oder ohne Nutzung</numerusform>
            <numerusform>%n Minuten im Hintergrund oder ohne Nutzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Turn the lock off…</source>
        <translation>Sperre ausschalten…</translation>
    </message>
    <message>
        <source>Turn the lock off</source>
        <translation>Sperre ausschalten</translation>
    </message>
    <message>
        <source>Enter your PIN, passphrase or recovery code. The key then goes back to the system keyring and Debrief opens without asking.</source>
        <translation>Gib deine PIN, Passphrase oder deinen Wiederherstellungscode ein. Der Schlüssel kommt dann zurück in den Systemschlüsselbund, und Debrief öffnet sich ohne Nachfrage.</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code. The key then goes back to the system keyring and Debrief opens without asking.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein. Der Schlüssel kommt dann zurück in den Systemschlüsselbund, und Debrief öffnet sich ohne Nachfrage.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Your recovery code: </source>
        <translation>Dein Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>That is not this vault&apos;s recovery code; no backup was written.</source>
        <translation>Das ist nicht der Wiederherstellungscode dieses Tresors; es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>Passphrase für die Sicherung: </translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Wird gesichert</translation>
    </message>
    <message>
        <source>Backed up everything to %1.</source>
        <translation>Alles wurde in %1 gesichert.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code of the backup: </source>
        <translation>Passphrase oder Wiederherstellungscode der Sicherung: </translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Shared with me: %1 added, %2 already here.</source>
        <translation>Mit mir geteilt: %1 hinzugefügt, %2 schon vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n reflection(s).</source>
        <translation>
            <numerusform>%n Reflexion wiederhergestellt.</numerusform>
            <numerusform>%n Reflexionen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) were already here and kept as they are.</source>
        <translation>
            <numerusform>%n Reflexion war schon da und bleibt, wie sie ist.</numerusform>
            <numerusform>%n Reflexionen waren schon da und bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup and restore</source>
        <translation>Sichern und wiederherstellen</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Back up everything</source>
        <translation>Alles sichern</translation>
    </message>
    <message>
        <source>One encrypted file with all your reflections, their loops, tags and voice notes, your sharing key and coaches, what others shared with you and the comments coaches sent back. Settings and reminders are not included.</source>
        <translation>Eine verschlüsselte Datei mit all deinen Reflexionen, ihren Schleifen, Schlagwörtern und Sprachnotizen, deinem Freigabeschlüssel und deinen Coaches, dem, was andere mit dir geteilt haben, und den Kommentaren, die Coaches zurückgeschickt haben. Einstellungen und Erinnerungen sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Protect it with</source>
        <translation>Schützen mit</translation>
    </message>
    <message>
        <source>A new passphrase</source>
        <translation>Einer neuen Passphrase</translation>
    </message>
    <message>
        <source>My recovery code</source>
        <translation>Meinem Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Passphrase für die Sicherung</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase for the backup, again</source>
        <translation>Passphrase für die Sicherung wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it: without it, the backup cannot be opened.</source>
        <translation>
            <numerusform>Mindestens ein Zeichen. Mehrere Wörter ohne Zusammenhang sind stark und leicht zu merken. Niemand kann sie zurücksetzen: Ohne sie lässt sich die Sicherung nicht öffnen.</numerusform>
            <numerusform>Mindestens %n Zeichen. Mehrere Wörter ohne Zusammenhang sind stark und leicht zu merken. Niemand kann sie zurücksetzen: Ohne sie lässt sich die Sicherung nicht öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you started Debrief. With it you can restore the backup on a new device.</source>
        <translation>Gib den Wiederherstellungscode ein, den du dir beim ersten Start von Debrief notiert hast. Damit kannst du die Sicherung auf einem neuen Gerät wiederherstellen.</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Back up everything: choose where to save the file</source>
        <translation>Alles sichern: Wähle, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Debrief backups (*.debrief)</source>
        <translation>Debrief-Sicherungen (*.debrief)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to back up everything.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein, um alles zu sichern.</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Sicherung abbrechen</translation>
    </message>
    <message>
        <source>Restoring… Nothing changes in your vault until it is complete.</source>
        <translation>Wird wiederhergestellt… In deinem Tresor ändert sich nichts, bis alles fertig ist.</translation>
    </message>
    <message>
        <source>Backing up… The file appears only when it is complete.</source>
        <translation>Wird gesichert… Die Datei erscheint erst, wenn sie vollständig ist.</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>New reflection</source>
        <translation>Neue Reflexion</translation>
    </message>
    <message>
        <source>What just happened?</source>
        <translation>Was ist gerade passiert?</translation>
    </message>
    <message>
        <source>While it is fresh: what did you expect, and what actually happened?</source>
        <translation>Solange es frisch ist: Was hast du erwartet, und was ist tatsächlich passiert?</translation>
    </message>
    <message>
        <source>Start writing…</source>
        <translation>Fang an zu schreiben…</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Strg+Eingabe speichert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ChangeDot</name>
    <message>
        <source>Change %1: %2, %3</source>
        <extracomment>%1 is the change&apos;s number, %2 its text, %3 its place on the impact/feasibility grid</extracomment>
        <translation>Änderung %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <source>Remove change %1</source>
        <translation>Änderung %1 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Impact of change %1</source>
        <translation>Wirkung von Änderung %1</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Machbarkeit</translation>
    </message>
    <message>
        <source>Feasibility of change %1</source>
        <translation>Machbarkeit von Änderung %1</translation>
    </message>
    <message>
        <source>Being tested</source>
        <translation>Wird getestet</translation>
    </message>
    <message>
        <source>Test this one</source>
        <translation>Diese testen</translation>
    </message>
</context>
<context>
    <name>ChangesGrid</name>
    <message>
        <source>Impact →</source>
        <translation>Wirkung →</translation>
    </message>
    <message>
        <source>Easier to do →</source>
        <translation>Leichter umzusetzen →</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Wetten</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Easy extras</source>
        <translation>Leichte Extras</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Quick win</source>
        <translation>Schneller Erfolg</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Große Wette</translation>
    </message>
    <message>
        <source>Easy extra</source>
        <translation>Leichtes Extra</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>ChangesPrompt</name>
    <message>
        <source>Four is plenty: pick the one worth testing.</source>
        <translation>Vier sind genug: Wähle die eine, die sich zu testen lohnt.</translation>
    </message>
    <message>
        <source>A change you could make</source>
        <translation>Eine Änderung, die du machen könntest</translation>
    </message>
    <message>
        <source>Another change</source>
        <translation>Eine weitere Änderung</translation>
    </message>
    <message>
        <source>New possible change</source>
        <translation>Neue mögliche Änderung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Use the vault in DIR instead of the standard data folder.</source>
        <translation>Den Tresor in DIR statt im Standard-Datenordner verwenden.</translation>
    </message>
    <message>
        <source>Read the passphrase or recovery code from the first line of FILE instead of asking on the terminal (used when the keyring cannot unlock the vault; for init, the new vault&apos;s passphrase).</source>
        <translation>Die Passphrase oder den Wiederherstellungscode aus der ersten Zeile von FILE lesen, statt im Terminal zu fragen (wenn der Schlüsselbund den Tresor nicht entsperren kann; bei init die Passphrase des neuen Tresors).</translation>
    </message>
    <message>
        <source>Show at most N reflections (default 20).</source>
        <translation>Höchstens N Reflexionen anzeigen (Standard 20).</translation>
    </message>
    <message>
        <source>export: encrypt to this coach&apos;s public key (age1…). With --coach, the key is remembered under that name.</source>
        <translation>export: an den öffentlichen Schlüssel dieses Coaches (age1…) verschlüsseln. Mit --coach wird der Schlüssel unter diesem Namen gemerkt.</translation>
    </message>
    <message>
        <source>export: encrypt to the coach remembered as NAME.</source>
        <translation>export: an den als NAME gemerkten Coach verschlüsseln.</translation>
    </message>
    <message>
        <source>export: leave these parts out of every entry, comma-separated: text, answers, lessons, voice.</source>
        <translation>export: diese Teile bei jedem Eintrag weglassen, durch Kommas getrennt: text, answers, lessons, voice.</translation>
    </message>
    <message>
        <source>export: write readable Markdown instead. It is NOT encrypted.</source>
        <translation>export: stattdessen lesbares Markdown schreiben. Es ist NICHT verschlüsselt.</translation>
    </message>
    <message>
        <source>restore: add the backup to a vault in use; entries already there are kept and nothing is added twice.</source>
        <translation>restore: die Sicherung zu einem benutzten Tresor hinzufügen; vorhandene Einträge bleiben, nichts wird doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>backup: protect the backup with your recovery code instead of a new passphrase.</source>
        <translation>backup: die Sicherung mit deinem Wiederherstellungscode statt mit einer neuen Passphrase schützen.</translation>
    </message>
    <message>
        <source>key, export: the name coaches see on what you send (remembered).</source>
        <translation>key, export: der Name, den Coaches auf dem sehen, was du schickst (wird gemerkt).</translation>
    </message>
    <message>
        <source>Read the passphrase of the .debrief or backup file (not the vault&apos;s) from the first line of FILE instead of asking on the terminal.</source>
        <translation>Die Passphrase der .debrief- oder Sicherungsdatei (nicht die des Tresors) aus der ersten Zeile von FILE lesen, statt im Terminal zu fragen.</translation>
    </message>
    <message>
        <source>Unknown option or missing value. To save text that starts with &quot;-&quot;, use &quot;add -&quot; or put &quot;--&quot; before it. See --help.</source>
        <translation>Unbekannte Option oder fehlender Wert. Um Text zu speichern, der mit „-“ beginnt, verwende „add -“ oder setze „--“ davor. Siehe --help.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit braucht eine ganze Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>--limit only applies to list and search.</source>
        <translation>--limit gilt nur für list und search.</translation>
    </message>
    <message>
        <source>--coach-key only applies to export.</source>
        <translation>--coach-key gilt nur für export.</translation>
    </message>
    <message>
        <source>--coach only applies to export.</source>
        <translation>--coach gilt nur für export.</translation>
    </message>
    <message>
        <source>--leave-out only applies to export.</source>
        <translation>--leave-out gilt nur für export.</translation>
    </message>
    <message>
        <source>--markdown only applies to export.</source>
        <translation>--markdown gilt nur für export.</translation>
    </message>
    <message>
        <source>--merge only applies to restore.</source>
        <translation>--merge gilt nur für restore.</translation>
    </message>
    <message>
        <source>--recovery-code only applies to backup.</source>
        <translation>--recovery-code gilt nur für backup.</translation>
    </message>
    <message>
        <source>--name only applies to key and export.</source>
        <translation>--name gilt nur für key und export.</translation>
    </message>
    <message>
        <source>--file-passphrase-file only applies to export, import, backup and restore.</source>
        <translation>--file-passphrase-file gilt nur für export, import, backup und restore.</translation>
    </message>
    <message>
        <source>--leave-out takes text, answers, lessons and voice, comma-separated.</source>
        <translation>--leave-out nimmt text, answers, lessons und voice, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>--markdown writes a readable file that is not encrypted: it takes no key or passphrase.</source>
        <translation>--markdown schreibt eine lesbare Datei, die nicht verschlüsselt ist: Es nimmt keinen Schlüssel und keine Passphrase.</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>Kein Befehl angegeben. Siehe --help.</translation>
    </message>
    <message>
        <source>show needs the number of a reflection, as shown by list.</source>
        <translation>show braucht die Nummer einer Reflexion, wie list sie anzeigt.</translation>
    </message>
    <message>
        <source>export needs a file name, then the numbers of the reflections, as shown by list.</source>
        <translation>export braucht einen Dateinamen, dann die Nummern der Reflexionen, wie list sie anzeigt.</translation>
    </message>
    <message>
        <source>Wrong arguments for that command. See --help.</source>
        <translation>Falsche Argumente für diesen Befehl. Siehe --help.</translation>
    </message>
    <message>
        <source>Unknown command. See --help.</source>
        <translation>Unbekannter Befehl. Siehe --help.</translation>
    </message>
    <message>
        <source>Usage: debrief-cli [options] COMMAND [arguments]</source>
        <translation>Aufruf: debrief-cli [Optionen] BEFEHL [Argumente]</translation>
    </message>
    <message>
        <source>Debrief on the command line: the same private, encrypted vault as the app. The vault is unlocked with the key in your system keyring, or else with your passphrase or recovery code.</source>
        <translation>Debrief auf der Kommandozeile: derselbe private, verschlüsselte Tresor wie in der App. Der Tresor wird mit dem Schlüssel in deinem Systemschlüsselbund entsperrt, sonst mit deiner Passphrase oder deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>  init           Create a new vault. With --passphrase-file, that passphrase protects it; otherwise a recovery code is made and shown once.</source>
        <translation>  init           Einen neuen Tresor anlegen. Mit --passphrase-file schützt ihn diese Passphrase; sonst wird ein Wiederherstellungscode erzeugt und einmal angezeigt.</translation>
    </message>
    <message>
        <source>  add -          Save a reflection typed or piped on standard input (recommended: other users can see command-line arguments).</source>
        <translation>  add -          Eine über die Standardeingabe getippte oder geleitete Reflexion speichern (empfohlen: Andere Benutzer können Kommandozeilenargumente sehen).</translation>
    </message>
    <message>
        <source>  add TEXT       Save TEXT as a reflection.</source>
        <translation>  add TEXT       TEXT als Reflexion speichern.</translation>
    </message>
    <message>
        <source>  list           List reflections, newest first: number, date and time, first line.</source>
        <translation>  list           Reflexionen auflisten, neueste zuerst: Nummer, Datum und Uhrzeit, erste Zeile.</translation>
    </message>
    <message>
        <source>  show ID        Show one reflection in full.</source>
        <translation>  show ID        Eine Reflexion vollständig anzeigen.</translation>
    </message>
    <message>
        <source>  search QUERY   Search reflections, best matches first; matches are marked.</source>
        <translation>  search QUERY   Reflexionen durchsuchen, beste Treffer zuerst; Treffer werden markiert.</translation>
    </message>
    <message>
        <source>  export FILE ID...  Share reflections with a coach as an encrypted .debrief file: to the coach&apos;s key with --coach-key or --coach, otherwise protected by a passphrase to send by another channel. --leave-out leaves parts out. With --markdown, a readable Markdown file instead (NOT encrypted). Asks for your vault passphrase again.</source>
        <translation>  export FILE ID...  Reflexionen als verschlüsselte .debrief-Datei mit einem Coach teilen: an den Schlüssel des Coaches mit --coach-key oder --coach, sonst geschützt durch eine Passphrase, die du auf einem anderen Weg schickst. --leave-out lässt Teile weg. Mit --markdown stattdessen eine lesbare Markdown-Datei (NICHT verschlüsselt). Fragt noch einmal nach deiner Tresor-Passphrase.</translation>
    </message>
    <message>
        <source>  import FILE    Open a .debrief file sent to you: a share goes under &quot;Shared with me&quot;, comments beside your own reflections. Nothing is imported from a damaged file.</source>
        <translation>  import FILE    Eine dir geschickte .debrief-Datei öffnen: Geteiltes kommt unter „Mit mir geteilt“, Kommentare neben deine eigenen Reflexionen. Aus einer beschädigten Datei wird nichts importiert.</translation>
    </message>
    <message>
        <source>  backup FILE    Back up everything into one encrypted file, protected by a passphrase or, with --recovery-code, your recovery code. Asks for your vault passphrase again.</source>
        <translation>  backup FILE    Alles in eine verschlüsselte Datei sichern, geschützt durch eine Passphrase oder, mit --recovery-code, durch deinen Wiederherstellungscode. Fragt noch einmal nach deiner Tresor-Passphrase.</translation>
    </message>
    <message>
        <source>  restore FILE   Restore a backup into an empty vault; with --merge, into one in use (nothing is added twice).</source>
        <translation>  restore FILE   Eine Sicherung in einen leeren Tresor wiederherstellen; mit --merge in einen benutzten (nichts wird doppelt hinzugefügt).</translation>
    </message>
    <message>
        <source>  key            Show this vault&apos;s public key (age1…) to give a coach, who can then export to it.</source>
        <translation>  key            Den öffentlichen Schlüssel dieses Tresors (age1…) anzeigen, um ihn einem Coach zu geben, der dann an ihn exportieren kann.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>  %1  success</source>
        <translation>  %1  Erfolg</translation>
    </message>
    <message>
        <source>  %1  wrong usage</source>
        <translation>  %1  falsche Verwendung</translation>
    </message>
    <message>
        <source>  %1  still locked: wrong passphrase or recovery code, or none given</source>
        <translation>  %1  noch gesperrt: falsche oder keine Passphrase bzw. kein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>  %1  the vault or its key file is damaged, missing or too new</source>
        <translation>  %1  der Tresor oder seine Schlüsseldatei ist beschädigt, fehlt oder ist zu neu</translation>
    </message>
    <message>
        <source>  %1  the disk is full or the data folder cannot be read or written</source>
        <translation>  %1  der Speicher ist voll oder der Datenordner kann nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>  %1  no reflection with that number</source>
        <translation>  %1  keine Reflexion mit dieser Nummer</translation>
    </message>
    <message>
        <source>  %1  no vault yet (run init)</source>
        <translation>  %1  noch kein Tresor (führe init aus)</translation>
    </message>
    <message>
        <source>  %1  init refused: a vault already exists</source>
        <translation>  %1  init abgelehnt: Es gibt schon einen Tresor</translation>
    </message>
    <message>
        <source>  %1  the file to import or restore: wrong key or passphrase</source>
        <translation>  %1  die zu importierende oder wiederherzustellende Datei: falscher Schlüssel oder falsche Passphrase</translation>
    </message>
    <message>
        <source>  %1  the file to import or restore: damaged, too large, or not that kind of Debrief file</source>
        <translation>  %1  die zu importierende oder wiederherzustellende Datei: beschädigt, zu groß oder nicht diese Art von Debrief-Datei</translation>
    </message>
    <message>
        <source>  %1  restore refused: the vault is not empty (use --merge)</source>
        <translation>  %1  restore abgelehnt: Der Tresor ist nicht leer (verwende --merge)</translation>
    </message>
</context>
<context>
    <name>CoachComments</name>
    <message>
        <source>Coach comments</source>
        <translation>Kommentare von Coaches</translation>
    </message>
    <message>
        <source>A coach</source>
        <translation>Ein Coach</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <extracomment>%1 is the coach&apos;s name, %2 the comment</extracomment>
        <translation>%1 schrieb: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is the coach&apos;s name, %2 when the comment was written</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete this reflection?</source>
        <translation>Diese Reflexion löschen?</translation>
    </message>
    <message>
        <source>Its answers, lessons, experiments, tags and voice notes go with it. You can undo this right after.</source>
        <translation>Ihre Antworten, Erkenntnisse, Experimente, Schlagwörter und Sprachnotizen werden mit gelöscht. Du kannst das direkt danach rückgängig machen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ConfirmSecretDialog</name>
    <message>
        <source>Enter your passphrase or recovery code to go on.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Bestätige, dass du es bist</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DecisionPrompt</name>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Adjust it</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decided: %1. The experiment is checked.</source>
        <translation>Entschieden: %1. Das Experiment ist ausgewertet.</translation>
    </message>
</context>
<context>
    <name>DonutChart</name>
    <message>
        <source>%1: %2</source>
        <extracomment>chart legend: %1 is a failure type, %2 how many reflections</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting now</source>
        <translation>
            <numerusform>%n wartet gerade</numerusform>
            <numerusform>%n warten gerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting right now. Coming up:</source>
        <translation>Gerade wartet nichts. Demnächst:</translation>
    </message>
    <message>
        <source>Notifications are off for Debrief in your system settings, so reminders only show here.</source>
        <translation>Benachrichtigungen für Debrief sind in deinen Systemeinstellungen ausgeschaltet, deshalb erscheinen Erinnerungen nur hier.</translation>
    </message>
    <message>
        <source>Reminders off</source>
        <translation>Erinnerungen aus</translation>
    </message>
    <message>
        <source>Not now: no reminder until it changes</source>
        <translation>Nicht jetzt: keine Erinnerung, bis sich etwas ändert</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>In 1 Stunde erinnern</translation>
    </message>
    <message>
        <source>Snooze until this evening</source>
        <translation>Heute Abend erinnern</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Morgen erinnern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Turn reminders on for this entry</source>
        <translation>Erinnerungen für diesen Eintrag einschalten</translation>
    </message>
    <message>
        <source>Turn reminders off for this entry</source>
        <translation>Erinnerungen für diesen Eintrag ausschalten</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is the name of a loop stage, %2 what is waiting</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reminder options</source>
        <translation>Optionen für Erinnerungen</translation>
    </message>
    <message>
        <source>Nothing is waiting. After you capture a reflection, Debrief reminds you at a good time to look at it more closely, to try one small experiment, to check how it went and to take your next smart risk. Each step shows up here.</source>
        <translation>Gerade wartet nichts. Nachdem du eine Reflexion festgehalten hast, erinnert dich Debrief zu einem guten Zeitpunkt daran, sie genauer anzuschauen, ein kleines Experiment auszuprobieren, zu prüfen, wie es lief, und dein nächstes kluges Risiko einzugehen. Jeder Schritt erscheint hier.</translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>Type your reflection, then press Ctrl-D on a new line.</source>
        <translation>Tippe deine Reflexion und drücke dann Strg-D in einer neuen Zeile.</translation>
    </message>
    <message>
        <source>Nothing to save: the reflection is empty.</source>
        <translation>Nichts zu speichern: Die Reflexion ist leer.</translation>
    </message>
    <message>
        <source>Saved reflection %1.</source>
        <translation>Reflexion %1 gespeichert.</translation>
    </message>
    <message>
        <source>Reflection %1, written %2</source>
        <translation>Reflexion %1, geschrieben %2</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Zuletzt geändert %1</translation>
    </message>
    <message>
        <source>No reflection matches that search.</source>
        <translation>Keine Reflexion passt zu dieser Suche.</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a long date, %2 a time of day</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Add notes beside the recording…</source>
        <translation>Notizen neben der Aufnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders for this reflection</source>
        <translation>Erinnerungen für diese Reflexion</translation>
    </message>
    <message>
        <source>When off, Debrief does not remind you about this reflection.</source>
        <translation>Wenn ausgeschaltet, erinnert dich Debrief nicht an diese Reflexion.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>EraseFlow</name>
    <message>
        <source>Erase everything?</source>
        <translation>Alles löschen?</translation>
    </message>
    <message>
        <source>This removes, for good: every reflection and voice note, every answer, lesson, possible change and experiment, your tags and reminder choices, the comments coaches sent back, everything others shared with you, and the coaches you share with. Undo is not possible. Shares and exports you already sent or saved elsewhere are not affected.</source>
        <translation>Damit wird endgültig entfernt: jede Reflexion und Sprachnotiz, jede Antwort, Erkenntnis, mögliche Änderung und jedes Experiment, deine Schlagwörter und Erinnerungseinstellungen, die Kommentare, die Coaches zurückgeschickt haben, alles, was andere mit dir geteilt haben, und die Coaches, mit denen du teilst. Rückgängig machen ist nicht möglich. Freigaben und Exporte, die du schon geschickt oder anderswo gespeichert hast, sind nicht betroffen.</translation>
    </message>
    <message>
        <source>What stays: the empty vault with its passphrase or recovery code, your sharing key and name, and your settings, so you can start again right away. To keep a copy first, make a backup.</source>
        <translation>Was bleibt: der leere Tresor mit seiner Passphrase oder seinem Wiederherstellungscode, dein Freigabeschlüssel und Name und deine Einstellungen, damit du gleich neu anfangen kannst. Wenn du vorher eine Kopie behalten willst, erstelle eine Sicherung.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: keep everything</source>
        <translation>Abbrechen: alles behalten</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Alles löschen…</translation>
    </message>
    <message>
        <source>Go on to erase everything: confirm with your passphrase or recovery code</source>
        <translation>Weiter zum Löschen: mit deiner Passphrase oder deinem Wiederherstellungscode bestätigen</translation>
    </message>
    <message>
        <source>Confirm to erase everything</source>
        <translation>Bestätigen, um alles zu löschen</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to erase every reflection and everything shared with you. This cannot be undone.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein, um jede Reflexion und alles, was mit dir geteilt wurde, zu löschen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ExampleReflections</name>
    <message>
        <source>I forgot to call a client back</source>
        <translation>Ich habe vergessen, eine Kundin zurückzurufen</translation>
    </message>
    <message>
        <source>Promised Marta a call before noon about the delivery date. I remembered at 4 pm; by then she had written to my manager.</source>
        <translation>Ich hatte Marta einen Anruf vor Mittag wegen des Liefertermins versprochen. Um 16 Uhr fiel es mir wieder ein; da hatte sie schon meinem Chef geschrieben.</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>A quick call, the delivery date confirmed before lunch.</source>
        <translation>Ein kurzer Anruf, der Liefertermin vor dem Mittagessen bestätigt.</translation>
    </message>
    <message>
        <source>A meeting at 11:30 ran long and I had set no reminder. She emailed my manager at 3 pm.</source>
        <translation>Ein Meeting um 11:30 hat länger gedauert, und ich hatte keine Erinnerung gestellt. Sie hat meinem Chef um 15 Uhr gemailt.</translation>
    </message>
    <message>
        <source>embarrassed</source>
        <translation>peinlich berührt</translation>
    </message>
    <message>
        <source>The feedback talk with Sam went sideways</source>
        <translation>Das Feedbackgespräch mit Sam ist schiefgelaufen</translation>
    </message>
    <message>
        <source>I wanted to tell Sam that his reports keep arriving late. It came out as criticism of him instead of the handover, and he went quiet halfway through.</source>
        <translation>Ich wollte Sam sagen, dass seine Berichte immer wieder zu spät kommen. Es kam als Kritik an ihm statt an der Übergabe an, und er ist nach der Hälfte verstummt.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>A calm talk and a new deadline we both agree on.</source>
        <translation>Ein ruhiges Gespräch und eine neue Frist, mit der wir beide einverstanden sind.</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <source>I made it about him instead of about the handover.</source>
        <translation>Ich habe es zu einer Sache über ihn gemacht statt über die Übergabe.</translation>
    </message>
    <message>
        <source>The team meeting ran an hour over and decided nothing</source>
        <translation>Das Teammeeting hat eine Stunde überzogen und nichts entschieden</translation>
    </message>
    <message>
        <source>Weekly planning with eight people and no agenda sent out. We spent most of the time on one bug report and left without owners for the next sprint.</source>
        <translation>Wochenplanung mit acht Leuten und ohne verschickte Tagesordnung. Wir haben die meiste Zeit über einen Fehlerbericht geredet und sind ohne Verantwortliche für den nächsten Sprint auseinandergegangen.</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Forty-five minutes, an owner for every sprint goal.</source>
        <translation>Fünfundvierzig Minuten, eine verantwortliche Person für jedes Sprintziel.</translation>
    </message>
    <message>
        <source>It ran 1 hour 45 minutes. Two people left early. No owners were assigned.</source>
        <translation>Es dauerte 1 Stunde 45 Minuten. Zwei Leute sind früher gegangen. Es wurden keine Verantwortlichen festgelegt.</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>ausgelaugt</translation>
    </message>
    <message>
        <source>Without an agenda, the loudest topic took over.</source>
        <translation>Ohne Tagesordnung hat das lauteste Thema übernommen.</translation>
    </message>
    <message>
        <source>No agenda, no timekeeper, and the bug had no other place to be discussed.</source>
        <translation>Keine Tagesordnung, niemand hat auf die Zeit geachtet, und der Fehler hatte keinen anderen Ort, um besprochen zu werden.</translation>
    </message>
    <message>
        <source>I knew the bug was urgent; I did not know half the room had no context on it.</source>
        <translation>Ich wusste, dass der Fehler dringend war; ich wusste nicht, dass der halbe Raum keinen Kontext dazu hatte.</translation>
    </message>
    <message>
        <source>My estimate for the data migration was three weeks short</source>
        <translation>Meine Schätzung für die Datenmigration lag drei Wochen daneben</translation>
    </message>
    <message>
        <source>I told the client two weeks for the migration. It took five: the old export had undocumented fields and needed two rounds of clean-up.</source>
        <translation>Ich habe der Kundin zwei Wochen für die Migration gesagt. Es wurden fünf: Der alte Export hatte undokumentierte Felder und brauchte zwei Runden Bereinigung.</translation>
    </message>
    <message>
        <source>estimates</source>
        <translation>Schätzungen</translation>
    </message>
    <message>
        <source>Two weeks, one test run, go-live on the 12th.</source>
        <translation>Zwei Wochen, ein Testlauf, Livegang am 12.</translation>
    </message>
    <message>
        <source>Five weeks. The go-live date moved twice.</source>
        <translation>Fünf Wochen. Der Livegang wurde zweimal verschoben.</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <source>Why late? The data needed clean-up.
Why? Fields nobody had documented.
Why not found earlier? We never looked at a sample of the export.
Why? The estimate came from the specification alone.</source>
        <translation>Warum zu spät? Die Daten mussten bereinigt werden.
Warum? Felder, die niemand dokumentiert hatte.
Warum nicht früher bemerkt? Wir haben uns nie eine Stichprobe des Exports angesehen.
Warum? Die Schätzung beruhte nur auf der Spezifikation.</translation>
    </message>
    <message>
        <source>A client migration estimated at two weeks.</source>
        <translation>Eine Kundenmigration, geschätzt auf zwei Wochen.</translation>
    </message>
    <message>
        <source>The export held undocumented fields that needed cleaning.</source>
        <translation>Der Export enthielt undokumentierte Felder, die bereinigt werden mussten.</translation>
    </message>
    <message>
        <source>Estimate from a sample of real data, with a buffer for surprises.</source>
        <translation>Anhand einer Stichprobe echter Daten schätzen, mit Puffer für Überraschungen.</translation>
    </message>
    <message>
        <source>I missed the deadline for the quarterly report</source>
        <translation>Ich habe die Frist für den Quartalsbericht verpasst</translation>
    </message>
    <message>
        <source>The report was due Friday at five. I sent it on Monday morning, and finance had to delay their summary.</source>
        <translation>Der Bericht war Freitag um fünf fällig. Ich habe ihn Montagmorgen geschickt, und die Finanzabteilung musste ihre Zusammenfassung verschieben.</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Sent Monday 9:10. Finance&apos;s summary moved by a day.</source>
        <translation>Montag 9:10 verschickt. Die Zusammenfassung der Finanzabteilung verschob sich um einen Tag.</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>schuldbewusst</translation>
    </message>
    <message>
        <source>I started on Thursday, thinking the numbers would take an hour. They took a day.</source>
        <translation>Ich habe am Donnerstag angefangen und dachte, die Zahlen dauern eine Stunde. Sie haben einen Tag gedauert.</translation>
    </message>
    <message>
        <source>The numbers come from three teams and one always sends late; my plan did not allow for it.</source>
        <translation>Die Zahlen kommen von drei Teams, und eines liefert immer spät; mein Plan hat das nicht eingerechnet.</translation>
    </message>
    <message>
        <source>Start from the slowest input, not from the writing.</source>
        <translation>Mit dem langsamsten Zulieferteil anfangen, nicht mit dem Schreiben.</translation>
    </message>
    <message>
        <source>When a deliverable depends on other teams&apos; numbers, I ask for them a week ahead.</source>
        <translation>Wenn ein Ergebnis von den Zahlen anderer Teams abhängt, frage ich eine Woche vorher danach.</translation>
    </message>
    <message>
        <source>Ask for the numbers on the Monday before</source>
        <translation>Die Zahlen am Montag davor anfragen</translation>
    </message>
    <message>
        <source>Block two hours on Wednesday for a first draft</source>
        <translation>Mittwoch zwei Stunden für einen ersten Entwurf blocken</translation>
    </message>
    <message>
        <source>Agree a standing due date with the three teams</source>
        <translation>Mit den drei Teams einen festen Abgabetermin vereinbaren</translation>
    </message>
    <message>
        <source>If I ask a week early, I will have every number by Wednesday.</source>
        <translation>Wenn ich eine Woche früher frage, habe ich bis Mittwoch alle Zahlen.</translation>
    </message>
    <message>
        <source>Send the request next Monday, due Wednesday.</source>
        <translation>Die Anfrage nächsten Montag schicken, fällig am Mittwoch.</translation>
    </message>
    <message>
        <source>All three teams&apos; numbers are in by Wednesday evening.</source>
        <translation>Die Zahlen aller drei Teams sind bis Mittwochabend da.</translation>
    </message>
    <message>
        <source>My conference talk ran ten minutes over</source>
        <translation>Mein Konferenzvortrag hat zehn Minuten überzogen</translation>
    </message>
    <message>
        <source>A fifteen-minute slot, and I was cut off before the demo. Half the audience left for the next session.</source>
        <translation>Ein Fünfzehn-Minuten-Slot, und ich wurde vor der Demo unterbrochen. Das halbe Publikum ist zur nächsten Session gegangen.</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>Vorträge</translation>
    </message>
    <message>
        <source>deflated</source>
        <translation>niedergeschlagen</translation>
    </message>
    <message>
        <source>The story worked. Setting up the demo live took four minutes.</source>
        <translation>Die Geschichte hat funktioniert. Die Demo live aufzubauen hat vier Minuten gekostet.</translation>
    </message>
    <message>
        <source>Opening with a story got people&apos;s attention.</source>
        <translation>Mit einer Geschichte zu beginnen, hat die Aufmerksamkeit geweckt.</translation>
    </message>
    <message>
        <source>When a talk has a hard limit, I rehearse it with a timer at 80 % of the slot.</source>
        <translation>Wenn ein Vortrag ein festes Zeitlimit hat, probe ich ihn mit einem Timer auf 80 % der Zeit.</translation>
    </message>
    <message>
        <source>Record the demo instead of doing it live</source>
        <translation>Die Demo aufzeichnen, statt sie live zu zeigen</translation>
    </message>
    <message>
        <source>Rehearse twice with a timer</source>
        <translation>Zweimal mit Timer proben</translation>
    </message>
    <message>
        <source>A timed rehearsal keeps me under twelve minutes.</source>
        <translation>Eine Probe mit Timer hält mich unter zwölf Minuten.</translation>
    </message>
    <message>
        <source>Rehearse the meetup version of the talk twice with a timer.</source>
        <translation>Die Meetup-Version des Vortrags zweimal mit Timer proben.</translation>
    </message>
    <message>
        <source>Both rehearsals end under twelve minutes.</source>
        <translation>Beide Proben enden unter zwölf Minuten.</translation>
    </message>
    <message>
        <source>The product launch shipped with a broken sign-up</source>
        <translation>Der Produktstart ging mit einer kaputten Registrierung live</translation>
    </message>
    <message>
        <source>On launch day the sign-up form failed for every company address with a plus sign. We lost most of the first day&apos;s visitors before a fix went out at 3 pm.</source>
        <translation>Am Starttag schlug das Registrierungsformular bei jeder Firmenadresse mit Pluszeichen fehl. Wir haben die meisten Besucher des ersten Tages verloren, bevor um 15 Uhr eine Korrektur live ging.</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Sign-up failed for addresses like name+team@company.com from 9 am to 3 pm.</source>
        <translation>Die Registrierung schlug für Adressen wie name+team@company.com von 9 bis 15 Uhr fehl.</translation>
    </message>
    <message>
        <source>gutted</source>
        <translation>am Boden zerstört</translation>
    </message>
    <message>
        <source>Our test accounts never used plus addresses; the check came from an old library.</source>
        <translation>Unsere Testkonten haben nie Plus-Adressen verwendet; die Prüfung stammte aus einer alten Bibliothek.</translation>
    </message>
    <message>
        <source>A feature flag turns the new flow off within minutes if it fails.</source>
        <translation>Ein Feature-Flag schaltet den neuen Ablauf innerhalb von Minuten ab, wenn er fehlschlägt.</translation>
    </message>
    <message>
        <source>A three-day canary for the mobile release.</source>
        <translation>Ein dreitägiger Canary für das Mobile-Release.</translation>
    </message>
    <message>
        <source>Before a launch, I test the main path with real-world data, not our own test accounts.</source>
        <translation>Vor einem Start teste ich den Hauptweg mit echten Daten, nicht mit unseren eigenen Testkonten.</translation>
    </message>
    <message>
        <source>A 1 % canary release the day before</source>
        <translation>Ein 1-%-Canary-Release am Tag davor</translation>
    </message>
    <message>
        <source>A launch checklist with real-world inputs</source>
        <translation>Eine Start-Checkliste mit echten Eingaben</translation>
    </message>
    <message>
        <source>A 1 % canary release the day before catches launch-blocking bugs.</source>
        <translation>Ein 1-%-Canary-Release am Tag davor fängt Fehler ab, die den Start blockieren.</translation>
    </message>
    <message>
        <source>Run a canary for the next feature release.</source>
        <translation>Beim nächsten Feature-Release einen Canary laufen lassen.</translation>
    </message>
    <message>
        <source>Blocking bugs show up in the canary, not on launch day.</source>
        <translation>Blockierende Fehler zeigen sich im Canary, nicht am Starttag.</translation>
    </message>
    <message>
        <source>The canary caught a payment bug, but one day was too short for weekly users to show up.</source>
        <translation>Der Canary hat einen Zahlungsfehler gefunden, aber ein Tag war zu kurz, als dass wöchentliche Nutzer auftauchen konnten.</translation>
    </message>
    <message>
        <source>Real-world inputs beat clever test cases.</source>
        <translation>Echte Eingaben schlagen clevere Testfälle.</translation>
    </message>
    <message>
        <source>Cooking for twelve for the first time: the main course was cold</source>
        <translation>Zum ersten Mal für zwölf gekocht: Das Hauptgericht war kalt</translation>
    </message>
    <message>
        <source>I tried a new slow-roast recipe for my sister&apos;s birthday dinner. With one oven, the roast was ready an hour early and cold by the time we sat down.</source>
        <translation>Ich habe für das Geburtstagsessen meiner Schwester ein neues Schmorbratenrezept ausprobiert. Mit nur einem Ofen war der Braten eine Stunde zu früh fertig und kalt, als wir uns hinsetzten.</translation>
    </message>
    <message>
        <source>cooking</source>
        <translation>Kochen</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Everything hot on the table at eight.</source>
        <translation>Alles um acht heiß auf dem Tisch.</translation>
    </message>
    <message>
        <source>flustered</source>
        <translation>durcheinander</translation>
    </message>
    <message>
        <source>I knew the recipe; I had never planned one oven for four dishes.</source>
        <translation>Ich kannte das Rezept; ich hatte nur nie einen Ofen für vier Gerichte eingeplant.</translation>
    </message>
    <message>
        <source>Host the team lunch with the tested plan.</source>
        <translation>Das Teammittagessen mit dem erprobten Plan ausrichten.</translation>
    </message>
    <message>
        <source>When I try something new for a crowd, I do a small test run first.</source>
        <translation>Wenn ich für viele Leute etwas Neues ausprobiere, mache ich vorher einen kleinen Testlauf.</translation>
    </message>
    <message>
        <source>A test run for four people, timing every step</source>
        <translation>Ein Testlauf für vier Personen, jeder Schritt mit Zeitmessung</translation>
    </message>
    <message>
        <source>A test run for four shows where the timing goes wrong.</source>
        <translation>Ein Testlauf für vier zeigt, wo das Timing schiefgeht.</translation>
    </message>
    <message>
        <source>Cook the roast for four on Sunday and time every step.</source>
        <translation>Den Braten am Sonntag für vier kochen und jeden Schritt stoppen.</translation>
    </message>
    <message>
        <source>A timed plan that fits one oven.</source>
        <translation>Ein Zeitplan, der mit einem Ofen auskommt.</translation>
    </message>
    <message>
        <source>The test run showed the roast can rest in a low oven; the plan works.</source>
        <translation>Der Testlauf hat gezeigt, dass der Braten in einem schwachen Ofen ruhen kann; der Plan funktioniert.</translation>
    </message>
    <message>
        <source>I hired the wrong person for the support role</source>
        <translation>Ich habe die falsche Person für die Support-Stelle eingestellt</translation>
    </message>
    <message>
        <source>He interviewed brilliantly but struggled with the number of tickets, and left after six weeks.</source>
        <translation>Er war im Vorstellungsgespräch brillant, kam aber mit der Menge an Tickets nicht zurecht und ist nach sechs Wochen gegangen.</translation>
    </message>
    <message>
        <source>hiring</source>
        <translation>Personalsuche</translation>
    </message>
    <message>
        <source>The hire did not work out, and that was my call.</source>
        <translation>Die Besetzung hat nicht geklappt, und es war meine Entscheidung.</translation>
    </message>
    <message>
        <source>disappointed</source>
        <translation>enttäuscht</translation>
    </message>
    <message>
        <source>The interview tested conversation, not the actual work: no ticket exercise, no time pressure.</source>
        <translation>Das Gespräch hat geprüft, wie gut jemand redet, nicht die eigentliche Arbeit: keine Ticket-Übung, kein Zeitdruck.</translation>
    </message>
    <message>
        <source>If the exercise misleads us, a paid trial week.</source>
        <translation>Wenn uns die Übung in die Irre führt: eine bezahlte Probewoche.</translation>
    </message>
    <message>
        <source>When I hire for work that can be sampled, the interview includes a sample of it.</source>
        <translation>Wenn ich für Arbeit einstelle, von der man eine Probe machen kann, enthält das Gespräch eine Arbeitsprobe.</translation>
    </message>
    <message>
        <source>A thirty-minute ticket exercise in every interview</source>
        <translation>Eine dreißigminütige Ticket-Übung in jedem Gespräch</translation>
    </message>
    <message>
        <source>A work sample shows who can handle the volume.</source>
        <translation>Eine Arbeitsprobe zeigt, wer mit der Menge zurechtkommt.</translation>
    </message>
    <message>
        <source>Use a ticket exercise in the next three interviews.</source>
        <translation>In den nächsten drei Gesprächen eine Ticket-Übung einsetzen.</translation>
    </message>
    <message>
        <source>The exercise separates candidates I would otherwise rate the same.</source>
        <translation>Die Übung unterscheidet Kandidaten, die ich sonst gleich einschätzen würde.</translation>
    </message>
    <message>
        <source>It did: one strong talker struggled, and a quiet candidate shone and got the job.</source>
        <translation>Hat sie: Ein starker Redner tat sich schwer, eine ruhige Bewerberin glänzte und bekam die Stelle.</translation>
    </message>
    <message>
        <source>Test the work, not the talk.</source>
        <translation>Die Arbeit prüfen, nicht das Reden.</translation>
    </message>
    <message>
        <source>The investor pitch fell flat</source>
        <translation>Der Pitch vor den Investoren ist verpufft</translation>
    </message>
    <message>
        <source>A ten-minute pitch to two angel investors. They stopped me at slide four to ask about revenue, and I never got back to the product.</source>
        <translation>Ein Zehn-Minuten-Pitch vor zwei Business Angels. Sie haben mich bei Folie vier unterbrochen, um nach dem Umsatz zu fragen, und ich bin nie zum Produkt zurückgekommen.</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>startup</source>
        <translation>Startup</translation>
    </message>
    <message>
        <source>Ten minutes of story, then questions.</source>
        <translation>Zehn Minuten Geschichte, dann Fragen.</translation>
    </message>
    <message>
        <source>rattled</source>
        <translation>aus der Fassung gebracht</translation>
    </message>
    <message>
        <source>I knew they were finance people; I did not know they would skip the story entirely.</source>
        <translation>Ich wusste, dass sie aus der Finanzwelt kommen; ich wusste nicht, dass sie die Geschichte ganz überspringen würden.</translation>
    </message>
    <message>
        <source>Cut the deck to six slides and pitch at demo day.</source>
        <translation>Die Präsentation auf sechs Folien kürzen und beim Demo Day pitchen.</translation>
    </message>
    <message>
        <source>When I pitch to a new audience, I lead with the numbers they care about.</source>
        <translation>Wenn ich vor neuem Publikum pitche, beginne ich mit den Zahlen, die ihm wichtig sind.</translation>
    </message>
    <message>
        <source>Open with revenue, keep the story for questions</source>
        <translation>Mit dem Umsatz beginnen, die Geschichte für die Fragen aufheben</translation>
    </message>
    <message>
        <source>Cut the deck to six slides</source>
        <translation>Die Präsentation auf sechs Folien kürzen</translation>
    </message>
    <message>
        <source>Opening with revenue keeps finance people listening.</source>
        <translation>Mit dem Umsatz zu beginnen, hält Finanzleute bei der Stange.</translation>
    </message>
    <message>
        <source>Reorder the deck and pitch it to the accelerator mentors.</source>
        <translation>Die Präsentation umstellen und den Mentoren des Accelerators pitchen.</translation>
    </message>
    <message>
        <source>The mentors reach the product slide without interrupting.</source>
        <translation>Die Mentoren kommen ohne Unterbrechung bis zur Produktfolie.</translation>
    </message>
    <message>
        <source>They interrupted anyway: the deck is too long, whatever the order.</source>
        <translation>Sie haben trotzdem unterbrochen: Die Präsentation ist zu lang, egal in welcher Reihenfolge.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
</context>
<context>
    <name>ExamplesBanner</name>
    <message>
        <source>Examples show how the loop works. Removing them keeps yours.</source>
        <translation>Beispiele zeigen, wie die Schleife funktioniert. Wenn du sie entfernst, bleiben deine eigenen erhalten.</translation>
    </message>
    <message>
        <source>Remove examples</source>
        <translation>Beispiele entfernen</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>ExperimentPrompt</name>
    <message>
        <source>Check on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Prüfen am %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor einem Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in einem Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check on %1 (%2)</source>
        <extracomment>%1 is a date, %2 how far away it is (&quot;in 3 days&quot;)</extracomment>
        <translation>Prüfen am %1 (%2)</translation>
    </message>
    <message>
        <source>Your last experiment is decided (%1). Plan the next one here.</source>
        <translation>Dein letztes Experiment ist entschieden (%1). Plane hier das nächste.</translation>
    </message>
    <message>
        <source>Tests: %1</source>
        <translation>Testet: %1</translation>
    </message>
    <message>
        <source>Pick a change above with “Test this one”, or plan an experiment of its own.</source>
        <translation>Wähle oben eine Änderung mit „Diese testen“ oder plane ein eigenes Experiment.</translation>
    </message>
    <message>
        <source>Hypothesis: what you expect</source>
        <translation>Hypothese: was du erwartest</translation>
    </message>
    <message>
        <source>If I …, then …</source>
        <translation>Wenn ich …, dann …</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Action: the smallest step</source>
        <translation>Aktion: der kleinste Schritt</translation>
    </message>
    <message>
        <source>What you will do, and when</source>
        <translation>Was du tun wirst, und wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Check date</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Check date, as year-month-day</source>
        <translation>Prüftermin, als Jahr-Monat-Tag</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 Tagen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>Write the date like %1.</source>
        <translation>Schreib das Datum so: %1.</translation>
    </message>
    <message>
        <source>Signal: how you will know</source>
        <translation>Signal: woran du es merkst</translation>
    </message>
    <message>
        <source>What you will see if it worked</source>
        <translation>Was du siehst, wenn es funktioniert hat</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <source>Plan experiment</source>
        <translation>Experiment planen</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message numerus="yes">
        <source>%n open, %1 waiting for a check</source>
        <translation>
            <numerusform>%n offen, %1 wartet auf eine Prüfung</numerusform>
            <numerusform>%n offen, %1 warten auf eine Prüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>No check date</source>
        <translation>Kein Prüftermin</translation>
    </message>
    <message>
        <source>Check was due %1</source>
        <translation>Prüfung war fällig am %1</translation>
    </message>
    <message>
        <source>Check today</source>
        <translation>Heute prüfen</translation>
    </message>
    <message>
        <source>Check tomorrow, %1</source>
        <translation>Morgen prüfen, %1</translation>
    </message>
    <message numerus="yes">
        <source>Check on %1 (in %n days)</source>
        <translation>
            <numerusform>Prüfen am %1 (in einem Tag)</numerusform>
            <numerusform>Prüfen am %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(noch nicht geschrieben)</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation>Aus „%1“</translation>
    </message>
    <message>
        <source>No open experiments. In Apply, pick one change to test with a check date: it shows up here until you decide to keep, adjust or drop it.</source>
        <translation>Keine offenen Experimente. Wähle in „Anwenden“ eine Änderung zum Testen mit einem Prüftermin: Sie erscheint hier, bis du entscheidest, sie beizubehalten, anzupassen oder zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>This file will NOT be encrypted</source>
        <translation>Diese Datei wird NICHT verschlüsselt</translation>
    </message>
    <message>
        <source>Anyone who gets this file, or the folder or cloud it lands in, can read every word of these reflections. The file says so at the top. To send reflections to a coach safely, use Share instead: it encrypts them.</source>
        <translation>Wer diese Datei bekommt – oder den Ordner oder die Cloud, in der sie landet –, kann jedes Wort dieser Reflexionen lesen. Das steht auch oben in der Datei. Um Reflexionen sicher an einen Coach zu schicken, verwende stattdessen „Teilen“: Damit werden sie verschlüsselt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>Save the readable export (not encrypted)</source>
        <translation>Den lesbaren Export speichern (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>I understand it is not encrypted: confirm it is you, then choose where to save it</source>
        <translation>Ich verstehe, dass sie nicht verschlüsselt ist: bestätigen, dass ich es bin, dann Speicherort wählen</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to write these reflections to a file that is not encrypted.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein, um diese Reflexionen in eine unverschlüsselte Datei zu schreiben.</translation>
    </message>
</context>
<context>
    <name>FailureType</name>
    <message>
        <source>Not placed yet</source>
        <translation>Noch nicht eingeordnet</translation>
    </message>
    <message>
        <source>Basic failure</source>
        <translation>Einfaches Scheitern</translation>
    </message>
    <message>
        <source>Complex failure</source>
        <translation>Komplexes Scheitern</translation>
    </message>
    <message>
        <source>Intelligent failure</source>
        <translation>Intelligentes Scheitern</translation>
    </message>
    <message>
        <source>Preventable, in known territory: a checklist or habit can stop it.</source>
        <translation>Vermeidbar, auf bekanntem Terrain: Eine Checkliste oder Gewohnheit kann es verhindern.</translation>
    </message>
    <message>
        <source>Several factors met in a familiar but changing setting: watch for early signals.</source>
        <translation>Mehrere Faktoren kamen in einem vertrauten, aber sich wandelnden Umfeld zusammen: Achte auf frühe Signale.</translation>
    </message>
    <message>
        <source>A thoughtful, small step into new territory: worth the lesson.</source>
        <translation>Ein durchdachter, kleiner Schritt auf neues Terrain: Die Erkenntnis ist es wert.</translation>
    </message>
</context>
<context>
    <name>FeelingPrompt</name>
    <message>
        <source>One word, like “embarrassed”</source>
        <translation>Ein Wort, etwa „peinlich“</translation>
    </message>
    <message>
        <source>How you feel, in one word</source>
        <translation>Wie du dich fühlst, in einem Wort</translation>
    </message>
    <message>
        <source>How strongly, 1 to 5</source>
        <translation>Wie stark, 1 bis 5</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <source>Strength %1 of 5</source>
        <translation>Stärke %1 von 5</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>Sehr</translation>
    </message>
</context>
<context>
    <name>FilePassphrase</name>
    <message>
        <source>The file passphrase file cannot be read.</source>
        <translation>Die Datei mit der Datei-Passphrase kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file passphrase file is empty.</source>
        <translation>Die Datei mit der Datei-Passphrase ist leer.</translation>
    </message>
    <message>
        <source>Nothing was entered; nothing was written.</source>
        <translation>Nichts eingegeben; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the file&apos;s passphrase. Give it with --file-passphrase-file FILE.</source>
        <translation>Es gibt kein Terminal, um nach der Passphrase der Datei zu fragen. Gib sie mit --file-passphrase-file FILE an.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>FreeTextPrompt</name>
    <message>
        <source>Your answer…</source>
        <translation>Deine Antwort…</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failure type</source>
        <translation>Art des Scheiterns</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation>Intelligent</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Komplex</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Nicht eingeordnet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprachnotizen</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Egal</translation>
    </message>
    <message>
        <source>With voice</source>
        <translation>Mit Sprachnotiz</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Nur Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tag %1: remove from the filter</source>
        <translation>Schlagwort %1: aus dem Filter entfernen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
</context>
<context>
    <name>HistoryFiltersPage</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show 1 reflection</source>
        <translation>1 Reflexion anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n reflections</source>
        <translation>
            <numerusform>Eine Reflexion anzeigen</numerusform>
            <numerusform>%n Reflexionen anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Today, %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a weekday name, %2 a time of day</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>date in the history list, this year</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date in the history list, an earlier year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>voice note, %1</source>
        <translation>Sprachnotiz, %1</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Sprachnotiz</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>No reflections yet</source>
        <translation>Noch keine Reflexionen</translation>
    </message>
    <message>
        <source>Right after something goes differently than you hoped, write down what happened: it takes a minute, and it stays encrypted on this device. Debrief then walks it through four steps: Detect what happened, Analyse why, Apply one small change as an experiment, and Continue with your next smart risk.</source>
        <translation>Direkt nachdem etwas anders gelaufen ist als erhofft, schreib auf, was passiert ist: Es dauert eine Minute und bleibt verschlüsselt auf diesem Gerät. Debrief führt es dann durch vier Schritte: Erkennen, was passiert ist, Analysieren, warum, eine kleine Änderung als Experiment Anwenden und mit deinem nächsten klugen Risiko Fortsetzen.</translation>
    </message>
    <message>
        <source>Try it with examples</source>
        <translation>Mit Beispielen ausprobieren</translation>
    </message>
    <message>
        <source>Adds a few example reflections, marked “Example”, in every step of the loop. You can remove them at any time.</source>
        <translation>Fügt ein paar Beispielreflexionen hinzu, markiert als „Beispiel“, in jedem Schritt der Schleife. Du kannst sie jederzeit entfernen.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore your reflections from a backup</source>
        <translation>Deine Reflexionen aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>No reflection matches “%1”.</source>
        <translation>Keine Reflexion passt zu „%1“.</translation>
    </message>
    <message>
        <source>No reflection matches these filters.</source>
        <translation>Keine Reflexion passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Show all reflections</source>
        <translation>Alle Reflexionen anzeigen</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>HistorySearchBar</name>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Treffer</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation>Reflexionen durchsuchen</translation>
    </message>
    <message>
        <source>Finds words in reflections, answers, lessons and experiments as you type.</source>
        <translation>Findet Wörter in Reflexionen, Antworten, Erkenntnissen und Experimenten, während du tippst.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections match</source>
        <translation>
            <numerusform>Eine Reflexion passt</numerusform>
            <numerusform>%n Reflexionen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>Eine Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Order and grouping: %1</source>
        <translation>Reihenfolge und Gruppierung: %1</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>All reflections</source>
        <translation>Alle Reflexionen</translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation>Fällig (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Experiments (%1 due)</source>
        <translation>Experimente (%1 fällig)</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Mit mir geteilt</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Open a shared file</source>
        <translation>Eine geteilte Datei öffnen</translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation>Debrief-Dateien (*.debrief)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Drop to open the shared file</source>
        <translation>Loslassen, um die geteilte Datei zu öffnen</translation>
    </message>
    <message>
        <source>Passphrase needed</source>
        <translation>Passphrase nötig</translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase. Type the one its sender gave you.</source>
        <translation>„%1“ ist mit einer Passphrase geschützt. Gib die ein, die dir die Person gegeben hat, die sie geschickt hat.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase of the shared file</source>
        <translation>Passphrase der geteilten Datei</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Shared file opened</source>
        <translation>Geteilte Datei geöffnet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show what was shared with you</source>
        <translation>Anzeigen, was mit dir geteilt wurde</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Wähle eine Passphrase mit mindestens einem Zeichen.</numerusform>
            <numerusform>Wähle eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created a new vault in %1.</source>
        <translation>Neuer Tresor in %1 angelegt.</translation>
    </message>
    <message>
        <source>Your recovery code is shown only this once. Write it down and keep it somewhere safe: without it (or this computer&apos;s keyring) nobody, not even you, can open the vault.</source>
        <translation>Dein Wiederherstellungscode wird nur dieses eine Mal angezeigt. Schreib ihn auf und bewahre ihn sicher auf: Ohne ihn (oder den Schlüsselbund dieses Computers) kann niemand den Tresor öffnen, nicht einmal du.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Worked out on this device from your reflections; nothing leaves it.</source>
        <translation>Auf diesem Gerät aus deinen Reflexionen berechnet; nichts verlässt es.</translation>
    </message>
    <message>
        <source>Insights appear as your reflections move through the loop: how many you analyse, how many become an experiment, how long each step takes and how your experiments turn out.</source>
        <translation>Einblicke erscheinen, während deine Reflexionen durch die Schleife gehen: wie viele du analysierst, wie viele zu einem Experiment werden, wie lange jeder Schritt dauert und wie deine Experimente ausgehen.</translation>
    </message>
    <message>
        <source>Try it with examples</source>
        <translation>Mit Beispielen ausprobieren</translation>
    </message>
    <message>
        <source>How far reflections get</source>
        <translation>Wie weit Reflexionen kommen</translation>
    </message>
    <message>
        <source>Time between steps (median)</source>
        <translation>Zeit zwischen den Schritten (Median)</translation>
    </message>
    <message>
        <source>Capture → Analyse</source>
        <translation>Festhalten → Analysieren</translation>
    </message>
    <message>
        <source>Analyse → Apply</source>
        <translation>Analysieren → Anwenden</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Experiments and how they turned out</source>
        <translation>Experimente und wie sie ausgingen</translation>
    </message>
    <message>
        <source>Kinds of failure</source>
        <translation>Arten des Scheiterns</translation>
    </message>
    <message>
        <source>Reflections per day</source>
        <translation>Reflexionen pro Tag</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Passphrase and keys</source>
        <translation>Passphrase und Schlüssel</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Dein neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The new vault key comes with a new recovery code. Write it down or keep it in a password manager: it is shown only once. The key changes when you confirm; after that the old code no longer works.</source>
        <translation>Der neue Tresorschlüssel kommt mit einem neuen Wiederherstellungscode. Schreib ihn auf oder bewahre ihn in einem Passwortmanager auf: Er wird nur einmal angezeigt. Der Schlüssel ändert sich, wenn du bestätigst; danach funktioniert der alte Code nicht mehr.</translation>
    </message>
    <message>
        <source>Write it down or keep it in a password manager: it is shown only once. It replaces your old code when you confirm; after that the old code no longer works.</source>
        <translation>Schreib ihn auf oder bewahre ihn in einem Passwortmanager auf: Er wird nur einmal angezeigt. Er ersetzt deinen alten Code, wenn du bestätigst; danach funktioniert der alte Code nicht mehr.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the new recovery code</source>
        <translation>Den neuen Wiederherstellungscode kopieren</translation>
    </message>
    <message>
        <source>I have written it down: rotate the key</source>
        <translation>Ich habe ihn aufgeschrieben: Schlüssel erneuern</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ich habe ihn aufgeschrieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: keep the old recovery code</source>
        <translation>Abbrechen: den alten Wiederherstellungscode behalten</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Deine Passphrase ändern</translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation>Eine Passphrase hinzufügen</translation>
    </message>
    <message>
        <source>The new passphrase opens Debrief from now on; the old one stops working. Your recovery code stays as it is.</source>
        <translation>Die neue Passphrase öffnet Debrief ab jetzt; die alte funktioniert nicht mehr. Dein Wiederherstellungscode bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>A passphrase you can remember opens Debrief when the keyring cannot, besides your recovery code.</source>
        <translation>Eine Passphrase, die du dir merken kannst, öffnet Debrief, wenn der Schlüsselbund es nicht kann – zusätzlich zu deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Current passphrase or recovery code</source>
        <translation>Aktuelle Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it for you.</source>
        <translation>
            <numerusform>Mindestens ein Zeichen. Mehrere Wörter ohne Zusammenhang sind stark und leicht zu merken. Niemand kann sie für dich zurücksetzen.</numerusform>
            <numerusform>Mindestens %n Zeichen. Mehrere Wörter ohne Zusammenhang sind stark und leicht zu merken. Niemand kann sie für dich zurücksetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Add passphrase</source>
        <translation>Passphrase hinzufügen</translation>
    </message>
    <message>
        <source>Make a recovery code</source>
        <translation>Einen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <source>If your code may have been seen, or you lost it, make a new one. It is shown once; the old code stops working when you confirm.</source>
        <translation>Wenn jemand deinen Code gesehen haben könnte oder du ihn verloren hast, erstelle einen neuen. Er wird einmal angezeigt; der alte Code funktioniert nicht mehr, sobald du bestätigst.</translation>
    </message>
    <message>
        <source>Current passphrase or recovery code, for a new recovery code</source>
        <translation>Aktuelle Passphrase oder Wiederherstellungscode, für einen neuen Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Einen neuen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <source>Rotate the vault key</source>
        <translation>Den Tresorschlüssel erneuern</translation>
    </message>
    <message>
        <source>If you think someone got hold of your vault&apos;s key (a copy of the keyring, an old recovery code), give the vault a new key. Everything is encrypted again with it, and you get a new recovery code; your passphrase stays the same. This can take a while for a large vault.</source>
        <translation>Wenn du glaubst, dass jemand an den Schlüssel deines Tresors gekommen ist (eine Kopie des Schlüsselbunds, ein alter Wiederherstellungscode), gib dem Tresor einen neuen Schlüssel. Alles wird damit neu verschlüsselt, und du bekommst einen neuen Wiederherstellungscode; deine Passphrase bleibt dieselbe. Bei einem großen Tresor kann das eine Weile dauern.</translation>
    </message>
    <message>
        <source>If you think someone got hold of your vault&apos;s key, give the vault a new key. Everything is encrypted again with it; your passphrase stays the same. This can take a while for a large vault.</source>
        <translation>Wenn du glaubst, dass jemand an den Schlüssel deines Tresors gekommen ist, gib dem Tresor einen neuen Schlüssel. Alles wird damit neu verschlüsselt; deine Passphrase bleibt dieselbe. Bei einem großen Tresor kann das eine Weile dauern.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Your app lock PIN</source>
        <translation>Deine PIN für die App-Sperre</translation>
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation>Schlüssel erneuern…</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Search your lessons</source>
        <translation>Deine Erkenntnisse durchsuchen</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Erkenntnisse durchsuchen</translation>
    </message>
    <message>
        <source>%1 · %2 · from “%3”</source>
        <extracomment>%1 is a date, %2 the name of a loop stage, %3 the first line of the reflection</extracomment>
        <translation>%1 · %2 · aus „%3“</translation>
    </message>
    <message>
        <source>%1 · %2 · from a voice note</source>
        <extracomment>%1 is a date, %2 the name of a loop stage</extracomment>
        <translation>%1 · %2 · aus einer Sprachnotiz</translation>
    </message>
    <message>
        <source>No lesson matches “%1”.</source>
        <translation>Keine Erkenntnis passt zu „%1“.</translation>
    </message>
    <message>
        <source>No lessons yet. In Apply, write what you learned as a rule you can reuse: it shows up here.</source>
        <translation>Noch keine Erkenntnisse. Schreib in „Anwenden“ auf, was du gelernt hast, als Regel, die du wiederverwenden kannst: Sie erscheint dann hier.</translation>
    </message>
</context>
<context>
    <name>LessonsPrompt</name>
    <message>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Remove lesson</source>
        <translation>Erkenntnis entfernen</translation>
    </message>
    <message>
        <source>When …, I …</source>
        <translation>Wenn …, dann …</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Neue Erkenntnis</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
</context>
<context>
    <name>LoopPolicy</name>
    <message>
        <source>Say in a few words why, so you remember later.</source>
        <translation>Sag in ein paar Worten, warum, damit du dich später erinnerst.</translation>
    </message>
    <message>
        <source>Go on to Analyse</source>
        <translation>Weiter zu „Analysieren“</translation>
    </message>
    <message>
        <source>Go on to Apply</source>
        <translation>Weiter zu „Anwenden“</translation>
    </message>
    <message>
        <source>Go on to Continue</source>
        <translation>Weiter zu „Fortsetzen“</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Die Schleife abschließen</translation>
    </message>
    <message>
        <source>Write a line or record a voice note about what happened.</source>
        <translation>Schreib eine Zeile oder nimm eine Sprachnotiz darüber auf, was passiert ist.</translation>
    </message>
    <message>
        <source>Answer one question, or place it on the spectrum.</source>
        <translation>Beantworte eine Frage oder ordne es auf dem Spektrum ein.</translation>
    </message>
    <message>
        <source>Write a lesson, or plan an experiment.</source>
        <translation>Schreib eine Erkenntnis auf oder plane ein Experiment.</translation>
    </message>
    <message>
        <source>Decide on your experiment, or name your next smart risk.</source>
        <translation>Entscheide über dein Experiment oder nenne dein nächstes kluges Risiko.</translation>
    </message>
    <message>
        <source>This reflection is closed. Reopen it to work on it again.</source>
        <translation>Diese Reflexion ist abgeschlossen. Öffne sie wieder, um weiter daran zu arbeiten.</translation>
    </message>
    <message>
        <source>%1 is not done yet. %2 Or skip it with a short reason.</source>
        <translation>„%1“ ist noch nicht erledigt. %2 Oder überspring es mit einer kurzen Begründung.</translation>
    </message>
    <message>
        <source>This reflection is closed. Reopen it to go back a stage.</source>
        <translation>Diese Reflexion ist abgeschlossen. Öffne sie wieder, um eine Stufe zurückzugehen.</translation>
    </message>
    <message>
        <source>Detect is the first stage; there is none before it.</source>
        <translation>Erkennen ist die erste Stufe; davor gibt es keine.</translation>
    </message>
    <message>
        <source>This reflection is already closed.</source>
        <translation>Diese Reflexion ist schon abgeschlossen.</translation>
    </message>
    <message>
        <source>The loop is not finished yet. To close it now: %1</source>
        <translation>Die Schleife ist noch nicht fertig. Um sie jetzt abzuschließen: %1</translation>
    </message>
    <message>
        <source>Only a closed reflection can be reopened.</source>
        <translation>Nur eine abgeschlossene Reflexion kann wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>That step is not possible.</source>
        <translation>Dieser Schritt ist nicht möglich.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Add a first note</source>
        <translation>Eine erste Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Look closer: answer one question</source>
        <translation>Genauer hinsehen: eine Frage beantworten</translation>
    </message>
    <message>
        <source>Write a lesson or plan an experiment</source>
        <translation>Eine Erkenntnis aufschreiben oder ein Experiment planen</translation>
    </message>
    <message>
        <source>Check how your experiment went</source>
        <translation>Prüfen, wie dein Experiment lief</translation>
    </message>
    <message>
        <source>Name your next smart risk</source>
        <translation>Dein nächstes kluges Risiko nennen</translation>
    </message>
</context>
<context>
    <name>LoopStepper</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>kommt noch</translation>
    </message>
    <message>
        <source>Step %1 of 4, %2: %3</source>
        <translation>Schritt %1 von 4, %2: %3</translation>
    </message>
</context>
<context>
    <name>LoopSummary</name>
    <message>
        <source>This reflection is closed.</source>
        <translation>Diese Reflexion ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Stage %1 of 4: %2</source>
        <extracomment>%1 is the stage number, %2 the name of the loop stage</extracomment>
        <translation>Stufe %1 von 4: %2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the privacy page</source>
        <translation>Die Datenschutzseite schließen</translation>
    </message>
</context>
<context>
    <name>MicRationaleDialog</name>
    <message>
        <source>Use the microphone?</source>
        <translation>Das Mikrofon verwenden?</translation>
    </message>
    <message>
        <source>Debrief needs the microphone to record your reflection. The recording stays encrypted on this device and is never sent anywhere.</source>
        <translation>Debrief braucht das Mikrofon, um deine Reflexion aufzunehmen. Die Aufnahme bleibt verschlüsselt auf diesem Gerät und wird nirgendwohin geschickt.</translation>
    </message>
    <message>
        <source>Next, your system asks whether Debrief may use the microphone.</source>
        <translation>Als Nächstes fragt dein System, ob Debrief das Mikrofon verwenden darf.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>NextRiskPrompt</name>
    <message>
        <source>This week I will …</source>
        <translation>Diese Woche werde ich …</translation>
    </message>
    <message>
        <source>Make it a new reflection</source>
        <translation>Eine neue Reflexion daraus machen</translation>
    </message>
    <message>
        <source>Added to your history, at Detect.</source>
        <translation>Zu deinem Verlauf hinzugefügt, bei „Erkennen“.</translation>
    </message>
    <message>
        <source>Plan it as an experiment</source>
        <translation>Als Experiment planen</translation>
    </message>
    <message>
        <source>Planned as an experiment: check on %1.</source>
        <translation>Als Experiment geplant: prüfen am %1.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>NudgeText</name>
    <message>
        <source>Debrief</source>
        <comment>notification title: the app&apos;s name</comment>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>A reflection is ready for a closer look.</source>
        <comment>notification: an entry was captured and is waiting for its Analyse step</comment>
        <translation>Eine Reflexion ist bereit für einen genaueren Blick.</translation>
    </message>
    <message>
        <source>Turn a lesson into one small experiment?</source>
        <comment>notification: an entry was analysed and has no experiment yet (Apply step)</comment>
        <translation>Eine Erkenntnis in ein kleines Experiment verwandeln?</translation>
    </message>
    <message>
        <source>Time to check how your experiment went.</source>
        <comment>notification: an experiment reached its check date</comment>
        <translation>Zeit nachzusehen, wie dein Experiment lief.</translation>
    </message>
    <message>
        <source>Ready for your next smart risk?</source>
        <comment>notification: an experiment was checked and no next smart risk is written</comment>
        <translation>Bereit für dein nächstes kluges Risiko?</translation>
    </message>
    <message>
        <source>1 reflection is waiting for its next step.</source>
        <comment>notification: the weekly review when one entry is waiting</comment>
        <translation>1 Reflexion wartet auf ihren nächsten Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections are waiting for their next step.</source>
        <comment>notification: the weekly review, or several nudges shown as one (%n: 2 or more)</comment>
        <translation>
            <numerusform>Eine Reflexion wartet auf ihren nächsten Schritt.</numerusform>
            <numerusform>%n Reflexionen warten auf ihren nächsten Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notification with entry titles on: %1 the entry&apos;s first line, %2 the text above</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>notification action: open the entry at its next step</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <comment>notification action: remind again in an hour</comment>
        <translation>In 1 Stunde erinnern</translation>
    </message>
    <message>
        <source>This evening</source>
        <comment>notification action: remind again this evening (19:00)</comment>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <comment>notification action: remind again tomorrow at the review time</comment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>notification action: no more nudges for this entry until it changes</comment>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Stärke der Passphrase: %1</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Reflections (not encrypted)</source>
        <translation>Reflexionen (nicht verschlüsselt)</translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Your reflections are yours. Debrief keeps them encrypted on this device and sends nothing anywhere unless you do it yourself.</source>
        <translation>Deine Reflexionen gehören dir. Debrief bewahrt sie verschlüsselt auf diesem Gerät auf und schickt nichts irgendwohin, außer du tust es selbst.</translation>
    </message>
    <message>
        <source>What Debrief keeps</source>
        <translation>Was Debrief speichert</translation>
    </message>
    <message>
        <source>Everything you write and record here: your reflections and voice notes, your answers in each stage, lessons, possible changes and experiments, tags, the comments coaches send back, what others share with you, and the names and keys of the coaches you share with.</source>
        <translation>Alles, was du hier schreibst und aufnimmst: deine Reflexionen und Sprachnotizen, deine Antworten in jeder Stufe, Erkenntnisse, mögliche Änderungen und Experimente, Schlagwörter, die Kommentare, die Coaches zurückschicken, was andere mit dir teilen, und die Namen und Schlüssel der Coaches, mit denen du teilst.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Only on this device, in this folder (the encrypted vault and the file that holds its key, itself locked):</source>
        <translation>Nur auf diesem Gerät, in diesem Ordner (der verschlüsselte Tresor und die Datei mit seinem Schlüssel, die selbst gesperrt ist):</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Your settings (microphone, recording limit, reminders) are in a separate file, which holds nothing you wrote:</source>
        <translation>Deine Einstellungen (Mikrofon, Aufnahmelimit, Erinnerungen) liegen in einer eigenen Datei, die nichts enthält, was du geschrieben hast:</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>How it is encrypted</source>
        <translation>Wie verschlüsselt wird</translation>
    </message>
    <message>
        <source>The vault is a database encrypted with SQLCipher (AES-256). Its key is 32 random bytes. Debrief keeps that key in your system keyring so the app opens without a prompt (not while the app lock is on). A copy of the key is locked with your passphrase or recovery code using Argon2id, which makes guessing slow. Without the key the file cannot be read. Nobody can reset your passphrase or recovery code: keep the code somewhere safe.</source>
        <translation>Der Tresor ist eine mit SQLCipher (AES-256) verschlüsselte Datenbank. Sein Schlüssel besteht aus 32 zufälligen Bytes. Debrief bewahrt diesen Schlüssel in deinem Systemschlüsselbund auf, damit sich die App ohne Nachfrage öffnet (nicht, solange die App-Sperre an ist). Eine Kopie des Schlüssels ist mit deiner Passphrase oder deinem Wiederherstellungscode über Argon2id gesperrt, was Raten langsam macht. Ohne den Schlüssel kann die Datei nicht gelesen werden. Niemand kann deine Passphrase oder deinen Wiederherstellungscode zurücksetzen: Bewahre den Code sicher auf.</translation>
    </message>
    <message>
        <source>When you share</source>
        <translation>Wenn du teilst</translation>
    </message>
    <message>
        <source>A share is one encrypted file with exactly the reflections and parts you picked (their text, answers, lessons and voice notes) and your name. Only the coach whose key you chose, or someone who knows the passphrase you set, can open it. A share you have sent cannot be recalled: the coach keeps what you sent, even if you later delete it here.</source>
        <translation>Eine Freigabe ist eine verschlüsselte Datei mit genau den Reflexionen und Teilen, die du gewählt hast (ihr Text, Antworten, Erkenntnisse und Sprachnotizen), und deinem Namen. Nur der Coach, dessen Schlüssel du gewählt hast, oder wer die von dir gesetzte Passphrase kennt, kann sie öffnen. Eine geschickte Freigabe lässt sich nicht zurückholen: Der Coach behält, was du geschickt hast, auch wenn du es hier später löschst.</translation>
    </message>
    <message>
        <source>Exports and backups</source>
        <translation>Exporte und Sicherungen</translation>
    </message>
    <message>
        <source>Markdown and PDF exports are NOT encrypted: anyone who gets the file, or the folder or cloud it lands in, can read it. Backups are encrypted with the passphrase or recovery code you choose.</source>
        <translation>Markdown- und PDF-Exporte sind NICHT verschlüsselt: Wer die Datei bekommt – oder den Ordner oder die Cloud, in der sie landet –, kann sie lesen. Sicherungen werden mit der Passphrase oder dem Wiederherstellungscode verschlüsselt, den du wählst.</translation>
    </message>
    <message>
        <source>No network, no analytics</source>
        <translation>Kein Netzwerk, keine Analyse</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders say only which step is next, never what you wrote, unless you choose to show an entry&apos;s first line in the reminder settings.</source>
        <translation>Erinnerungen sagen nur, welcher Schritt als Nächstes kommt, nie, was du geschrieben hast – außer du entscheidest dich in den Erinnerungseinstellungen, die erste Zeile eines Eintrags zu zeigen.</translation>
    </message>
    <message>
        <source>Deleting and erasing</source>
        <translation>Löschen und alles entfernen</translation>
    </message>
    <message>
        <source>Deleting a reflection removes it with all its parts, from the search too; while Undo is offered a copy stays in memory only, never on disk. To remove everything, use Settings, Security and privacy, Erase everything: it asks twice, then removes every reflection, voice note and everything shared with you from the vault file. The vault, your passphrase and recovery code, your sharing key and your settings stay, so you can go on.</source>
        <translation>Wenn du eine Reflexion löschst, wird sie mit all ihren Teilen entfernt, auch aus der Suche; solange „Rückgängig“ angeboten wird, bleibt eine Kopie nur im Arbeitsspeicher, nie auf der Festplatte. Um alles zu entfernen, verwende Einstellungen, Sicherheit und Datenschutz, Alles löschen: Es fragt zweimal nach und entfernt dann jede Reflexion, jede Sprachnotiz und alles, was mit dir geteilt wurde, aus der Tresordatei. Der Tresor, deine Passphrase und dein Wiederherstellungscode, dein Freigabeschlüssel und deine Einstellungen bleiben, damit du weitermachen kannst.</translation>
    </message>
    <message>
        <source>Debrief never connects to the internet. There is no account, no analytics, no advertising and no crash report. It asks for the microphone only when you first record, and for notifications only when it first has a reminder for you.</source>
        <translation>Debrief verbindet sich nie mit dem Internet. Es gibt kein Konto, keine Analyse, keine Werbung und keine Absturzberichte. Nach dem Mikrofon fragt Debrief erst, wenn du zum ersten Mal aufnimmst, und nach Benachrichtigungen erst, wenn es zum ersten Mal eine Erinnerung für dich hat.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Debrief cannot open your vault</source>
        <translation>Debrief kann deinen Tresor nicht öffnen</translation>
    </message>
    <message>
        <source>You can move the damaged file aside (it is kept, unchanged, next to the new one) and start a new vault with the same key.</source>
        <translation>Du kannst die beschädigte Datei beiseitelegen (sie bleibt unverändert neben der neuen erhalten) und einen neuen Tresor mit demselben Schlüssel anlegen.</translation>
    </message>
    <message>
        <source>Move it aside and start a new vault</source>
        <translation>Beiseitelegen und einen neuen Tresor anlegen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>PromptCatalog</name>
    <message>
        <source>Right after it happened. A voice note or one line is enough; every question here is optional.</source>
        <translation>Direkt nachdem es passiert ist. Eine Sprachnotiz oder eine Zeile genügt; jede Frage hier ist freiwillig.</translation>
    </message>
    <message>
        <source>Later, when you are calmer: get curious about why it went this way.</source>
        <translation>Später, wenn du ruhiger bist: Werde neugierig, warum es so gelaufen ist.</translation>
    </message>
    <message>
        <source>Turn what you found into a rule you can reuse and one small experiment.</source>
        <translation>Mach aus dem, was du herausgefunden hast, eine wiederverwendbare Regel und ein kleines Experiment.</translation>
    </message>
    <message>
        <source>See how your experiment went, then take your next smart risk.</source>
        <translation>Schau, wie dein Experiment gelaufen ist, und geh dann dein nächstes kluges Risiko ein.</translation>
    </message>
    <message>
        <source>This reflection is closed. You can reopen it at any time.</source>
        <translation>Diese Reflexion ist abgeschlossen. Du kannst sie jederzeit wieder öffnen.</translation>
    </message>
    <message>
        <source>What, not who: look for conditions, information and decisions, not for blame.</source>
        <translation>Was, nicht wer: Such nach Umständen, Informationen und Entscheidungen, nicht nach Schuld.</translation>
    </message>
    <message>
        <source>After-Action Review, question 1 (US Army TC 25-20, 1993)</source>
        <translation>After-Action Review, Frage 1 (US Army TC 25-20, 1993)</translation>
    </message>
    <message>
        <source>What did you expect to happen?</source>
        <translation>Was hast du erwartet?</translation>
    </message>
    <message>
        <source>Your plan or hope, before it happened.</source>
        <translation>Dein Plan oder deine Hoffnung, bevor es passiert ist.</translation>
    </message>
    <message>
        <source>After-Action Review, question 2 (US Army TC 25-20, 1993)</source>
        <translation>After-Action Review, Frage 2 (US Army TC 25-20, 1993)</translation>
    </message>
    <message>
        <source>What actually happened? Just the facts.</source>
        <translation>Was ist tatsächlich passiert? Nur die Fakten.</translation>
    </message>
    <message>
        <source>What a camera would have recorded. Feelings have their own question below.</source>
        <translation>Was eine Kamera aufgezeichnet hätte. Gefühle haben unten ihre eigene Frage.</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): feelings</source>
        <translation>Gibbs’ reflektiver Zyklus (1988): Gefühle</translation>
    </message>
    <message>
        <source>One word for how you feel, and how strongly?</source>
        <translation>Ein Wort dafür, wie du dich fühlst – und wie stark?</translation>
    </message>
    <message>
        <source>1 is a little, 5 is a lot.</source>
        <translation>1 ist ein wenig, 5 ist sehr.</translation>
    </message>
    <message>
        <source>Fail Forward&apos;s intelligent-failure loop: detect failures early and speak up</source>
        <translation>Fail Forwards Schleife des intelligenten Scheiterns: Fehlschläge früh erkennen und ansprechen</translation>
    </message>
    <message>
        <source>Say it plainly: what didn&apos;t go the way you wanted?</source>
        <translation>Sag es klar: Was ist nicht so gelaufen, wie du wolltest?</translation>
    </message>
    <message>
        <source>Naming it is the first step; no need to soften it.</source>
        <translation>Es zu benennen ist der erste Schritt; du musst es nicht abschwächen.</translation>
    </message>
    <message>
        <source>Edmondson, Right Kind of Wrong (2023): context</source>
        <translation>Edmondson, Right Kind of Wrong (2023): Kontext</translation>
    </message>
    <message>
        <source>New territory for you, or familiar ground?</source>
        <translation>Neues Terrain für dich oder vertrauter Boden?</translation>
    </message>
    <message>
        <source>In new territory, setbacks are how anyone learns.</source>
        <translation>Auf neuem Terrain lernt jeder durch Rückschläge.</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Neues Terrain</translation>
    </message>
    <message>
        <source>Familiar ground</source>
        <translation>Vertrauter Boden</translation>
    </message>
    <message>
        <source>After-Action Review, question 3 (US Army TC 25-20, 1993)</source>
        <translation>After-Action Review, Frage 3 (US Army TC 25-20, 1993)</translation>
    </message>
    <message>
        <source>Why was there a difference between what you expected and what happened?</source>
        <translation>Warum gab es einen Unterschied zwischen dem, was du erwartet hast, und dem, was passiert ist?</translation>
    </message>
    <message>
        <source>NWCG After Action Review: focus on what, not who</source>
        <translation>NWCG After Action Review: Was, nicht wer</translation>
    </message>
    <message>
        <source>Which conditions, information or decisions led here?</source>
        <translation>Welche Umstände, Informationen oder Entscheidungen haben hierher geführt?</translation>
    </message>
    <message>
        <source>What, not who: describe the situation, not anyone&apos;s character, yours included.</source>
        <translation>Was, nicht wer: Beschreib die Situation, nicht den Charakter von jemandem – deinen eingeschlossen.</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): evaluation</source>
        <translation>Gibbs’ reflektiver Zyklus (1988): Bewertung</translation>
    </message>
    <message>
        <source>What was good, what was bad, and what did you contribute?</source>
        <translation>Was war gut, was war schlecht, und was hast du beigetragen?</translation>
    </message>
    <message>
        <source>After-Action Review practice</source>
        <translation>Praxis der After-Action Review</translation>
    </message>
    <message>
        <source>What did you know at the time, and what was missing?</source>
        <translation>Was wusstest du damals, und was fehlte?</translation>
    </message>
    <message>
        <source>Judge the decision by what you could know then, not by what you know now.</source>
        <translation>Beurteile die Entscheidung nach dem, was du damals wissen konntest, nicht nach dem, was du heute weißt.</translation>
    </message>
    <message>
        <source>Edmondson, Strategies for Learning from Failure (HBR 2011); Right Kind of Wrong (2023)</source>
        <translation>Edmondson, Strategies for Learning from Failure (HBR 2011); Right Kind of Wrong (2023)</translation>
    </message>
    <message>
        <source>Where on the spectrum of failure does this sit?</source>
        <translation>Wo auf dem Spektrum des Scheiterns liegt das?</translation>
    </message>
    <message>
        <source>From a skipped rule to a thoughtful experiment. This sets basic, complex or intelligent.</source>
        <translation>Von einer übergangenen Regel bis zu einem durchdachten Experiment. Das legt fest: einfach, komplex oder intelligent.</translation>
    </message>
    <message>
        <source>The five whys (Toyota Production System)</source>
        <translation>Die fünf Warums (Toyota-Produktionssystem)</translation>
    </message>
    <message>
        <source>Why? And why again? Keep asking until you reach something you can change.</source>
        <translation>Warum? Und noch einmal warum? Frag weiter, bis du bei etwas ankommst, das du ändern kannst.</translation>
    </message>
    <message>
        <source>One answer per line.</source>
        <translation>Eine Antwort pro Zeile.</translation>
    </message>
    <message>
        <source>Minto, The Pyramid Principle: Situation, Complication, Resolution</source>
        <translation>Minto, Das Prinzip der Pyramide: Situation, Komplikation, Lösung</translation>
    </message>
    <message>
        <source>Sum it up in three sentences.</source>
        <translation>Fass es in drei Sätzen zusammen.</translation>
    </message>
    <message>
        <source>The situation, what complicated it, and how you will resolve it.</source>
        <translation>Die Situation, was sie kompliziert hat, und wie du sie lösen wirst.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Complication</source>
        <translation>Komplikation</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): conclusion; After-Action Review, question 4</source>
        <translation>Gibbs’ reflektiver Zyklus (1988): Schlussfolgerung; After-Action Review, Frage 4</translation>
    </message>
    <message>
        <source>What did you learn, and what would you do differently?</source>
        <translation>Was hast du gelernt, und was würdest du anders machen?</translation>
    </message>
    <message>
        <source>NWCG After Action Review: sustain strengths</source>
        <translation>NWCG After Action Review: Stärken erhalten</translation>
    </message>
    <message>
        <source>What worked, that you will keep doing?</source>
        <translation>Was hat funktioniert, das du beibehalten wirst?</translation>
    </message>
    <message>
        <source>Strengths are worth keeping on purpose.</source>
        <translation>Stärken lohnt es sich bewusst zu bewahren.</translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984): abstract conceptualisation</source>
        <translation>Kolbs Lernzyklus (1984): abstrakte Begriffsbildung</translation>
    </message>
    <message>
        <source>The general rule you would now state.</source>
        <translation>Die allgemeine Regel, die du jetzt formulieren würdest.</translation>
    </message>
    <message>
        <source>Write it so it helps in other situations too: &quot;When …, I …&quot;. It becomes a lesson.</source>
        <translation>Schreib sie so, dass sie auch in anderen Situationen hilft: „Wenn …, dann …“. Sie wird zu einer Erkenntnis.</translation>
    </message>
    <message>
        <source>The impact/feasibility matrix</source>
        <translation>Die Wirkung-Machbarkeit-Matrix</translation>
    </message>
    <message>
        <source>Two to four possible changes, each rated for impact and feasibility.</source>
        <translation>Zwei bis vier mögliche Änderungen, jede nach Wirkung und Machbarkeit bewertet.</translation>
    </message>
    <message>
        <source>High impact and easy to do is the best place to start.</source>
        <translation>Große Wirkung und leicht umzusetzen ist der beste Startpunkt.</translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984): active experimentation; Sitkin, Learning through failure: the strategy of small losses (1992)</source>
        <translation>Kolbs Lernzyklus (1984): aktives Experimentieren; Sitkin, Learning through failure: the strategy of small losses (1992)</translation>
    </message>
    <message>
        <source>The smallest experiment that tests the best change.</source>
        <translation>Das kleinste Experiment, das die beste Änderung testet.</translation>
    </message>
    <message>
        <source>What you expect, what you will do, when you will check, and how you will know.</source>
        <translation>Was du erwartest, was du tun wirst, wann du prüfst und woran du es merkst.</translation>
    </message>
    <message>
        <source>After-Action Review, questions 1 and 2</source>
        <translation>After-Action Review, Fragen 1 und 2</translation>
    </message>
    <message>
        <source>How did the experiment go, against your prediction?</source>
        <translation>Wie ist das Experiment gelaufen, verglichen mit deiner Vorhersage?</translation>
    </message>
    <message>
        <source>Compare what happened with your hypothesis.</source>
        <translation>Vergleiche, was passiert ist, mit deiner Hypothese.</translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984); Sitkin (1992)</source>
        <translation>Kolbs Lernzyklus (1984); Sitkin (1992)</translation>
    </message>
    <message>
        <source>Keep the change, adjust it, or drop it?</source>
        <translation>Die Änderung beibehalten, anpassen oder verwerfen?</translation>
    </message>
    <message>
        <source>Edmondson, Right Kind of Wrong (2023): intelligent failure; Sitkin (1992)</source>
        <translation>Edmondson, Right Kind of Wrong (2023): intelligentes Scheitern; Sitkin (1992)</translation>
    </message>
    <message>
        <source>Is your next step a smart risk?</source>
        <translation>Ist dein nächster Schritt ein kluges Risiko?</translation>
    </message>
    <message>
        <source>Tick what is true of it.</source>
        <translation>Hak an, was darauf zutrifft.</translation>
    </message>
    <message>
        <source>It is new territory</source>
        <translation>Es ist neues Terrain</translation>
    </message>
    <message>
        <source>It moves toward a goal I value</source>
        <translation>Es bringt mich einem Ziel näher, das mir wichtig ist</translation>
    </message>
    <message>
        <source>It is informed by what I know</source>
        <translation>Es beruht auf dem, was ich weiß</translation>
    </message>
    <message>
        <source>It is as small as possible</source>
        <translation>Es ist so klein wie möglich</translation>
    </message>
    <message>
        <source>McGrath, Failing by Design (HBR 2011); Sitkin (1992)</source>
        <translation>McGrath, Failing by Design (HBR 2011); Sitkin (1992)</translation>
    </message>
    <message>
        <source>What is the worst outcome you could afford, and your plan B?</source>
        <translation>Was ist das schlimmste Ergebnis, das du dir leisten könntest, und was ist dein Plan B?</translation>
    </message>
    <message>
        <source>Fail Forward&apos;s intelligent-failure loop: take smart risks</source>
        <translation>Fail Forwards Schleife des intelligenten Scheiterns: kluge Risiken eingehen</translation>
    </message>
    <message>
        <source>One smart risk you will take this week.</source>
        <translation>Ein kluges Risiko, das du diese Woche eingehst.</translation>
    </message>
    <message>
        <source>You can turn it into a new reflection or an experiment.</source>
        <translation>Du kannst daraus eine neue Reflexion oder ein Experiment machen.</translation>
    </message>
    <message>
        <source>McGrath, Failing by Design (HBR 2011): codify and share what you learn</source>
        <translation>McGrath, Failing by Design (HBR 2011): Gelerntes festhalten und teilen</translation>
    </message>
    <message>
        <source>A lesson to keep, or to share with your coach.</source>
        <translation>Eine Erkenntnis zum Behalten oder zum Teilen mit deinem Coach.</translation>
    </message>
</context>
<context>
    <name>PromptDelegate</name>
    <message>
        <source>You answered an earlier wording: “%1”</source>
        <translation>Du hast eine frühere Formulierung beantwortet: „%1“</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Debrief locks once the file being written is finished.</source>
        <translation>Debrief sperrt sich, sobald die Datei, die gerade geschrieben wird, fertig ist.</translation>
    </message>
    <message>
        <source>Stop the recording first; then the key can be rotated.</source>
        <translation>Stoppe zuerst die Aufnahme; dann kann der Schlüssel erneuert werden.</translation>
    </message>
    <message>
        <source>A file is being written. Rotate the key once it is finished.</source>
        <translation>Gerade wird eine Datei geschrieben. Erneuere den Schlüssel, sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>Debrief locks once the key change is finished.</source>
        <translation>Debrief sperrt sich, sobald der Schlüsselwechsel fertig ist.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReceivedEntryCard</name>
    <message>
        <source>Written %1 · %2</source>
        <extracomment>%1 is a date and time, %2 the name of a loop stage</extracomment>
        <translation>Geschrieben %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 names a voice note, %2 is its length (minutes:seconds)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>Abspielen: %1</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Dein Kommentar</translation>
    </message>
    <message>
        <source>Write what you noticed, a question, an encouragement…</source>
        <translation>Schreib, was dir aufgefallen ist, eine Frage, eine Ermutigung…</translation>
    </message>
    <message>
        <source>Your comment on “%1”</source>
        <translation>Dein Kommentar zu „%1“</translation>
    </message>
</context>
<context>
    <name>RecordControl</name>
    <message>
        <source>●  Record</source>
        <translation>●  Aufnehmen</translation>
    </message>
    <message>
        <source>Record a voice reflection</source>
        <translation>Eine gesprochene Reflexion aufnehmen</translation>
    </message>
    <message>
        <source>Talk it through; Ctrl+R starts and stops.</source>
        <translation>Sprich es durch; Strg+R startet und stoppt.</translation>
    </message>
    <message>
        <source>Talk it through instead of typing.</source>
        <translation>Sprich es durch, statt zu tippen.</translation>
    </message>
    <message>
        <source>Debrief needs the microphone only to record what you say; the recording stays encrypted on this device.</source>
        <translation>Debrief braucht das Mikrofon nur, um aufzunehmen, was du sagst; die Aufnahme bleibt verschlüsselt auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Mikrofon wird gestartet…</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>Aufgenommene Zeit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Stoppen und speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 left: at the limit the recording stops and is saved.</source>
        <translation>Noch %1: Beim Limit stoppt die Aufnahme und wird gespeichert.</translation>
    </message>
    <message>
        <source>The recording reached the limit of %1 and was saved.</source>
        <translation>Die Aufnahme hat das Limit von %1 erreicht und wurde gespeichert.</translation>
    </message>
    <message>
        <source>Discard this recording?</source>
        <translation>Diese Aufnahme verwerfen?</translation>
    </message>
    <message>
        <source>What you have recorded so far will be deleted. This cannot be undone.</source>
        <translation>Was du bisher aufgenommen hast, wird gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>Weiter aufnehmen</translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me to take each reflection to its next step</source>
        <translation>Erinnere mich, jede Reflexion zu ihrem nächsten Schritt zu bringen</translation>
    </message>
    <message>
        <source>Daily review time</source>
        <translation>Tägliche Rückblickzeit</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation>Ruhezeit bis</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>At most per day</source>
        <translation>Höchstens pro Tag</translation>
    </message>
    <message>
        <source>Reminders at most per day</source>
        <translation>Höchstens so viele Erinnerungen pro Tag</translation>
    </message>
    <message>
        <source>Remind me at weekends</source>
        <translation>Auch am Wochenende erinnern</translation>
    </message>
    <message>
        <source>Reminders never come in quiet hours; the daily review time is when reminders for the next morning and experiment check days come. The weekly review comes on Sunday when something is waiting.</source>
        <translation>Erinnerungen kommen nie in der Ruhezeit; zur täglichen Rückblickzeit kommen die Erinnerungen für den nächsten Morgen und für Prüftage von Experimenten. Der Wochenrückblick kommt am Sonntag, wenn etwas wartet.</translation>
    </message>
    <message>
        <source>Show the entry&apos;s first line in reminders</source>
        <translation>Die erste Zeile des Eintrags in Erinnerungen zeigen</translation>
    </message>
    <message>
        <source>Anyone who can see your screen or lock screen can read these lines. Turn this off to keep reminders generic.</source>
        <translation>Alle, die deinen Bildschirm oder Sperrbildschirm sehen, können diese Zeilen lesen. Schalte das aus, damit Erinnerungen allgemein bleiben.</translation>
    </message>
    <message>
        <source>Off: reminders say only what step is next, never what you wrote, so nothing private shows on your lock screen.</source>
        <translation>Aus: Erinnerungen sagen nur, welcher Schritt als Nächstes kommt, nie, was du geschrieben hast – so erscheint nichts Privates auf deinem Sperrbildschirm.</translation>
    </message>
    <message>
        <source>Start Debrief in the tray when I log in, so reminders come</source>
        <translation>Debrief beim Anmelden im Infobereich starten, damit Erinnerungen kommen</translation>
    </message>
</context>
<context>
    <name>RestoreSection</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Bring back a backup made with “Back up everything”, on this device or another one.</source>
        <translation>Hol eine Sicherung zurück, die mit „Alles sichern“ erstellt wurde, auf diesem oder einem anderen Gerät.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Sicherung wählen…</translation>
    </message>
    <message>
        <source>Choose the backup file to restore</source>
        <translation>Die wiederherzustellende Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase or your recovery code</source>
        <translation>Die Passphrase der Sicherung oder dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Restore everything</source>
        <translation>Alles wiederherstellen</translation>
    </message>
    <message>
        <source>Into this vault (merge, no duplicates)</source>
        <translation>In diesen Tresor (zusammenführen, keine Duplikate)</translation>
    </message>
    <message>
        <source>Reflections already here are kept as they are; only what is missing is added.</source>
        <translation>Reflexionen, die schon da sind, bleiben, wie sie sind; nur Fehlendes wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Your vault is empty: everything in the backup comes back as it was.</source>
        <translation>Dein Tresor ist leer: Alles aus der Sicherung kommt so zurück, wie es war.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Debrief backups (*.debrief)</source>
        <translation>Debrief-Sicherungen (*.debrief)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ResultPrompt</name>
    <message>
        <source>No experiment yet. Plan one in Apply, then come back to record how it went.</source>
        <translation>Noch kein Experiment. Plane eines in „Anwenden“ und komm dann zurück, um festzuhalten, wie es gelaufen ist.</translation>
    </message>
    <message>
        <source>Plan it in Apply</source>
        <translation>In „Anwenden“ planen</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Deine Vorhersage</translation>
    </message>
    <message>
        <source>(no hypothesis written)</source>
        <translation>(keine Hypothese geschrieben)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Signal: %1</translation>
    </message>
    <message>
        <source>Check was due %1</source>
        <translation>Prüfung war fällig am %1</translation>
    </message>
    <message>
        <source>Check on %1</source>
        <translation>Prüfen am %1</translation>
    </message>
    <message>
        <source>What happened, compared with what you expected?</source>
        <translation>Was ist passiert, verglichen mit dem, was du erwartet hast?</translation>
    </message>
    <message>
        <source>Result of the experiment</source>
        <translation>Ergebnis des Experiments</translation>
    </message>
</context>
<context>
    <name>RowSelection</name>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>Nothing was entered; the vault stays locked.</source>
        <translation>Nichts eingegeben; der Tresor bleibt gesperrt.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for your passphrase or recovery code. Give it with --passphrase-file FILE.</source>
        <translation>Es gibt kein Terminal, um nach deiner Passphrase oder deinem Wiederherstellungscode zu fragen. Gib sie mit --passphrase-file FILE an.</translation>
    </message>
    <message>
        <source>The passphrase file cannot be read.</source>
        <translation>Die Passphrase-Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>Die Passphrase-Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap reflections to select them</source>
        <translation>Tippe auf Reflexionen, um sie auszuwählen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Share the selected reflections with a coach</source>
        <translation>Die ausgewählten Reflexionen mit einem Coach teilen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the selected reflections as a readable file</source>
        <translation>Die ausgewählten Reflexionen als lesbare Datei exportieren</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the selection and leave select mode</source>
        <translation>Auswahl aufheben und Auswahlmodus verlassen</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Someone who gave no name</source>
        <translation>Jemand, der keinen Namen angegeben hat</translation>
    </message>
    <message>
        <source>Shared with you by %1. Read-only: your comments go back to them only when you send them.</source>
        <translation>Von %1 mit dir geteilt. Nur lesbar: Deine Kommentare gehen erst zurück, wenn du sie schickst.</translation>
    </message>
    <message>
        <source>Send comments back…</source>
        <translation>Kommentare zurückschicken…</translation>
    </message>
    <message>
        <source>Send your comments back to %1</source>
        <translation>Deine Kommentare an %1 zurückschicken</translation>
    </message>
    <message>
        <source>Forget this sender</source>
        <translation>Diese Person vergessen</translation>
    </message>
    <message>
        <source>Forget %1 and everything they shared</source>
        <translation>%1 und alles, was geteilt wurde, vergessen</translation>
    </message>
    <message>
        <source>Saving the comments</source>
        <translation>Kommentare werden gespeichert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save the comments for %1</source>
        <translation>Die Kommentare für %1 speichern</translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation>Debrief-Dateien (*.debrief)</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>%1 vergessen?</translation>
    </message>
    <message>
        <source>Everything %1 shared with you, and your comments on it, is removed from this vault. Comments you already sent stay with them.</source>
        <translation>Alles, was %1 mit dir geteilt hat, und deine Kommentare dazu werden aus diesem Tresor entfernt. Kommentare, die du schon geschickt hast, bleiben dort.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprachnotizen</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Your chosen microphone is not connected; using the system default.</source>
        <translation>Dein gewähltes Mikrofon ist nicht angeschlossen; das Standardmikrofon des Systems wird verwendet.</translation>
    </message>
    <message>
        <source>No microphone found. Connect one to record your voice.</source>
        <translation>Kein Mikrofon gefunden. Schließ eines an, um deine Stimme aufzunehmen.</translation>
    </message>
    <message>
        <source>Recording limit</source>
        <translation>Aufnahmelimit</translation>
    </message>
    <message>
        <source>Recording limit in minutes</source>
        <translation>Aufnahmelimit in Minuten</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>A recording stops by itself at the limit; a notice shows 30 seconds before.</source>
        <translation>Eine Aufnahme stoppt beim Limit von selbst; 30 Sekunden vorher erscheint ein Hinweis.</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sichern und wiederherstellen</translation>
    </message>
    <message>
        <source>Everything in one encrypted file, protected by a passphrase or your recovery code; restore it here or on a new device.</source>
        <translation>Alles in einer verschlüsselten Datei, geschützt durch eine Passphrase oder deinen Wiederherstellungscode; stell sie hier oder auf einem neuen Gerät wieder her.</translation>
    </message>
    <message>
        <source>Back up or restore…</source>
        <translation>Sichern oder wiederherstellen…</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Your sharing key lets others share reflections with you, and your name is what they see.</source>
        <translation>Mit deinem Freigabeschlüssel können andere Reflexionen mit dir teilen, und dein Name ist das, was sie sehen.</translation>
    </message>
    <message>
        <source>My sharing key…</source>
        <translation>Mein Freigabeschlüssel…</translation>
    </message>
    <message>
        <source>My sharing key</source>
        <translation>Mein Freigabeschlüssel</translation>
    </message>
    <message>
        <source>Security and privacy</source>
        <translation>Sicherheit und Datenschutz</translation>
    </message>
    <message>
        <source>Passphrase and keys…</source>
        <translation>Passphrase und Schlüssel…</translation>
    </message>
    <message>
        <source>Passphrase, recovery code and vault key</source>
        <translation>Passphrase, Wiederherstellungscode und Tresorschlüssel</translation>
    </message>
    <message>
        <source>Privacy…</source>
        <translation>Datenschutz…</translation>
    </message>
    <message>
        <source>How Debrief keeps your reflections private</source>
        <translation>Wie Debrief deine Reflexionen privat hält</translation>
    </message>
    <message>
        <source>Erase every reflection, voice note and everything shared with you. The vault and its passphrase stay.</source>
        <translation>Jede Reflexion, jede Sprachnotiz und alles, was mit dir geteilt wurde, löschen. Der Tresor und seine Passphrase bleiben.</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>Alles löschen…</translation>
    </message>
    <message>
        <source>Erase everything: asks twice first</source>
        <translation>Alles löschen: fragt vorher zweimal nach</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Debrief</source>
        <translation>Willkommen bei Debrief</translation>
    </message>
    <message>
        <source>What you write here is encrypted and stays on this device. Debrief keeps the key in your system keyring so it opens without a prompt.</source>
        <translation>Was du hier schreibst, wird verschlüsselt und bleibt auf diesem Gerät. Debrief bewahrt den Schlüssel in deinem Systemschlüsselbund auf, damit es sich ohne Nachfrage öffnet.</translation>
    </message>
    <message>
        <source>This is your recovery code. It is the only way back in on a new device or if the keyring is lost. Write it down or keep it in a password manager: it is shown only once.</source>
        <translation>Das ist dein Wiederherstellungscode. Er ist der einzige Weg zurück auf einem neuen Gerät oder wenn der Schlüsselbund verloren geht. Schreib ihn auf oder bewahre ihn in einem Passwortmanager auf: Er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>Ich habe ihn gesichert</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>Stattdessen eine Passphrase verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters. You will need it on a new device or if the keyring is lost; nobody can reset it for you.</source>
        <translation>
            <numerusform>Wähle eine Passphrase mit mindestens einem Zeichen. Du brauchst sie auf einem neuen Gerät oder wenn der Schlüsselbund verloren geht; niemand kann sie für dich zurücksetzen.</numerusform>
            <numerusform>Wähle eine Passphrase mit mindestens %n Zeichen. Du brauchst sie auf einem neuen Gerät oder wenn der Schlüsselbund verloren geht; niemand kann sie für dich zurücksetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Meinen Tresor anlegen</translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation>Stattdessen einen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>How Debrief keeps your reflections private</source>
        <translation>Wie Debrief deine Reflexionen privat hält</translation>
    </message>
</context>
<context>
    <name>ShareChoicesModel</name>
    <message>
        <source>Voice note</source>
        <translation>Sprachnotiz</translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation>Reflexion ohne Titel</translation>
    </message>
</context>
<context>
    <name>ShareCommands</name>
    <message>
        <source>No coach is remembered by that name. Give their key once with --coach NAME --coach-key KEY.</source>
        <translation>Unter diesem Namen ist kein Coach gemerkt. Gib den Schlüssel einmal mit --coach NAME --coach-key KEY an.</translation>
    </message>
    <message>
        <source>Wrote %1. It is NOT encrypted: anyone who has it can read it.</source>
        <translation>%1 geschrieben. Die Datei ist NICHT verschlüsselt: Wer sie hat, kann sie lesen.</translation>
    </message>
    <message>
        <source>Passphrase for the shared file: </source>
        <translation>Passphrase für die geteilte Datei: </translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Wird verschlüsselt</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n reflection(s) in %1.</source>
        <translation>
            <numerusform>%n Reflexion in %1 geteilt.</numerusform>
            <numerusform>%n Reflexionen in %1 geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the passphrase by another channel than the file (a call, a message app), never in the same email.</source>
        <translation>Schick die Passphrase auf einem anderen Weg als die Datei (ein Anruf, eine Messenger-App), nie in derselben E-Mail.</translation>
    </message>
    <message>
        <source>Passphrase of the shared file: </source>
        <translation>Passphrase der geteilten Datei: </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) are about entries no longer here, or older than the one kept; they were skipped.</source>
        <translation>
            <numerusform>%n Kommentar betrifft Einträge, die nicht mehr da sind, oder ist älter als der behaltene; er wurde übersprungen.</numerusform>
            <numerusform>%n Kommentare betreffen Einträge, die nicht mehr da sind, oder sind älter als die behaltenen; sie wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments from %1: %2 new, %3 updated.</source>
        <translation>Kommentare von %1: %2 neu, %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Reflections shared by %1: %2 new, %3 updated. They are under &quot;Shared with me&quot;.</source>
        <translation>Von %1 geteilte Reflexionen: %2 neu, %3 aktualisiert. Sie stehen unter „Mit mir geteilt“.</translation>
    </message>
</context>
<context>
    <name>ShareEntryChoices</name>
    <message>
        <source>left out</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <source>Text and tags</source>
        <translation>Text und Schlagwörter</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Kein Text</translation>
    </message>
    <message>
        <source>Stage answers</source>
        <translation>Antworten der Stufen</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <source>Lessons and experiments</source>
        <translation>Erkenntnisse und Experimente</translation>
    </message>
    <message>
        <source>No lessons yet</source>
        <translation>Noch keine Erkenntnisse</translation>
    </message>
    <message>
        <source>Voice notes</source>
        <translation>Sprachnotizen</translation>
    </message>
    <message>
        <source>No voice notes</source>
        <translation>Keine Sprachnotizen</translation>
    </message>
    <message>
        <source>Apply these choices to all</source>
        <translation>Diese Auswahl für alle übernehmen</translation>
    </message>
    <message>
        <source>Apply the choices of “%1” to every reflection</source>
        <translation>Die Auswahl von „%1“ für jede Reflexion übernehmen</translation>
    </message>
</context>
<context>
    <name>ShareError</name>
    <message>
        <source>Cancelled. Nothing was saved and nothing changed.</source>
        <translation>Abgebrochen. Nichts wurde gespeichert und nichts geändert.</translation>
    </message>
    <message>
        <source>Choose at least one entry first.</source>
        <translation>Wähle zuerst mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>That is not a valid public key. A coach&apos;s key starts with &quot;age1&quot; and is about 60 characters long; copy it again in one piece.</source>
        <translation>Das ist kein gültiger öffentlicher Schlüssel. Der Schlüssel eines Coaches beginnt mit „age1“ und ist etwa 60 Zeichen lang; kopiere ihn noch einmal in einem Stück.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Verwende eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This share did not include a key to send comments back to, so comments cannot be sent to its sender.</source>
        <translation>Diese Freigabe enthielt keinen Schlüssel für Rückantworten, daher können keine Kommentare an die Person geschickt werden, die sie geteilt hat.</translation>
    </message>
    <message>
        <source>There is no comment to send yet. Write a comment on an entry first.</source>
        <translation>Es gibt noch keinen Kommentar zum Schicken. Schreib zuerst einen Kommentar zu einem Eintrag.</translation>
    </message>
    <message>
        <source>This file opened, but it is not a Debrief share or backup (or it is damaged). Nothing was imported.</source>
        <translation>Diese Datei ließ sich öffnen, ist aber keine Debrief-Freigabe oder -Sicherung (oder sie ist beschädigt). Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file holds unexpected files, so it was not opened. Nothing was imported.</source>
        <translation>Diese Datei enthält unerwartete Dateien und wurde daher nicht geöffnet. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file is larger than Debrief accepts, so it was not opened. Nothing was imported.</source>
        <translation>Diese Datei ist größer, als Debrief akzeptiert, und wurde daher nicht geöffnet. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file&apos;s contents are damaged or were not made by Debrief. Nothing was imported.</source>
        <translation>Der Inhalt dieser Datei ist beschädigt oder stammt nicht von Debrief. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Debrief. Update Debrief to open it; nothing was imported.</source>
        <translation>Diese Datei wurde mit einer neueren Debrief-Version erstellt. Aktualisiere Debrief, um sie zu öffnen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>This is a different kind of Debrief file: open shares and comments with Import, and backups with Restore. Nothing was changed.</source>
        <translation>Das ist eine andere Art von Debrief-Datei: Öffne Freigaben und Kommentare mit „Importieren“ und Sicherungen mit „Wiederherstellen“. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This vault already holds entries. Merge the backup into it instead (entries already here are kept as they are); nothing was changed.</source>
        <translation>Dieser Tresor enthält schon Einträge. Führe die Sicherung stattdessen mit ihm zusammen (vorhandene Einträge bleiben, wie sie sind); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The file cannot be read or written. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>Die Datei kann nicht gelesen oder geschrieben werden. Prüfe, ob der Ordner existiert, ob du dort schreiben darfst und ob der Speicher nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share with a coach</source>
        <translation>Mit einem Coach teilen</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) for your coach, in one encrypted file: only the person you choose below can open it.</source>
        <translation>
            <numerusform>%n Reflexion für deinen Coach, in einer verschlüsselten Datei: Nur die Person, die du unten wählst, kann sie öffnen.</numerusform>
            <numerusform>%n Reflexionen für deinen Coach, in einer verschlüsselten Datei: Nur die Person, die du unten wählst, kann sie öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your coach will see it comes from %1.</source>
        <translation>Dein Coach sieht, dass sie von %1 kommt.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change your name</source>
        <translation>Deinen Namen ändern</translation>
    </message>
    <message>
        <source>How your coach knows you</source>
        <translation>Woran dein Coach dich erkennt</translation>
    </message>
    <message>
        <source>Your name, as your coach will see it</source>
        <translation>Dein Name, wie dein Coach ihn sieht</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>Diesen Namen verwenden</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Was hineinkommt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Exactly what your coach will read (entries.md in the file); voice notes go along as audio files.</source>
        <translation>Genau das, was dein Coach liest (entries.md in der Datei); Sprachnotizen kommen als Audiodateien mit.</translation>
    </message>
    <message>
        <source>Preview of what your coach will read</source>
        <translation>Vorschau dessen, was dein Coach liest</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Save encrypted file…</source>
        <translation>Verschlüsselte Datei speichern…</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Wird verschlüsselt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Send the file with another app</source>
        <translation>Die Datei mit einer anderen App senden</translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation>Die gespeicherte Datei in ihrem Ordner anzeigen</translation>
    </message>
    <message>
        <source>Save the encrypted file</source>
        <translation>Die verschlüsselte Datei speichern</translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation>Debrief-Dateien (*.debrief)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the encrypted file: confirm it is you, then choose where</source>
        <translation>Die verschlüsselte Datei speichern: bestätigen, dass ich es bin, dann Ort wählen</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to save these reflections for your coach.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein, um diese Reflexionen für deinen Coach zu speichern.</translation>
    </message>
</context>
<context>
    <name>ShareProtectionForm</name>
    <message>
        <source>My coach&apos;s key (only they can open it)</source>
        <translation>Der Schlüssel meines Coaches (nur er oder sie kann sie öffnen)</translation>
    </message>
    <message>
        <source>A passphrase</source>
        <translation>Eine Passphrase</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Add another coach</source>
        <translation>Weiteren Coach hinzufügen</translation>
    </message>
    <message>
        <source>Coach&apos;s name</source>
        <translation>Name des Coaches</translation>
    </message>
    <message>
        <source>Their public key: age1…</source>
        <translation>Öffentlicher Schlüssel: age1…</translation>
    </message>
    <message>
        <source>Coach&apos;s public key</source>
        <translation>Öffentlicher Schlüssel des Coaches</translation>
    </message>
    <message>
        <source>Read from a file…</source>
        <translation>Aus einer Datei lesen…</translation>
    </message>
    <message>
        <source>Read the coach&apos;s public key from a file</source>
        <translation>Den öffentlichen Schlüssel des Coaches aus einer Datei lesen</translation>
    </message>
    <message>
        <source>Remember this coach</source>
        <translation>Diesen Coach merken</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for the shared file</source>
        <translation>Passphrase für die geteilte Datei</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase for the shared file, again</source>
        <translation>Passphrase für die geteilte Datei wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Stärke der Passphrase: %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; several unrelated words are strong and easy to say. Send the passphrase by another channel (a call, a message app), never with the file.</source>
        <translation>
            <numerusform>Mindestens ein Zeichen; mehrere Wörter ohne Zusammenhang sind stark und leicht auszusprechen. Schick die Passphrase auf einem anderen Weg (ein Anruf, eine Messenger-App), nie zusammen mit der Datei.</numerusform>
            <numerusform>Mindestens %n Zeichen; mehrere Wörter ohne Zusammenhang sind stark und leicht auszusprechen. Schick die Passphrase auf einem anderen Weg (ein Anruf, eine Messenger-App), nie zusammen mit der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file with your coach&apos;s public key</source>
        <translation>Die Datei mit dem öffentlichen Schlüssel deines Coaches</translation>
    </message>
    <message>
        <source>Key files (*.txt *.pub *.age)</source>
        <translation>Schlüsseldateien (*.txt *.pub *.age)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SharedWithMePage</name>
    <message>
        <source>Shared with me</source>
        <translation>Mit mir geteilt</translation>
    </message>
    <message>
        <source>Open a shared file…</source>
        <translation>Eine geteilte Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a file someone shared with you</source>
        <translation>Eine Datei öffnen, die jemand mit dir geteilt hat</translation>
    </message>
    <message>
        <source>My sharing key</source>
        <translation>Mein Freigabeschlüssel</translation>
    </message>
    <message>
        <source>Show my sharing key</source>
        <translation>Meinen Freigabeschlüssel anzeigen</translation>
    </message>
    <message>
        <source>People who shared with you</source>
        <translation>Personen, die mit dir geteilt haben</translation>
    </message>
    <message>
        <source>Someone who gave no name</source>
        <translation>Jemand, der keinen Namen angegeben hat</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>Eine Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation>zuletzt empfangen %1</translation>
    </message>
    <message>
        <source>Nothing shared with you yet. When someone sends you a .debrief file, open it here or drop it on this window. To receive one, send them your sharing key first.</source>
        <translation>Noch nichts mit dir geteilt. Wenn dir jemand eine .debrief-Datei schickt, öffne sie hier oder zieh sie auf dieses Fenster. Um eine zu bekommen, schick der Person zuerst deinen Freigabeschlüssel.</translation>
    </message>
</context>
<context>
    <name>SharingKeyPage</name>
    <message>
        <source>My sharing key</source>
        <translation>Mein Freigabeschlüssel</translation>
    </message>
    <message>
        <source>Someone who wants to share reflections with you, or send your comments back, needs this key. It is public: send it by email or a message, or let them scan the code. Only this vault can open what is encrypted to it.</source>
        <translation>Wer Reflexionen mit dir teilen oder deine Kommentare zurückschicken möchte, braucht diesen Schlüssel. Er ist öffentlich: Schick ihn per E-Mail oder Nachricht oder lass den Code scannen. Nur dieser Tresor kann öffnen, was an ihn verschlüsselt wurde.</translation>
    </message>
    <message>
        <source>Your sharing key: %1</source>
        <translation>Dein Freigabeschlüssel: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy your sharing key</source>
        <translation>Deinen Freigabeschlüssel kopieren</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to the person.</source>
        <translation>Kopiert. Füge ihn in eine Nachricht an die Person ein.</translation>
    </message>
    <message>
        <source>QR code of your sharing key</source>
        <translation>QR-Code deines Freigabeschlüssels</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>How others see you, e.g. Alex</source>
        <translation>Wie andere dich sehen, z. B. Alex</translation>
    </message>
    <message>
        <source>Your name, as others see it</source>
        <translation>Dein Name, wie andere ihn sehen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save your name</source>
        <translation>Deinen Namen speichern</translation>
    </message>
    <message>
        <source>People you share with, and the coaches you send comments back to, see this name.</source>
        <translation>Personen, mit denen du teilst, und die Coaches, an die du Kommentare zurückschickst, sehen diesen Namen.</translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Deviance</source>
        <translation>Regelverstoß</translation>
    </message>
    <message>
        <source>I chose to skip a known rule or practice.</source>
        <translation>Ich habe mich entschieden, eine bekannte Regel oder Praxis auszulassen.</translation>
    </message>
    <message>
        <source>Inattention</source>
        <translation>Unaufmerksamkeit</translation>
    </message>
    <message>
        <source>I drifted from what I know how to do.</source>
        <translation>Ich bin von dem abgewichen, was ich eigentlich kann.</translation>
    </message>
    <message>
        <source>Lack of ability</source>
        <translation>Fehlende Fähigkeit</translation>
    </message>
    <message>
        <source>I did not yet have the skills, conditions or training.</source>
        <translation>Mir fehlten noch die Fähigkeiten, die Bedingungen oder die Ausbildung.</translation>
    </message>
    <message>
        <source>Process inadequacy</source>
        <translation>Unzureichender Prozess</translation>
    </message>
    <message>
        <source>I followed a process that was faulty or incomplete.</source>
        <translation>Ich bin einem Prozess gefolgt, der fehlerhaft oder unvollständig war.</translation>
    </message>
    <message>
        <source>Task challenge</source>
        <translation>Herausfordernde Aufgabe</translation>
    </message>
    <message>
        <source>The task was too hard to get right every time.</source>
        <translation>Die Aufgabe war zu schwer, um sie jedes Mal richtig zu machen.</translation>
    </message>
    <message>
        <source>Process complexity</source>
        <translation>Komplexer Prozess</translation>
    </message>
    <message>
        <source>Many parts met in a new way and broke down.</source>
        <translation>Viele Teile kamen auf neue Weise zusammen und versagten.</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Ungewissheit</translation>
    </message>
    <message>
        <source>Nobody could know what would happen; a reasonable step went wrong.</source>
        <translation>Niemand konnte wissen, was passieren würde; ein vernünftiger Schritt ging schief.</translation>
    </message>
    <message>
        <source>Hypothesis testing</source>
        <translation>Hypothesentest</translation>
    </message>
    <message>
        <source>I tested an idea that might work, and it did not.</source>
        <translation>Ich habe eine Idee getestet, die hätte funktionieren können, und sie hat es nicht.</translation>
    </message>
    <message>
        <source>Exploratory testing</source>
        <translation>Erkundender Test</translation>
    </message>
    <message>
        <source>I explored new territory to learn, and got an undesired result.</source>
        <translation>Ich habe neues Terrain erkundet, um zu lernen, und ein unerwünschtes Ergebnis bekommen.</translation>
    </message>
</context>
<context>
    <name>SpectrumPrompt</name>
    <message>
        <source>Blameworthy</source>
        <translation>Tadelnswert</translation>
    </message>
    <message>
        <source>Praiseworthy</source>
        <translation>Lobenswert</translation>
    </message>
    <message>
        <source>Not placed yet: pick the point that fits best, or just the type.</source>
        <translation>Noch nicht eingeordnet: Wähle den Punkt, der am besten passt, oder nur die Art.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Komplex</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation>Intelligent</translation>
    </message>
    <message>
        <source>Only the type: %1</source>
        <translation>Nur die Art: %1</translation>
    </message>
</context>
<context>
    <name>SpokenAnswer</name>
    <message>
        <source>Speak your answer to: %1</source>
        <translation>Sprich deine Antwort auf: %1</translation>
    </message>
    <message>
        <source>Speak your answer</source>
        <translation>Sprich deine Antwort</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Mikrofon wird gestartet…</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>Aufgenommene Zeit</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop and save the spoken answer</source>
        <translation>Die gesprochene Antwort stoppen und speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 left: at the limit the recording stops and is saved.</source>
        <translation>Noch %1: Beim Limit stoppt die Aufnahme und wird gespeichert.</translation>
    </message>
    <message>
        <source>Pause the spoken answer</source>
        <translation>Die gesprochene Antwort pausieren</translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation>Die gesprochene Antwort abspielen</translation>
    </message>
    <message>
        <source>Spoken answer · %1 / %2</source>
        <translation>Gesprochene Antwort · %1 / %2</translation>
    </message>
    <message>
        <source>Spoken answer · %1</source>
        <translation>Gesprochene Antwort · %1</translation>
    </message>
    <message>
        <source>Delete spoken answer</source>
        <translation>Gesprochene Antwort löschen</translation>
    </message>
    <message>
        <source>Discard this spoken answer?</source>
        <translation>Diese gesprochene Antwort verwerfen?</translation>
    </message>
    <message>
        <source>What you have said so far will be deleted. This cannot be undone.</source>
        <translation>Was du bisher gesagt hast, wird gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>Weiter aufnehmen</translation>
    </message>
    <message>
        <source>Delete this spoken answer?</source>
        <translation>Diese gesprochene Antwort löschen?</translation>
    </message>
    <message>
        <source>The recording of your answer will be deleted. This cannot be undone; a typed answer stays.</source>
        <translation>Die Aufnahme deiner Antwort wird gelöscht. Das lässt sich nicht rückgängig machen; eine getippte Antwort bleibt.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>%1 (closed)</source>
        <extracomment>%1 is the name of a loop stage (Detect, Analyse, Apply, Continue)</extracomment>
        <translation>%1 (abgeschlossen)</translation>
    </message>
    <message>
        <source>Closed early: “%1”. You can still read and change the answers; Reopen takes it on from %2.</source>
        <extracomment>%1 is the person&apos;s reason for closing; %2 is the name of a loop stage</extracomment>
        <translation>Vorzeitig abgeschlossen: „%1“. Du kannst die Antworten weiter lesen und ändern; „Wieder öffnen“ macht bei %2 weiter.</translation>
    </message>
    <message>
        <source>Closed: the loop is complete. You can still read and change the answers, or reopen it.</source>
        <translation>Abgeschlossen: Die Schleife ist vollständig. Du kannst die Antworten weiter lesen und ändern oder sie wieder öffnen.</translation>
    </message>
    <message>
        <source>This reflection is at %1; you can still change these answers.</source>
        <extracomment>%1 is the name of a loop stage (Detect, Analyse, Apply, Continue)</extracomment>
        <translation>Diese Reflexion ist bei %1; du kannst diese Antworten weiterhin ändern.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>button: %1 is the name of a loop stage</extracomment>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <source>On to %1</source>
        <extracomment>loop history: %1 is the name of the loop stage moved to</extracomment>
        <translation>Weiter zu %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>loop history: %1 is the name of the loop stage moved back to</extracomment>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <extracomment>loop history: %1 is the name of the skipped stage, %2 the person&apos;s reason</extracomment>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Closed at %1: %2</source>
        <extracomment>loop history: %1 is the name of a loop stage, %2 the person&apos;s reason</extracomment>
        <translation>Abgeschlossen bei %1: %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Reopened at %1</source>
        <extracomment>loop history: %1 is the name of a loop stage</extracomment>
        <translation>Wieder geöffnet bei %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Back a stage</source>
        <translation>Eine Stufe zurück</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Überspringen…</translation>
    </message>
    <message>
        <source>Close early…</source>
        <translation>Vorzeitig abschließen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Skip %1?</source>
        <extracomment>dialog title: %1 is the name of a loop stage</extracomment>
        <translation>%1 überspringen?</translation>
    </message>
    <message>
        <source>A few words on why, for when you look back.</source>
        <translation>Ein paar Worte zum Warum, für später, wenn du zurückschaust.</translation>
    </message>
    <message>
        <source>For example: nothing to change here</source>
        <translation>Zum Beispiel: Hier gibt es nichts zu ändern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Close this reflection early?</source>
        <translation>Diese Reflexion vorzeitig abschließen?</translation>
    </message>
    <message>
        <source>Why close it now? You can reopen it at any time.</source>
        <translation>Warum jetzt abschließen? Du kannst sie jederzeit wieder öffnen.</translation>
    </message>
    <message>
        <source>For example: it no longer matters</source>
        <translation>Zum Beispiel: Es spielt keine Rolle mehr</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Remove tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <source>Another tag</source>
        <translation>Weiteres Schlagwort</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message numerus="yes">
        <source>%1, on %n reflection(s)</source>
        <comment>tag suggestion: the tag&apos;s name, how many reflections have it</comment>
        <translation>
            <numerusform>%1, bei %n Reflexion</numerusform>
            <numerusform>%1, bei %n Reflexionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Open Debrief</source>
        <translation>Debrief öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock Debrief</source>
        <translation>Debrief entsperren</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to open your reflections.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein, um deine Reflexionen zu öffnen.</translation>
    </message>
    <message>
        <source>This system has no keyring, so Debrief asks for your passphrase or recovery code each time it starts.</source>
        <translation>Dieses System hat keinen Schlüsselbund, deshalb fragt Debrief bei jedem Start nach deiner Passphrase oder deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase oder Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Debrief is locked</source>
        <translation>Debrief ist gesperrt</translation>
    </message>
    <message>
        <source>Enter your PIN to open your reflections.</source>
        <translation>Gib deine PIN ein, um deine Reflexionen zu öffnen.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Versuche. Versuche es in einer Sekunde noch einmal.</numerusform>
            <numerusform>Zu viele falsche Versuche. Versuche es in %n Sekunden noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use your PIN instead</source>
        <translation>Stattdessen deine PIN verwenden</translation>
    </message>
    <message>
        <source>Use your recovery code instead</source>
        <translation>Stattdessen deinen Wiederherstellungscode verwenden</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again; nothing has been changed.</source>
        <translation>Diese Passphrase bzw. dieser Wiederherstellungscode öffnet den Tresor nicht. Prüfe die Eingabe und versuche es noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The key saved in your system keyring does not fit this vault. Unlock with your passphrase or recovery code.</source>
        <translation>Der in deinem Systemschlüsselbund gespeicherte Schlüssel passt nicht zu diesem Tresor. Entsperre mit deiner Passphrase oder deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Your system keyring does not hold this vault&apos;s key (it may have been reset). Unlock with your passphrase or recovery code.</source>
        <translation>Dein Systemschlüsselbund enthält den Schlüssel dieses Tresors nicht (vielleicht wurde er zurückgesetzt). Entsperre mit deiner Passphrase oder deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be read. Your key is right; the file itself is broken. Nothing has been deleted.</source>
        <translation>Die Tresordatei ist beschädigt und kann nicht gelesen werden. Dein Schlüssel ist richtig; die Datei selbst ist kaputt. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, so the vault cannot be unlocked. Restore the file &quot;vault.keys&quot; next to the vault; nothing has been changed.</source>
        <translation>Die Schlüsseldatei des Tresors fehlt, deshalb kann der Tresor nicht entsperrt werden. Stell die Datei „vault.keys“ neben dem Tresor wieder her; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged, so no passphrase or recovery code can unlock the vault. Nothing has been changed; put back a copy of the file &quot;vault.keys&quot; if you have one.</source>
        <translation>Die Schlüsseldatei des Tresors ist beschädigt, deshalb kann keine Passphrase und kein Wiederherstellungscode den Tresor entsperren. Nichts wurde geändert; leg eine Kopie der Datei „vault.keys“ zurück, falls du eine hast.</translation>
    </message>
    <message>
        <source>No system keyring is available. Unlock with your passphrase or recovery code.</source>
        <translation>Kein Systemschlüsselbund verfügbar. Entsperre mit deiner Passphrase oder deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The disk is full. Your text is kept here; free some space and try again.</source>
        <translation>Der Speicher ist voll. Dein Text bleibt hier erhalten; schaff etwas Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Debrief cannot write to its data folder. Your text is kept here; check the folder&apos;s permissions and try again.</source>
        <translation>Debrief kann nicht in seinen Datenordner schreiben. Dein Text bleibt hier erhalten; prüfe die Berechtigungen des Ordners und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>That reflection no longer exists.</source>
        <translation>Diese Reflexion gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Debrief. Update Debrief to open it; nothing has been changed.</source>
        <translation>Dieser Tresor wurde mit einer neueren Debrief-Version geschrieben. Aktualisiere Debrief, um ihn zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>A vault already exists here; Debrief will not create a new one over it.</source>
        <translation>Hier gibt es schon einen Tresor; Debrief legt keinen neuen darüber an.</translation>
    </message>
    <message>
        <source>Debrief could not read or write its vault. Your text is kept here; try again.</source>
        <translation>Debrief konnte seinen Tresor nicht lesen oder schreiben. Dein Text bleibt hier erhalten; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>A tag cannot be empty and can have at most 40 characters.</source>
        <translation>Ein Schlagwort darf nicht leer sein und höchstens 40 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1. Create one with &quot;debrief-cli init&quot;; nothing has been created.</source>
        <translation>In %1 gibt es keinen Tresor. Leg einen mit „debrief-cli init“ an; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code: </source>
        <translation>Passphrase oder Wiederherstellungscode: </translation>
    </message>
</context>
<context>
    <name>VoicePlayerBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position in der Aufnahme</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>playback position / length, both minutes:seconds</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normale Geschwindigkeit</translation>
    </message>
    <message>
        <source>1.5×</source>
        <translation>1,5×</translation>
    </message>
    <message>
        <source>One and a half times as fast</source>
        <translation>Eineinhalbmal so schnell</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>Twice as fast</source>
        <translation>Doppelt so schnell</translation>
    </message>
    <message>
        <source>Recovered recording</source>
        <translation>Wiederhergestellte Aufnahme</translation>
    </message>
    <message>
        <source>Debrief closed while this was being recorded; everything up to then was kept.</source>
        <translation>Debrief wurde während dieser Aufnahme geschlossen; alles bis dahin wurde behalten.</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden; sie gelten daher nur, bis Debrief geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Reflection deleted.</source>
        <translation>Reflexion gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>● Recording %1</source>
        <translation>● Aufnahme %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Leave select mode</source>
        <translation>Auswahlmodus verlassen</translation>
    </message>
    <message>
        <source>Select reflections to share or export</source>
        <translation>Reflexionen zum Teilen oder Exportieren auswählen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>Eine geteilte Datei öffnen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Neue Reflexion</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation>Fällig (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Experiments (%1 due)</source>
        <translation>Experimente (%1 fällig)</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Mit mir geteilt</translation>
    </message>
    <message>
        <source>Open a shared file…</source>
        <translation>Eine geteilte Datei öffnen…</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sichern und wiederherstellen</translation>
    </message>
    <message>
        <source>No system keyring: Debrief will ask for your passphrase or recovery code at each start.</source>
        <translation>Kein Systemschlüsselbund: Debrief fragt bei jedem Start nach deiner Passphrase oder deinem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Saved. It is encrypted on this device.</source>
        <translation>Gespeichert. Verschlüsselt auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Voice note saved. It is encrypted on this device.</source>
        <translation>Sprachnotiz gespeichert. Verschlüsselt auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
</context>
<context>
    <name>WritingArea</name>
    <message>
        <source>Reflection text</source>
        <translation>Text der Reflexion</translation>
    </message>
</context>
<context>
    <name>debrief::AppLockController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Wähle eine Passphrase mit mindestens einem Zeichen.</numerusform>
            <numerusform>Wähle eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Gib deine Passphrase ein.</translation>
    </message>
    <message>
        <source>A PIN needs the system keyring, which is not available. Use a passphrase.</source>
        <translation>Eine PIN braucht den Systemschlüsselbund, der nicht verfügbar ist. Verwende eine Passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a PIN of at least %n digits.</source>
        <translation>
            <numerusform>Wähle eine PIN mit mindestens einer Ziffer.</numerusform>
            <numerusform>Wähle eine PIN mit mindestens %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The system keyring did not accept the PIN&apos;s key, so the lock is not on. Try again, or use a passphrase.</source>
        <translation>Der Systemschlüsselbund hat den Schlüssel der PIN nicht angenommen, daher ist die Sperre nicht aktiv. Versuche es noch einmal oder verwende eine Passphrase.</translation>
    </message>
    <message>
        <source>The vault key could not be taken out of the system keyring, so the lock is not on. Try again.</source>
        <translation>Der Tresorschlüssel konnte nicht aus dem Systemschlüsselbund genommen werden, daher ist die Sperre nicht aktiv. Versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The system keyring did not take the vault key back, so the lock stays on. Try again.</source>
        <translation>Der Systemschlüsselbund hat den Tresorschlüssel nicht zurückgenommen, daher bleibt die Sperre aktiv. Versuche es noch einmal.</translation>
    </message>
</context>
<context>
    <name>debrief::AttemptCountdown</name>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Versuche. Du kannst es in einer Sekunde noch einmal versuchen.</numerusform>
            <numerusform>Zu viele falsche Versuche. Du kannst es in %n Sekunden noch einmal versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::BackupController</name>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Gib zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>That is not a recovery code. It is six groups of four letters and digits, as you wrote it down when you started Debrief.</source>
        <translation>Das ist kein Wiederherstellungscode. Er besteht aus sechs Gruppen mit je vier Buchstaben und Ziffern, so wie du ihn beim ersten Start von Debrief notiert hast.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Wähle, wo die Sicherung gespeichert werden soll.</translation>
    </message>
    <message>
        <source>That is not this vault&apos;s recovery code, so no backup was written. Check it against the code you wrote down.</source>
        <translation>Das ist nicht der Wiederherstellungscode dieses Tresors, deshalb wurde keine Sicherung geschrieben. Vergleiche ihn mit dem Code, den du notiert hast.</translation>
    </message>
    <message>
        <source>Backed up everything (%1) to %2.</source>
        <translation>Alles (%1) wurde in %2 gesichert.</translation>
    </message>
    <message>
        <source>Backed up everything to %1.</source>
        <translation>Alles wurde in %1 gesichert.</translation>
    </message>
    <message>
        <source>Keep it somewhere other than this device; your recovery code opens it.</source>
        <translation>Bewahre sie nicht nur auf diesem Gerät auf; dein Wiederherstellungscode öffnet sie.</translation>
    </message>
    <message>
        <source>Keep it somewhere other than this device, and the passphrase apart from it: without the passphrase nobody can open it, not even you.</source>
        <translation>Bewahre sie nicht nur auf diesem Gerät auf und die Passphrase getrennt davon: Ohne die Passphrase kann sie niemand öffnen, nicht einmal du.</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Wähle zuerst die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase, or your recovery code if it protects the backup.</source>
        <translation>Gib die Passphrase der Sicherung ein oder deinen Wiederherstellungscode, falls er die Sicherung schützt.</translation>
    </message>
    <message>
        <source>This is a shared file (or comments a coach sent back), not a backup. Open it with “Open a shared file” under Shared with me instead; nothing was changed.</source>
        <translation>Das ist eine geteilte Datei (oder Kommentare, die ein Coach zurückgeschickt hat), keine Sicherung. Öffne sie stattdessen mit „Eine geteilte Datei öffnen“ unter „Mit mir geteilt“; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this backup. Check it and try again; nothing was changed.</source>
        <translation>Diese Passphrase bzw. dieser Wiederherstellungscode öffnet die Sicherung nicht. Prüfe die Eingabe und versuche es noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This file is encrypted to a key, not protected by a passphrase, so it is not a backup. If someone shared it with you, open it with “Open a shared file” under Shared with me; nothing was changed.</source>
        <translation>Diese Datei ist an einen Schlüssel verschlüsselt, nicht mit einer Passphrase geschützt, also ist sie keine Sicherung. Wenn jemand sie mit dir geteilt hat, öffne sie mit „Eine geteilte Datei öffnen“ unter „Mit mir geteilt“; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>no new reflection</source>
        <translation>keine neue Reflexion</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections added</source>
        <translation>
            <numerusform>Eine Reflexion hinzugefügt</numerusform>
            <numerusform>%n Reflexionen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here (kept as they were)</source>
        <translation>
            <numerusform>Eine war schon da (unverändert behalten)</numerusform>
            <numerusform>%n waren schon da (unverändert behalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shared with you</source>
        <translation>
            <numerusform>Ein mit dir geteilter Eintrag</numerusform>
            <numerusform>%n mit dir geteilte Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments from coaches</source>
        <translation>
            <numerusform>Ein Kommentar von einem Coach</numerusform>
            <numerusform>%n Kommentare von Coaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaches</source>
        <translation>
            <numerusform>Ein Coach</numerusform>
            <numerusform>%n Coaches</numerusform>
        </translation>
    </message>
    <message>
        <source>your sharing key</source>
        <translation>dein Freigabeschlüssel</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Wiederhergestellt: %1.</translation>
    </message>
</context>
<context>
    <name>debrief::DueModel</name>
    <message>
        <source>Ready for a closer look</source>
        <translation>Bereit für einen genaueren Blick</translation>
    </message>
    <message>
        <source>Turn the lesson into one small experiment</source>
        <translation>Die Erkenntnis in ein kleines Experiment verwandeln</translation>
    </message>
    <message>
        <source>Check how the experiment went</source>
        <translation>Prüfen, wie das Experiment lief</translation>
    </message>
    <message>
        <source>Choose your next smart risk</source>
        <translation>Dein nächstes kluges Risiko wählen</translation>
    </message>
    <message>
        <source>Waiting for its next step</source>
        <translation>Wartet auf den nächsten Schritt</translation>
    </message>
    <message>
        <source>(voice note)</source>
        <translation>(Sprachnotiz)</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <extracomment>A reminder already due: since a time today, e.g. &quot;Due since 14:00&quot;.
----------
A reminder already due: since a day, e.g. &quot;Due since 11/2/26&quot;.</extracomment>
        <translation>Fällig seit %1</translation>
    </message>
    <message>
        <source>Due since yesterday</source>
        <translation>Fällig seit gestern</translation>
    </message>
    <message>
        <source>Today %1</source>
        <extracomment>When a reminder comes: today at a time, e.g. &quot;Today 14:00&quot;.</extracomment>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <extracomment>When a reminder comes: tomorrow at a time, e.g. &quot;Tomorrow 09:00&quot;.</extracomment>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>When a reminder comes: a weekday and a time, e.g. &quot;Tue 09:00&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>debrief::EntryController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreib zuerst etwas.</translation>
    </message>
    <message>
        <source>A reflection cannot be empty. To remove it, use Delete.</source>
        <translation>Eine Reflexion darf nicht leer sein. Um sie zu entfernen, verwende „Löschen“.</translation>
    </message>
</context>
<context>
    <name>debrief::ExamplesController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>debrief::ExportController</name>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wähle, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>Abgebrochen. Es wurde keine Datei gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reflection(s) to “%1”. This file is NOT encrypted: anyone who has it can read it.</source>
        <translation>
            <numerusform>%n Reflexion nach „%1“ exportiert. Diese Datei ist NICHT verschlüsselt: Wer sie hat, kann sie lesen.</numerusform>
            <numerusform>%n Reflexionen nach „%1“ exportiert. Diese Datei ist NICHT verschlüsselt: Wer sie hat, kann sie lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections (not encrypted)</source>
        <translation>Reflexionen (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>The file is saved, but it could not be shown. It is in “%1”.</source>
        <translation>Die Datei ist gespeichert, konnte aber nicht angezeigt werden. Sie liegt in „%1“.</translation>
    </message>
</context>
<context>
    <name>debrief::HistoryModel</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>history timeline: a month</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <comment>history timeline: %1 the week&apos;s first day</comment>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>history timeline: the first day of a week</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>Eine Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with voice</source>
        <comment>timeline summary: reflections with a voice note</comment>
        <translation>
            <numerusform>%n mit Sprachnotiz</numerusform>
            <numerusform>%n mit Sprachnotiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiments</source>
        <translation>
            <numerusform>Ein Experiment</numerusform>
            <numerusform>%n Experimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <comment>timeline summary: reflections closed</comment>
        <translation>
            <numerusform>%n abgeschlossen</numerusform>
            <numerusform>%n abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ImportController</name>
    <message>
        <source>Type the passphrase the sender gave you.</source>
        <translation>Gib die Passphrase ein, die dir die Person gegeben hat, die die Datei geschickt hat.</translation>
    </message>
    <message>
        <source>This is a backup: restore it from Settings &gt; Backup. Nothing was imported.</source>
        <translation>Das ist eine Sicherung: Stell sie unter Einstellungen &gt; Sichern und wiederherstellen wieder her. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation>jemand, der keinen Namen angegeben hat</translation>
    </message>
    <message>
        <source>No new comments from %1.</source>
        <translation>Keine neuen Kommentare von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n comments from %1.</source>
        <translation>
            <numerusform>Ein Kommentar von %1.</numerusform>
            <numerusform>%n Kommentare von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, being about reflections no longer here or older than the ones you have: %n.</source>
        <translation>
            <numerusform>Weggelassen, weil sie Reflexionen betreffen, die nicht mehr da sind, oder älter sind als deine: %n.</numerusform>
            <numerusform>Weggelassen, weil sie Reflexionen betreffen, die nicht mehr da sind, oder älter sind als deine: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections from %1, under Shared with me.</source>
        <translation>
            <numerusform>Eine Reflexion von %1, unter „Mit mir geteilt“.</numerusform>
            <numerusform>%n Reflexionen von %1, unter „Mit mir geteilt“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::InsightsModel</name>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>Eine Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message>
        <source>No reflections yet: the funnel fills as reflections move through the loop.</source>
        <translation>Noch keine Reflexionen: Der Trichter füllt sich, während Reflexionen durch die Schleife gehen.</translation>
    </message>
    <message>
        <source>Of %1, %2 reached Analyse, %3 reached Apply and %4 reached Continue; %5 closed.</source>
        <comment>insights funnel: %1 &apos;12 reflections&apos;, %2..%5 numbers</comment>
        <translation>Von %1 haben %2 „Analysieren“ erreicht, %3 „Anwenden“ und %4 „Weitermachen“; %5 sind abgeschlossen.</translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>unter einer Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>Eine Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>Ein Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a duration with a fraction: 2.5 days</comment>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Median time from capture to Analyse: %1.</source>
        <translation>Mittlere Zeit vom Festhalten bis „Analysieren“: %1.</translation>
    </message>
    <message>
        <source>No reflection has reached Analyse yet.</source>
        <translation>Noch keine Reflexion hat „Analysieren“ erreicht.</translation>
    </message>
    <message>
        <source>Median time from Analyse to Apply: %1.</source>
        <translation>Mittlere Zeit von „Analysieren“ bis „Anwenden“: %1.</translation>
    </message>
    <message>
        <source>None has gone from Analyse to Apply yet.</source>
        <translation>Noch keine ist von „Analysieren“ zu „Anwenden“ gegangen.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>No experiments yet. In Apply, the smallest test of your best idea becomes an experiment.</source>
        <translation>Noch keine Experimente. In „Anwenden“ wird der kleinste Test deiner besten Idee zu einem Experiment.</translation>
    </message>
    <message numerus="yes">
        <source>%n experiments planned</source>
        <translation>
            <numerusform>Ein Experiment geplant</numerusform>
            <numerusform>%n Experimente geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 kept, %3 adjusted, %4 dropped, %5 still running.</source>
        <comment>insights: %1 &apos;5 experiments planned&apos;</comment>
        <translation>%1: %2 beibehalten, %3 angepasst, %4 verworfen, %5 laufen noch.</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation>Intelligent</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Komplex</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Nicht eingeordnet</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>Noch keine Reflexionen.</translation>
    </message>
    <message>
        <source>Failure types: %1 intelligent, %2 complex, %3 basic, %4 not placed yet.</source>
        <translation>Arten des Scheiterns: %1 intelligent, %2 komplex, %3 einfach, %4 noch nicht eingeordnet.</translation>
    </message>
    <message>
        <source>No lessons yet. In Apply, write what you learned as a rule you can reuse.</source>
        <translation>Noch keine Erkenntnisse. Schreib in „Anwenden“ auf, was du gelernt hast, als Regel, die du wiederverwenden kannst.</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons written.</source>
        <translation>
            <numerusform>Eine Erkenntnis aufgeschrieben.</numerusform>
            <numerusform>%n Erkenntnisse aufgeschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heat map cell: date, count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n weeks</source>
        <translation>
            <numerusform>In der letzten Woche</numerusform>
            <numerusform>In den letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 you wrote no reflections.</source>
        <comment>heat map: %1 &apos;In the last 26 weeks&apos;</comment>
        <translation>%1 hast du keine Reflexionen geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>on %n days</source>
        <translation>
            <numerusform>an einem Tag</numerusform>
            <numerusform>an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 you wrote %2 %3; the most in one day was %4, on %5.</source>
        <comment>heat map: %1 &apos;In the last 26 weeks&apos;, %2 &apos;14 reflections&apos;, %3 &apos;on 10 days&apos;</comment>
        <translation>%1 hast du %2 %3 geschrieben; die meisten an einem Tag waren %4, am %5.</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>heat map: the busiest day</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>debrief::KeyManagementController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Wähle eine Passphrase mit mindestens einem Zeichen.</numerusform>
            <numerusform>Wähle eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the same one twice.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein. Gib zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>That is not your current passphrase or recovery code. Nothing was changed.</source>
        <translation>Das ist nicht deine aktuelle Passphrase und nicht dein Wiederherstellungscode. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Enter your current passphrase or recovery code.</source>
        <translation>Gib deine aktuelle Passphrase oder deinen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Your passphrase is added. It opens Debrief, like your recovery code.</source>
        <translation>Deine Passphrase ist hinzugefügt. Sie öffnet Debrief, genau wie dein Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The old one no longer opens Debrief.</source>
        <translation>Deine Passphrase ist geändert. Die alte öffnet Debrief nicht mehr.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Gib deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Enter your recovery code.</source>
        <translation>Gib deinen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Enter your app lock PIN too: the new key is locked with it as well.</source>
        <translation>Gib auch deine PIN für die App-Sperre ein: Der neue Schlüssel wird auch mit ihr gesperrt.</translation>
    </message>
    <message>
        <source>To rotate the key, type your passphrase, not the recovery code: the new key is locked with your passphrase, and a new recovery code replaces the old one. Nothing was changed.</source>
        <translation>Um den Schlüssel zu erneuern, gib deine Passphrase ein, nicht den Wiederherstellungscode: Der neue Schlüssel wird mit deiner Passphrase gesperrt, und ein neuer Wiederherstellungscode ersetzt den alten. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That is not your app lock PIN. Nothing was changed.</source>
        <translation>Das ist nicht deine PIN für die App-Sperre. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The system keyring does not answer, and the app lock PIN needs it. Nothing was changed.</source>
        <translation>Der Systemschlüsselbund antwortet nicht, und die PIN für die App-Sperre braucht ihn. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Your new recovery code is in place. The old one no longer works.</source>
        <translation>Dein neuer Wiederherstellungscode gilt jetzt. Der alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The vault has a new key, and your new recovery code is in place. The old key and the old code no longer open it.</source>
        <translation>Der Tresor hat einen neuen Schlüssel, und dein neuer Wiederherstellungscode gilt jetzt. Der alte Schlüssel und der alte Code öffnen ihn nicht mehr.</translation>
    </message>
    <message>
        <source>The vault has a new key. The old one no longer opens it.</source>
        <translation>Der Tresor hat einen neuen Schlüssel. Der alte öffnet ihn nicht mehr.</translation>
    </message>
</context>
<context>
    <name>debrief::LoopController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>Open a reflection first.</source>
        <translation>Öffne zuerst eine Reflexion.</translation>
    </message>
    <message>
        <source>That question is not part of Debrief.</source>
        <translation>Diese Frage gehört nicht zu Debrief.</translation>
    </message>
    <message>
        <source>The vault is locked. Your answers are kept here; unlock to save them.</source>
        <translation>Der Tresor ist gesperrt. Deine Antworten bleiben hier erhalten; entsperre ihn, um sie zu speichern.</translation>
    </message>
    <message>
        <source>There is no spoken answer to delete.</source>
        <translation>Es gibt keine gesprochene Antwort zum Löschen.</translation>
    </message>
    <message>
        <source>Pick a point on the spectrum.</source>
        <translation>Wähle einen Punkt auf dem Spektrum.</translation>
    </message>
    <message>
        <source>Pick basic, complex or intelligent.</source>
        <translation>Wähle einfach, komplex oder intelligent.</translation>
    </message>
    <message>
        <source>A lesson belongs to a stage of the loop.</source>
        <translation>Eine Erkenntnis gehört zu einer Stufe der Schleife.</translation>
    </message>
    <message>
        <source>Write the lesson first.</source>
        <translation>Schreib zuerst die Erkenntnis.</translation>
    </message>
    <message>
        <source>A lesson cannot be empty. To remove it, use Remove.</source>
        <translation>Eine Erkenntnis darf nicht leer sein. Um sie zu entfernen, verwende „Entfernen“.</translation>
    </message>
    <message>
        <source>Describe the change first.</source>
        <translation>Beschreib zuerst die Änderung.</translation>
    </message>
    <message>
        <source>A change cannot be empty. To remove it, use Remove.</source>
        <translation>Eine Änderung darf nicht leer sein. Um sie zu entfernen, verwende „Entfernen“.</translation>
    </message>
    <message>
        <source>That change is no longer in the list.</source>
        <translation>Diese Änderung ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Use a date like %1.</source>
        <translation>Verwende ein Datum wie %1.</translation>
    </message>
    <message>
        <source>Plan an experiment first.</source>
        <translation>Plane zuerst ein Experiment.</translation>
    </message>
    <message>
        <source>Choose keep, adjust or drop.</source>
        <translation>Wähle beibehalten, anpassen oder verwerfen.</translation>
    </message>
    <message>
        <source>Name your next smart risk first.</source>
        <translation>Nenne zuerst dein nächstes kluges Risiko.</translation>
    </message>
    <message>
        <source>Decide on the current experiment first.</source>
        <translation>Entscheide zuerst über das aktuelle Experiment.</translation>
    </message>
</context>
<context>
    <name>debrief::MicrophoneModel</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>debrief::NudgeReconciler</name>
    <message>
        <source>Reminders could not be planned: %1</source>
        <translation>Erinnerungen konnten nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>A reminder was shown but could not be noted: %1</source>
        <translation>Eine Erinnerung wurde angezeigt, konnte aber nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>The reminder setting could not be saved: %1</source>
        <translation>Die Einstellung für Erinnerungen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation>Die Erinnerung konnte nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>The reminder could not be dismissed: %1</source>
        <translation>Die Erinnerung konnte nicht verworfen werden: %1</translation>
    </message>
</context>
<context>
    <name>debrief::NudgeSettings</name>
    <message>
        <source>Debrief could not be set to start at login.</source>
        <translation>Debrief konnte nicht so eingestellt werden, dass es beim Anmelden startet.</translation>
    </message>
    <message>
        <source>Debrief could not stop starting at login.</source>
        <translation>Debrief konnte den Start beim Anmelden nicht abschalten.</translation>
    </message>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden; sie gelten daher nur, bis Debrief geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>debrief::PlayerController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>debrief::PrivacyController</name>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Nichts wurde gelöscht: %1</translation>
    </message>
    <message>
        <source>Everything was erased. Your vault is empty and ready for new reflections.</source>
        <translation>Alles wurde gelöscht. Dein Tresor ist leer und bereit für neue Reflexionen.</translation>
    </message>
    <message>
        <source>Everything was erased. Your vault is empty and ready for new reflections; Debrief finishes tidying the file by itself.</source>
        <translation>Alles wurde gelöscht. Dein Tresor ist leer und bereit für neue Reflexionen; Debrief räumt die Datei von selbst fertig auf.</translation>
    </message>
</context>
<context>
    <name>debrief::ReceivedEntriesModel</name>
    <message>
        <source>Reflection (its text was not shared)</source>
        <translation>Reflexion (ihr Text wurde nicht geteilt)</translation>
    </message>
    <message>
        <source>Voice reflection</source>
        <translation>Gesprochene Reflexion</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Sprachnotiz</translation>
    </message>
    <message>
        <source>Spoken answer to “%1”</source>
        <translation>Gesprochene Antwort auf „%1“</translation>
    </message>
</context>
<context>
    <name>debrief::RecordController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>A voice note is still being recorded. Stop or discard it first, then speak your answer.</source>
        <translation>Es wird noch eine Sprachnotiz aufgenommen. Stoppe oder verwirf sie zuerst, dann sprich deine Antwort.</translation>
    </message>
    <message>
        <source>Another answer is still being recorded. Stop it first.</source>
        <translation>Eine andere Antwort wird noch aufgenommen. Stoppe sie zuerst.</translation>
    </message>
</context>
<context>
    <name>debrief::SecretCheck</name>
    <message>
        <source>Enter your passphrase or recovery code.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein.</translation>
    </message>
</context>
<context>
    <name>debrief::ShareController</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Choose at least one part of one reflection to share.</source>
        <translation>Wähle mindestens einen Teil einer Reflexion zum Teilen.</translation>
    </message>
    <message>
        <source>Type your name first: your coach sees who sent the file.</source>
        <translation>Gib zuerst deinen Namen ein: Dein Coach sieht, wer die Datei geschickt hat.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wähle, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>Abgebrochen. Es wurde keine Datei gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to “%1”. Only %2 can open it.</source>
        <translation>
            <numerusform>%n Reflexion in „%1“ gespeichert. Nur %2 kann sie öffnen.</numerusform>
            <numerusform>%n Reflexionen in „%1“ gespeichert. Nur %2 kann sie öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to “%1”. Send the passphrase by another channel (a call, a message app), never with the file.</source>
        <translation>
            <numerusform>%n Reflexion in „%1“ gespeichert. Schick die Passphrase auf einem anderen Weg (ein Anruf, eine Messenger-App), nie zusammen mit der Datei.</numerusform>
            <numerusform>%n Reflexionen in „%1“ gespeichert. Schick die Passphrase auf einem anderen Weg (ein Anruf, eine Messenger-App), nie zusammen mit der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections for your coach</source>
        <translation>Reflexionen für deinen Coach</translation>
    </message>
    <message>
        <source>The file is saved, but no app could take it. Find it in “%1”.</source>
        <translation>Die Datei ist gespeichert, aber keine App konnte sie übernehmen. Du findest sie in „%1“.</translation>
    </message>
    <message>
        <source>The file is saved, but its folder could not be opened. It is in “%1”.</source>
        <translation>Die Datei ist gespeichert, aber ihr Ordner konnte nicht geöffnet werden. Sie liegt in „%1“.</translation>
    </message>
</context>
<context>
    <name>debrief::ShareProtectionChoice</name>
    <message>
        <source>Choose your coach, or add their key.</source>
        <translation>Wähle deinen Coach oder füge seinen Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Gib zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>Gib die Passphrase zur Bestätigung noch einmal ein.</translation>
    </message>
    <message>
        <source>Give your coach a name, so you can pick them next time.</source>
        <translation>Gib deinem Coach einen Namen, damit du ihn beim nächsten Mal auswählen kannst.</translation>
    </message>
    <message>
        <source>That file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No public key (age1…) in that file. Ask your coach for their public key.</source>
        <translation>Kein öffentlicher Schlüssel (age1…) in dieser Datei. Bitte deinen Coach um den öffentlichen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>debrief::SharedWithMeController</name>
    <message>
        <source>the sender</source>
        <translation>die Person, die es geschickt hat</translation>
    </message>
    <message>
        <source>Saved %1. Send it to %2: only they can open it.</source>
        <translation>%1 gespeichert. Schick es an %2: Nur diese Person kann es öffnen.</translation>
    </message>
    <message>
        <source>Send comments to %1</source>
        <translation>Kommentare an %1 schicken</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The system could not offer to send it; send the file to %1 yourself.</source>
        <translation>Das System konnte das Senden nicht anbieten; schick die Datei selbst an %1.</translation>
    </message>
    <message>
        <source>Saved %1. Choose how to send it to %2: only they can open it.</source>
        <translation>%1 gespeichert. Wähle, wie du es an %2 schickst: Nur diese Person kann es öffnen.</translation>
    </message>
    <message>
        <source>Saved %1; its folder is open. Send it to %2: only they can open it.</source>
        <translation>%1 gespeichert; sein Ordner ist geöffnet. Schick es an %2: Nur diese Person kann es öffnen.</translation>
    </message>
</context>
<context>
    <name>debrief::SharingKeyController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>debrief::TagsController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>debrief::VaultController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Wähle eine Passphrase mit mindestens einem Zeichen.</numerusform>
            <numerusform>Wähle eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code.</source>
        <translation>Gib deine Passphrase oder deinen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>The damaged vault was moved to %1. Debrief started a new, empty vault with the same key; the damaged file was not changed.</source>
        <translation>Der beschädigte Tresor wurde nach %1 verschoben. Debrief hat einen neuen, leeren Tresor mit demselben Schlüssel angelegt; die beschädigte Datei wurde nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>Enter your PIN of at least %n digits.</source>
        <translation>
            <numerusform>Gib deine PIN mit mindestens einer Ziffer ein.</numerusform>
            <numerusform>Gib deine PIN mit mindestens %n Ziffern ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN cannot be checked because the system keyring does not answer. Use your recovery code instead.</source>
        <translation>Deine PIN kann nicht geprüft werden, weil der Systemschlüsselbund nicht antwortet. Verwende stattdessen deinen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>That PIN does not open this vault. Check it and try again; nothing has been changed.</source>
        <translation>Diese PIN öffnet diesen Tresor nicht. Prüfe sie und versuche es noch einmal; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>debrief::VoicePlayer</name>
    <message>
        <source>This recording cannot be played: its audio is damaged.</source>
        <translation>Diese Aufnahme kann nicht abgespielt werden: Ihr Ton ist beschädigt.</translation>
    </message>
    <message>
        <source>This recording holds no sound.</source>
        <translation>Diese Aufnahme enthält keinen Ton.</translation>
    </message>
    <message>
        <source>No speaker or headphones are available to play this recording.</source>
        <translation>Kein Lautsprecher und kein Kopfhörer verfügbar, um diese Aufnahme abzuspielen.</translation>
    </message>
    <message>
        <source>The sound output “%1” cannot play recordings.</source>
        <translation>Die Tonausgabe „%1“ kann keine Aufnahmen abspielen.</translation>
    </message>
    <message>
        <source>This part of the recording is damaged and cannot be played.</source>
        <translation>Dieser Teil der Aufnahme ist beschädigt und kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>The sound output could not be opened.</source>
        <translation>Die Tonausgabe konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Playback stopped: the sound output is gone.</source>
        <translation>Wiedergabe gestoppt: Die Tonausgabe ist weg.</translation>
    </message>
    <message>
        <source>The rest of this recording is damaged and cannot be played.</source>
        <translation>Der Rest dieser Aufnahme ist beschädigt und kann nicht abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>debrief::VoiceRecorder</name>
    <message>
        <source>Debrief may not use the microphone. Allow microphone access for Debrief in your system settings, then try again.</source>
        <translation>Debrief darf das Mikrofon nicht verwenden. Erlaube Debrief in deinen Systemeinstellungen den Zugriff auf das Mikrofon und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or check that it is switched on), then try again.</source>
        <translation>Kein Mikrofon gefunden. Schließ eines an (oder prüfe, ob es eingeschaltet ist) und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The microphone chosen in the settings is not connected. Recording with “%1” instead.</source>
        <translation>Das in den Einstellungen gewählte Mikrofon ist nicht angeschlossen. Stattdessen wird mit „%1“ aufgenommen.</translation>
    </message>
    <message>
        <source>The microphone could not be started. Another app may be using it; try again.</source>
        <translation>Das Mikrofon konnte nicht gestartet werden. Vielleicht verwendet es eine andere App; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The microphone sent no sound. Check that it is connected and switched on, then try again.</source>
        <translation>Vom Mikrofon kam kein Ton. Prüfe, ob es angeschlossen und eingeschaltet ist, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>The microphone stopped working (was it unplugged?). What you recorded until then is saved.</source>
        <translation>Das Mikrofon funktioniert nicht mehr (wurde es abgezogen?). Was du bis dahin aufgenommen hast, ist gespeichert.</translation>
    </message>
    <message>
        <source>The microphone stopped working before anything was recorded. Check it and try again.</source>
        <translation>Das Mikrofon hat aufgehört zu funktionieren, bevor etwas aufgenommen wurde. Prüfe es und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The system&apos;s audio service stopped. What you recorded until then is saved.</source>
        <translation>Der Audiodienst des Systems wurde beendet. Was du bis dahin aufgenommen hast, ist gespeichert.</translation>
    </message>
    <message>
        <source>The system&apos;s audio service is not running, so nothing can be recorded. Try again in a moment.</source>
        <translation>Der Audiodienst des Systems läuft nicht, daher kann nichts aufgenommen werden. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full, so the recording stopped. What was saved until then is kept; free some space before recording again.</source>
        <translation>Der Speicher ist voll, daher wurde die Aufnahme gestoppt. Was bis dahin gespeichert wurde, bleibt erhalten; schaff etwas Platz, bevor du wieder aufnimmst.</translation>
    </message>
    <message>
        <source>The disk is full, so the recording could not be saved. Free some space and try again.</source>
        <translation>Der Speicher ist voll, daher konnte die Aufnahme nicht gespeichert werden. Schaff etwas Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Debrief could not write the recording to its vault, so it stopped. What was saved until then is kept.</source>
        <translation>Debrief konnte die Aufnahme nicht in seinen Tresor schreiben und hat sie gestoppt. Was bis dahin gespeichert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Debrief could not write the recording to its vault, so it stopped. What was saved until then shows as recovered the next time Debrief opens.</source>
        <translation>Debrief konnte die Aufnahme nicht in seinen Tresor schreiben und hat sie gestoppt. Was bis dahin gespeichert wurde, erscheint beim nächsten Öffnen von Debrief als wiederhergestellt.</translation>
    </message>
    <message>
        <source>Debrief could not write to its vault, so nothing was recorded. Try again.</source>
        <translation>Debrief konnte nicht in seinen Tresor schreiben, daher wurde nichts aufgenommen. Versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Debrief could not encode the rest of the recording. What was saved until then is kept.</source>
        <translation>Debrief konnte den Rest der Aufnahme nicht kodieren. Was bis dahin gespeichert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Debrief could not encode the recording; try again.</source>
        <translation>Debrief konnte die Aufnahme nicht kodieren; versuche es noch einmal.</translation>
    </message>
</context>
<context>
    <name>debrief::VoiceSettings</name>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden; sie gelten daher nur, bis Debrief geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>debrief::bundlemarkdown</name>
    <message>
        <source>strength %1 of 5</source>
        <translation>Stärke %1 von 5</translation>
    </message>
    <message>
        <source>### Stage answers</source>
        <translation>### Antworten der Stufen</translation>
    </message>
    <message>
        <source>**Kind of failure:** %1</source>
        <translation>**Art des Scheiterns:** %1</translation>
    </message>
    <message>
        <source>### Moves between stages</source>
        <translation>### Wechsel zwischen den Stufen</translation>
    </message>
    <message>
        <source>### Lessons</source>
        <translation>### Erkenntnisse</translation>
    </message>
    <message>
        <source>### Possible changes</source>
        <translation>### Mögliche Änderungen</translation>
    </message>
    <message>
        <source>impact %1, feasibility %2</source>
        <translation>Wirkung %1, Machbarkeit %2</translation>
    </message>
    <message>
        <source>### Experiments</source>
        <translation>### Experimente</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hypothese:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Check on:</source>
        <translation>Prüfen am:</translation>
    </message>
    <message>
        <source>Signal:</source>
        <translation>Signal:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>### Voice notes</source>
        <translation>### Sprachnotizen</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>Sprachnotiz</translation>
    </message>
    <message>
        <source>Spoken answer to “%1”</source>
        <translation>Gesprochene Antwort auf „%1“</translation>
    </message>
    <message>
        <source># Reflections shared with you</source>
        <translation># Mit dir geteilte Reflexionen</translation>
    </message>
    <message>
        <source># Reflections shared by %1</source>
        <translation># Von %1 geteilte Reflexionen</translation>
    </message>
    <message>
        <source># Comments on your reflections</source>
        <translation># Kommentare zu deinen Reflexionen</translation>
    </message>
    <message>
        <source># Comments from %1</source>
        <translation># Kommentare von %1</translation>
    </message>
    <message>
        <source># Debrief backup</source>
        <translation># Debrief-Sicherung</translation>
    </message>
    <message>
        <source>## On your entry</source>
        <translation>## Zu deinem Eintrag</translation>
    </message>
    <message>
        <source>## On your entry of %1</source>
        <translation>## Zu deinem Eintrag vom %1</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Geschrieben %1</translation>
    </message>
    <message>
        <source>## Comments from coaches</source>
        <translation>## Kommentare von Coaches</translation>
    </message>
    <message>
        <source>## Shared with you by %1</source>
        <translation>## Von %1 mit dir geteilt</translation>
    </message>
    <message>
        <source>**Your comment:** %1</source>
        <translation>**Dein Kommentar:** %1</translation>
    </message>
    <message>
        <source>&gt; **Not encrypted.** Anyone who has this file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>&gt; **Nicht verschlüsselt.** Wer diese Datei hat, kann sie lesen. Bewahre sie an einem privaten Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Zuletzt geändert %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Voice notes are in the audio folder as Ogg Opus files, which most media players play.</source>
        <translation>Sprachnotizen liegen im Ordner „audio“ als Ogg-Opus-Dateien, die die meisten Mediaplayer abspielen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Debrief: reflect on setbacks, privately, and turn them into small experiments.</source>
        <translation>Debrief: Reflektiere Rückschläge, privat, und mach daraus kleine Experimente.</translation>
    </message>
    <message>
        <source>Load the whole UI, then quit: 0 when it loaded without a QML error.</source>
        <translation>Die ganze Oberfläche laden, dann beenden: 0, wenn sie ohne QML-Fehler geladen wurde.</translation>
    </message>
    <message>
        <source>Keep the vault in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>Den Tresor in &lt;dir&gt; statt im Standard-Datenordner aufbewahren.</translation>
    </message>
    <message>
        <source>Start in the system tray without a window (used when starting at login).</source>
        <translation>Im Infobereich ohne Fenster starten (beim Start nach der Anmeldung verwendet).</translation>
    </message>
    <message>
        <source>Fill a new, empty vault with example reflections (marked as examples).</source>
        <translation>Einen neuen, leeren Tresor mit Beispielreflexionen füllen (als Beispiele markiert).</translation>
    </message>
    <message>
        <source>A .debrief file someone sent you: opened once the vault is unlocked.</source>
        <translation>Eine .debrief-Datei, die dir jemand geschickt hat: wird geöffnet, sobald der Tresor entsperrt ist.</translation>
    </message>
</context>
</TS>
