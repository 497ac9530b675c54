<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgeError</name>
    <message>
        <source>None of your keys opens this file. It was encrypted for someone else, or for a key you no longer have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was encrypted for a kind of key Debrief cannot use. Ask the sender to encrypt it to your age1… key or with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an encrypted Debrief or age file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This encrypted file is damaged or incomplete: its header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses a newer encryption format than this version of Debrief understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s passphrase protection asks for more computing work than Debrief allows, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s header is larger than Debrief accepts, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was changed after it was encrypted (its header does not verify). It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text-encoded (armored) file is damaged: extra or missing lines or characters. Ask for the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is incomplete: it ends too early, as after an interrupted download or copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or was changed after it was encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid age key. A public key starts with &quot;age1&quot;; a secret key starts with &quot;AGE-SECRET-KEY-1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either one passphrase or one or more public keys to encrypt to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written (is the disk full or the file gone?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AndroidNotifier</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudges toward the next step of your reflections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLockSettings</name>
    <message>
        <source>App lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: Debrief opens without asking, with the key kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On with a PIN: Debrief asks for it when it starts and after it locks. Your recovery code always works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On with your passphrase: Debrief asks for it when it starts and after it locks. Your recovery code always works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock with a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New PIN (at least %n digits)</source>
        <translation>
            <numerusform>New PIN (at least %n digit)</numerusform>
            <numerusform>New PIN (at least %n digits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New passphrase (at least %n characters)</source>
        <translation>
            <numerusform>New passphrase (at least %n character)</numerusform>
            <numerusform>New passphrase (at least %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the lock on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in the background or without use</source>
        <translation>
            <numerusform>%n minute in the background or without use</numerusform>
            <numerusform>%n minutes in the background or without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the lock off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN, passphrase or recovery code. The key then goes back to the system keyring and Debrief opens without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code. The key then goes back to the system keyring and Debrief opens without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Your recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this vault&apos;s recovery code; no backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up everything to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code of the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with me: %1 added, %2 already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n reflection(s).</source>
        <translation>
            <numerusform>Restored %n reflection.</numerusform>
            <numerusform>Restored %n reflections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) were already here and kept as they are.</source>
        <translation>
            <numerusform>%n reflection was already here and kept as it is.</numerusform>
            <numerusform>%n reflections were already here and kept as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Back up everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted file with all your reflections, their loops, tags and voice notes, your sharing key and coaches, what others shared with you and the comments coaches sent back. Settings and reminders are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect it with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the backup, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it: without it, the backup cannot be opened.</source>
        <translation>
            <numerusform>At least %n character. Several unrelated words are strong and easy to remember. Nobody can reset it: without it, the backup cannot be opened.</numerusform>
            <numerusform>At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it: without it, the backup cannot be opened.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you started Debrief. With it you can restore the backup on a new device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up everything: choose where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief backups (*.debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to back up everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Restore progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring… Nothing changes in your vault until it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… The file appears only when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What just happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While it is fresh: what did you expect, and what actually happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDot</name>
    <message>
        <source>Change %1: %2, %3</source>
        <extracomment>%1 is the change&apos;s number, %2 its text, %3 its place on the impact/feasibility grid</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact of change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feasibility of change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test this one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesGrid</name>
    <message>
        <source>Impact →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easier to do →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy extras</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesPrompt</name>
    <message>
        <source>Four is plenty: pick the one worth testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change you could make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New possible change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the vault in DIR instead of the standard data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase or recovery code from the first line of FILE instead of asking on the terminal (used when the keyring cannot unlock the vault; for init, the new vault&apos;s passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N reflections (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option or missing value. To save text that starts with &quot;-&quot;, use &quot;add -&quot; or put &quot;--&quot; before it. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit only applies to list and search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs the number of a reflection, as shown by list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong arguments for that command. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: debrief-cli [options] COMMAND [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief on the command line: the same private, encrypted vault as the app. The vault is unlocked with the key in your system keyring, or else with your passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  init           Create a new vault. With --passphrase-file, that passphrase protects it; otherwise a recovery code is made and shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  add -          Save a reflection typed or piped on standard input (recommended: other users can see command-line arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  add TEXT       Save TEXT as a reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  list           List reflections, newest first: number, date and time, first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  show ID        Show one reflection in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  search QUERY   Search reflections, best matches first; matches are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  wrong usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  still locked: wrong passphrase or recovery code, or none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  the vault or its key file is damaged, missing or too new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  the disk is full or the data folder cannot be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  no reflection with that number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  no vault yet (run init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  init refused: a vault already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: encrypt to this coach&apos;s public key (age1…). With --coach, the key is remembered under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: encrypt to the coach remembered as NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: leave these parts out of every entry, comma-separated: text, answers, lessons, voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write readable Markdown instead. It is NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: add the backup to a vault in use; entries already there are kept and nothing is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: protect the backup with your recovery code instead of a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key, export: the name coaches see on what you send (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase of the .debrief or backup file (not the vault&apos;s) from the first line of FILE instead of asking on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--coach-key only applies to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--coach only applies to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leave-out only applies to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--markdown only applies to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--merge only applies to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recovery-code only applies to backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name only applies to key and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file-passphrase-file only applies to export, import, backup and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leave-out takes text, answers, lessons and voice, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--markdown writes a readable file that is not encrypted: it takes no key or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a file name, then the numbers of the reflections, as shown by list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  export FILE ID...  Share reflections with a coach as an encrypted .debrief file: to the coach&apos;s key with --coach-key or --coach, otherwise protected by a passphrase to send by another channel. --leave-out leaves parts out. With --markdown, a readable Markdown file instead (NOT encrypted). Asks for your vault passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import FILE    Open a .debrief file sent to you: a share goes under &quot;Shared with me&quot;, comments beside your own reflections. Nothing is imported from a damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  backup FILE    Back up everything into one encrypted file, protected by a passphrase or, with --recovery-code, your recovery code. Asks for your vault passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  restore FILE   Restore a backup into an empty vault; with --merge, into one in use (nothing is added twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  key            Show this vault&apos;s public key (age1…) to give a coach, who can then export to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  the file to import or restore: wrong key or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  the file to import or restore: damaged, too large, or not that kind of Debrief file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  restore refused: the vault is not empty (use --merge)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachComments</name>
    <message>
        <source>Coach comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <extracomment>%1 is the coach&apos;s name, %2 the comment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is the coach&apos;s name, %2 when the comment was written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete this reflection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answers, lessons, experiments, tags and voice notes go with it. You can undo this right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmSecretDialog</name>
    <message>
        <source>Enter your passphrase or recovery code to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPrompt</name>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1. The experiment is checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonutChart</name>
    <message>
        <source>%1: %2</source>
        <extracomment>chart legend: %1 is a failure type, %2 how many reflections</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting now</source>
        <translation>
            <numerusform>%n waiting now</numerusform>
            <numerusform>%n waiting now</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting right now. Coming up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are off for Debrief in your system settings, so reminders only show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: no reminder until it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until this evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn reminders on for this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn reminders off for this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is the name of a loop stage, %2 what is waiting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting. After you capture a reflection, Debrief reminds you at a good time to look at it more closely, to try one small experiment, to check how it went and to take your next smart risk. Each step shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>Type your reflection, then press Ctrl-D on a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the reflection is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved reflection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection %1, written %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection matches that search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a long date, %2 a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add notes beside the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders for this reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, Debrief does not remind you about this reflection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseFlow</name>
    <message>
        <source>Erase everything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes, for good: every reflection and voice note, every answer, lesson, possible change and experiment, your tags and reminder choices, the comments coaches sent back, everything others shared with you, and the coaches you share with. Undo is not possible. Shares and exports you already sent or saved elsewhere are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays: the empty vault with its passphrase or recovery code, your sharing key and name, and your settings, so you can start again right away. To keep a copy first, make a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to erase everything: confirm with your passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm to erase everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to erase every reflection and everything shared with you. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleReflections</name>
    <message>
        <source>I forgot to call a client back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised Marta a call before noon about the delivery date. I remembered at 4 pm; by then she had written to my manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick call, the delivery date confirmed before lunch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting at 11:30 ran long and I had set no reminder. She emailed my manager at 3 pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embarrassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback talk with Sam went sideways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I wanted to tell Sam that his reports keep arriving late. It came out as criticism of him instead of the handover, and he went quiet halfway through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm talk and a new deadline we both agree on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I made it about him instead of about the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team meeting ran an hour over and decided nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly planning with eight people and no agenda sent out. We spent most of the time on one bug report and left without owners for the next sprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forty-five minutes, an owner for every sprint goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ran 1 hour 45 minutes. Two people left early. No owners were assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an agenda, the loudest topic took over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda, no timekeeper, and the bug had no other place to be discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I knew the bug was urgent; I did not know half the room had no context on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My estimate for the data migration was three weeks short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I told the client two weeks for the migration. It took five: the old export had undocumented fields and needed two rounds of clean-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two weeks, one test run, go-live on the 12th.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five weeks. The go-live date moved twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why late? The data needed clean-up.
Why? Fields nobody had documented.
Why not found earlier? We never looked at a sample of the export.
Why? The estimate came from the specification alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client migration estimated at two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export held undocumented fields that needed cleaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate from a sample of real data, with a buffer for surprises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I missed the deadline for the quarterly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was due Friday at five. I sent it on Monday morning, and finance had to delay their summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent Monday 9:10. Finance&apos;s summary moved by a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guilty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I started on Thursday, thinking the numbers would take an hour. They took a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers come from three teams and one always sends late; my plan did not allow for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the slowest input, not from the writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a deliverable depends on other teams&apos; numbers, I ask for them a week ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the numbers on the Monday before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block two hours on Wednesday for a first draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a standing due date with the three teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I ask a week early, I will have every number by Wednesday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request next Monday, due Wednesday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three teams&apos; numbers are in by Wednesday evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My conference talk ran ten minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fifteen-minute slot, and I was cut off before the demo. Half the audience left for the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deflated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story worked. Setting up the demo live took four minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening with a story got people&apos;s attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a talk has a hard limit, I rehearse it with a timer at 80 % of the slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the demo instead of doing it live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse twice with a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timed rehearsal keeps me under twelve minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse the meetup version of the talk twice with a timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both rehearsals end under twelve minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product launch shipped with a broken sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On launch day the sign-up form failed for every company address with a plus sign. We lost most of the first day&apos;s visitors before a fix went out at 3 pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up failed for addresses like name+team@company.com from 9 am to 3 pm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gutted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our test accounts never used plus addresses; the check came from an old library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feature flag turns the new flow off within minutes if it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A three-day canary for the mobile release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a launch, I test the main path with real-world data, not our own test accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1 % canary release the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A launch checklist with real-world inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1 % canary release the day before catches launch-blocking bugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a canary for the next feature release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking bugs show up in the canary, not on launch day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canary caught a payment bug, but one day was too short for weekly users to show up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-world inputs beat clever test cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooking for twelve for the first time: the main course was cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I tried a new slow-roast recipe for my sister&apos;s birthday dinner. With one oven, the roast was ready an hour early and cold by the time we sat down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything hot on the table at eight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flustered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I knew the recipe; I had never planned one oven for four dishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host the team lunch with the tested plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I try something new for a crowd, I do a small test run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test run for four people, timing every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test run for four shows where the timing goes wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cook the roast for four on Sunday and time every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timed plan that fits one oven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test run showed the roast can rest in a low oven; the plan works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I hired the wrong person for the support role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He interviewed brilliantly but struggled with the number of tickets, and left after six weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hire did not work out, and that was my call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disappointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview tested conversation, not the actual work: no ticket exercise, no time pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the exercise misleads us, a paid trial week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I hire for work that can be sampled, the interview includes a sample of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thirty-minute ticket exercise in every interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work sample shows who can handle the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a ticket exercise in the next three interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise separates candidates I would otherwise rate the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did: one strong talker struggled, and a quiet candidate shone and got the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the work, not the talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investor pitch fell flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ten-minute pitch to two angel investors. They stopped me at slide four to ask about revenue, and I never got back to the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten minutes of story, then questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rattled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I knew they were finance people; I did not know they would skip the story entirely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the deck to six slides and pitch at demo day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I pitch to a new audience, I lead with the numbers they care about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with revenue, keep the story for questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the deck to six slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening with revenue keeps finance people listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder the deck and pitch it to the accelerator mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentors reach the product slide without interrupting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They interrupted anyway: the deck is too long, whatever the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplesBanner</name>
    <message>
        <source>Examples show how the loop works. Removing them keeps yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentPrompt</name>
    <message>
        <source>Check on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Check on %1 (%2)</source>
        <extracomment>%1 is a date, %2 how far away it is (&quot;in 3 days&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last experiment is decided (%1). Plan the next one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a change above with “Test this one”, or plan an experiment of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis: what you expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I …, then …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: the smallest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check date, as year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal: how you will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will see if it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan experiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open, %1 waiting for a check</source>
        <translation>
            <numerusform>%n open, %1 waiting for a check</numerusform>
            <numerusform>%n open, %1 waiting for a check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>No check date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check on %1 (in %n days)</source>
        <translation>
            <numerusform>Check on %1 (in %n day)</numerusform>
            <numerusform>Check on %1 (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open experiments. In Apply, pick one change to test with a check date: it shows up here until you decide to keep, adjust or drop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>This file will NOT be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets this file, or the folder or cloud it lands in, can read every word of these reflections. The file says so at the top. To send reflections to a coach safely, use Share instead: it encrypts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the readable export (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand it is not encrypted: confirm it is you, then choose where to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to write these reflections to a file that is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureType</name>
    <message>
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligent failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventable, in known territory: a checklist or habit can stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several factors met in a familiar but changing setting: watch for early signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thoughtful, small step into new territory: worth the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingPrompt</name>
    <message>
        <source>One word, like “embarrassed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you feel, in one word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePassphrase</name>
    <message>
        <source>The file passphrase file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file passphrase file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was entered; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for the file&apos;s passphrase. Give it with --file-passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreeTextPrompt</name>
    <message>
        <source>Your answer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: remove from the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFiltersPage</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 1 reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n reflections</source>
        <translation>
            <numerusform>Show %n reflection</numerusform>
            <numerusform>Show %n reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Today, %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a weekday name, %2 a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>date in the history list, this year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date in the history list, an earlier year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice note, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after something goes differently than you hoped, write down what happened: it takes a minute, and it stays encrypted on this device. Debrief then walks it through four steps: Detect what happened, Analyse why, Apply one small change as an experiment, and Continue with your next smart risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a few example reflections, marked “Example”, in every step of the loop. You can remove them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your reflections from a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySearchBar</name>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds words in reflections, answers, lessons and experiments as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflections match</source>
        <translation>
            <numerusform>%n reflection matches</numerusform>
            <numerusform>%n reflections match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message>
        <source>Order and grouping: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>All reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments (%1 due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Open a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to open the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase. Type the one its sender gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared file opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what was shared with you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created a new vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code is shown only this once. Write it down and keep it somewhere safe: without it (or this computer&apos;s keyring) nobody, not even you, can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out on this device from your reflections; nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights appear as your reflections move through the loop: how many you analyse, how many become an experiment, how long each step takes and how your experiments turn out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far reflections get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between steps (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture → Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse → Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments and how they turned out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Passphrase and keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault key comes with a new recovery code. Write it down or keep it in a password manager: it is shown only once. The key changes when you confirm; after that the old code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or keep it in a password manager: it is shown only once. It replaces your old code when you confirm; after that the old code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down: rotate the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: keep the old recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase opens Debrief from now on; the old one stops working. Your recovery code stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase you can remember opens Debrief when the keyring cannot, besides your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it for you.</source>
        <translation>
            <numerusform>At least %n character. Several unrelated words are strong and easy to remember. Nobody can reset it for you.</numerusform>
            <numerusform>At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it for you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your code may have been seen, or you lost it, make a new one. It is shown once; the old code stops working when you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase or recovery code, for a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think someone got hold of your vault&apos;s key (a copy of the keyring, an old recovery code), give the vault a new key. Everything is encrypted again with it, and you get a new recovery code; your passphrase stays the same. This can take a while for a large vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think someone got hold of your vault&apos;s key, give the vault a new key. Everything is encrypted again with it; your passphrase stays the same. This can take a while for a large vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app lock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · from “%3”</source>
        <extracomment>%1 is a date, %2 the name of a loop stage, %3 the first line of the reflection</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · from a voice note</source>
        <extracomment>%1 is a date, %2 the name of a loop stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons yet. In Apply, write what you learned as a rule you can reuse: it shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsPrompt</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When …, I …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopPolicy</name>
    <message>
        <source>Say in a few words why, so you remember later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a line or record a voice note about what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer one question, or place it on the spectrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a lesson, or plan an experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on your experiment, or name your next smart risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection is closed. Reopen it to work on it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not done yet. %2 Or skip it with a short reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection is closed. Reopen it to go back a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect is the first stage; there is none before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loop is not finished yet. To close it now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed reflection can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a first note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look closer: answer one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a lesson or plan an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how your experiment went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your next smart risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopStepper</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 4, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopSummary</name>
    <message>
        <source>This reflection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 of 4: %2</source>
        <extracomment>%1 is the stage number, %2 the name of the loop stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the privacy page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MicRationaleDialog</name>
    <message>
        <source>Use the microphone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief needs the microphone to record your reflection. The recording stays encrypted on this device and is never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, your system asks whether Debrief may use the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextRiskPrompt</name>
    <message>
        <source>This week I will …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a new reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your history, at Detect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it as an experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned as an experiment: check on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NudgeText</name>
    <message>
        <source>Debrief</source>
        <comment>notification title: the app&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflection is ready for a closer look.</source>
        <comment>notification: an entry was captured and is waiting for its Analyse step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a lesson into one small experiment?</source>
        <comment>notification: an entry was analysed and has no experiment yet (Apply step)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to check how your experiment went.</source>
        <comment>notification: an experiment reached its check date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for your next smart risk?</source>
        <comment>notification: an experiment was checked and no next smart risk is written</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reflection is waiting for its next step.</source>
        <comment>notification: the weekly review when one entry is waiting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflections are waiting for their next step.</source>
        <comment>notification: the weekly review, or several nudges shown as one (%n: 2 or more)</comment>
        <translation>
            <numerusform>%n reflection is waiting for their next step.</numerusform>
            <numerusform>%n reflections are waiting for their next step.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notification with entry titles on: %1 the entry&apos;s first line, %2 the text above</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>notification action: open the entry at its next step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <comment>notification action: remind again in an hour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evening</source>
        <comment>notification action: remind again this evening (19:00)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <comment>notification action: remind again tomorrow at the review time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>notification action: no more nudges for this entry until it changes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Reflections (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyCover</name>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflections are yours. Debrief keeps them encrypted on this device and sends nothing anywhere unless you do it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Debrief keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write and record here: your reflections and voice notes, your answers in each stage, lessons, possible changes and experiments, tags, the comments coaches send back, what others share with you, and the names and keys of the coaches you share with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on this device, in this folder (the encrypted vault and the file that holds its key, itself locked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings (microphone, recording limit, reminders) are in a separate file, which holds nothing you wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is a database encrypted with SQLCipher (AES-256). Its key is 32 random bytes. Debrief keeps that key in your system keyring so the app opens without a prompt (not while the app lock is on). A copy of the key is locked with your passphrase or recovery code using Argon2id, which makes guessing slow. Without the key the file cannot be read. Nobody can reset your passphrase or recovery code: keep the code somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share is one encrypted file with exactly the reflections and parts you picked (their text, answers, lessons and voice notes) and your name. Only the coach whose key you chose, or someone who knows the passphrase you set, can open it. A share you have sent cannot be recalled: the coach keeps what you sent, even if you later delete it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown and PDF exports are NOT encrypted: anyone who gets the file, or the folder or cloud it lands in, can read it. Backups are encrypted with the passphrase or recovery code you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network, no analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders say only which step is next, never what you wrote, unless you choose to show an entry&apos;s first line in the reminder settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting and erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a reflection removes it with all its parts, from the search too; while Undo is offered a copy stays in memory only, never on disk. To remove everything, use Settings, Security and privacy, Erase everything: it asks twice, then removes every reflection, voice note and everything shared with you from the vault file. The vault, your passphrase and recovery code, your sharing key and your settings stay, so you can go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief never connects to the internet. There is no account, no analytics, no advertising and no crash report. It asks for the microphone only when you first record, and for notifications only when it first has a reminder for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Debrief cannot open your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can move the damaged file aside (it is kept, unchanged, next to the new one) and start a new vault with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it aside and start a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptCatalog</name>
    <message>
        <source>Right after it happened. A voice note or one line is enough; every question here is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later, when you are calmer: get curious about why it went this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn what you found into a rule you can reuse and one small experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how your experiment went, then take your next smart risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection is closed. You can reopen it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What, not who: look for conditions, information and decisions, not for blame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-Action Review, question 1 (US Army TC 25-20, 1993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you expect to happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan or hope, before it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-Action Review, question 2 (US Army TC 25-20, 1993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What actually happened? Just the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a camera would have recorded. Feelings have their own question below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One word for how you feel, and how strongly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is a little, 5 is a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Forward&apos;s intelligent-failure loop: detect failures early and speak up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it plainly: what didn&apos;t go the way you wanted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming it is the first step; no need to soften it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edmondson, Right Kind of Wrong (2023): context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New territory for you, or familiar ground?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In new territory, setbacks are how anyone learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familiar ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-Action Review, question 3 (US Army TC 25-20, 1993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was there a difference between what you expected and what happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NWCG After Action Review: focus on what, not who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which conditions, information or decisions led here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What, not who: describe the situation, not anyone&apos;s character, yours included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was good, what was bad, and what did you contribute?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-Action Review practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you know at the time, and what was missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the decision by what you could know then, not by what you know now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edmondson, Strategies for Learning from Failure (HBR 2011); Right Kind of Wrong (2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the spectrum of failure does this sit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a skipped rule to a thoughtful experiment. This sets basic, complex or intelligent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five whys (Toyota Production System)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? And why again? Keep asking until you reach something you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minto, The Pyramid Principle: Situation, Complication, Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum it up in three sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation, what complicated it, and how you will resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): conclusion; After-Action Review, question 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn, and what would you do differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NWCG After Action Review: sustain strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked, that you will keep doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths are worth keeping on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984): abstract conceptualisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general rule you would now state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it so it helps in other situations too: &quot;When …, I …&quot;. It becomes a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impact/feasibility matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to four possible changes, each rated for impact and feasibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High impact and easy to do is the best place to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984): active experimentation; Sitkin, Learning through failure: the strategy of small losses (1992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest experiment that tests the best change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you expect, what you will do, when you will check, and how you will know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-Action Review, questions 1 and 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the experiment go, against your prediction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare what happened with your hypothesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984); Sitkin (1992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the change, adjust it, or drop it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edmondson, Right Kind of Wrong (2023): intelligent failure; Sitkin (1992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your next step a smart risk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what is true of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is new territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It moves toward a goal I value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is informed by what I know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is as small as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>McGrath, Failing by Design (HBR 2011); Sitkin (1992)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the worst outcome you could afford, and your plan B?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Forward&apos;s intelligent-failure loop: take smart risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One smart risk you will take this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can turn it into a new reflection or an experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>McGrath, Failing by Design (HBR 2011): codify and share what you learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson to keep, or to share with your coach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDelegate</name>
    <message>
        <source>You answered an earlier wording: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Debrief locks once the file being written is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the recording first; then the key can be rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is being written. Rotate the key once it is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief locks once the key change is finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedEntryCard</name>
    <message>
        <source>Written %1 · %2</source>
        <extracomment>%1 is a date and time, %2 the name of a loop stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 names a voice note, %2 is its length (minutes:seconds)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you noticed, a question, an encouragement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordControl</name>
    <message>
        <source>●  Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a voice reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk it through; Ctrl+R starts and stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk it through instead of typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief needs the microphone only to record what you say; the recording stays encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left: at the limit the recording stops and is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording reached the limit of %1 and was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this recording?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have recorded so far will be deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to take each reflection to its next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily review time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders at most per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me at weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders never come in quiet hours; the daily review time is when reminders for the next morning and experiment check days come. The weekly review comes on Sunday when something is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entry&apos;s first line in reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can see your screen or lock screen can read these lines. Turn this off to keep reminders generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: reminders say only what step is next, never what you wrote, so nothing private shows on your lock screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Debrief in the tray when I log in, so reminders come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreSection</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a backup made with “Back up everything”, on this device or another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase or your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into this vault (merge, no duplicates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections already here are kept as they are; only what is missing is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is empty: everything in the backup comes back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief backups (*.debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPrompt</name>
    <message>
        <source>No experiment yet. Plan one in Apply, then come back to record how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it in Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no hypothesis written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, compared with what you expected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the experiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowSelection</name>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>Nothing was entered; the vault stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask for your passphrase or recovery code. Give it with --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap reflections to select them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the selected reflections with a coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected reflections as a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection and leave select mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Someone who gave no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with you by %1. Read-only: your comments go back to them only when you send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send comments back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your comments back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1 and everything they shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the comments for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything %1 shared with you, and your comments on it, is removed from this vault. Comments you already sent stay with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chosen microphone is not connected; using the system default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found. Connect one to record your voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>A recording stops by itself at the limit; a notice shows 30 seconds before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in one encrypted file, protected by a passphrase or your recovery code; restore it here or on a new device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up or restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sharing key lets others share reflections with you, and your name is what they see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sharing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase and keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase, recovery code and vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Debrief keeps your reflections private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase every reflection, voice note and everything shared with you. The vault and its passphrase stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything: asks twice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write here is encrypted and stays on this device. Debrief keeps the key in your system keyring so it opens without a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your recovery code. It is the only way back in on a new device or if the keyring is lost. Write it down or keep it in a password manager: it is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters. You will need it on a new device or if the keyring is lost; nobody can reset it for you.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character. You will need it on a new device or if the keyring is lost; nobody can reset it for you.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters. You will need it on a new device or if the keyring is lost; nobody can reset it for you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Debrief keeps your reflections private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareChoicesModel</name>
    <message>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareCommands</name>
    <message>
        <source>No coach is remembered by that name. Give their key once with --coach NAME --coach-key KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. It is NOT encrypted: anyone who has it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the shared file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared %n reflection(s) in %1.</source>
        <translation>
            <numerusform>Shared %n reflection in %1.</numerusform>
            <numerusform>Shared %n reflections in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the passphrase by another channel than the file (a call, a message app), never in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the shared file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) are about entries no longer here, or older than the one kept; they were skipped.</source>
        <translation>
            <numerusform>%n comment is about entry no longer here, or older than the one kept; they were skipped.</numerusform>
            <numerusform>%n comments are about entries no longer here, or older than the one kept; they were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments from %1: %2 new, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections shared by %1: %2 new, %3 updated. They are under &quot;Shared with me&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareEntryChoices</name>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply these choices to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the choices of “%1” to every reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareError</name>
    <message>
        <source>Cancelled. Nothing was saved and nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid public key. A coach&apos;s key starts with &quot;age1&quot; and is about 60 characters long; copy it again in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This share did not include a key to send comments back to, so comments cannot be sent to its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no comment to send yet. Write a comment on an entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file opened, but it is not a Debrief share or backup (or it is damaged). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds unexpected files, so it was not opened. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than Debrief accepts, so it was not opened. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file&apos;s contents are damaged or were not made by Debrief. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer version of Debrief. Update Debrief to open it; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a different kind of Debrief file: open shares and comments with Import, and backups with Restore. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already holds entries. Merge the backup into it instead (entries already here are kept as they are); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read or written. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share with a coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) for your coach, in one encrypted file: only the person you choose below can open it.</source>
        <translation>
            <numerusform>%n reflection for your coach, in one encrypted file: only the person you choose below can open it.</numerusform>
            <numerusform>%n reflections for your coach, in one encrypted file: only the person you choose below can open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach will see it comes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your coach knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as your coach will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what your coach will read (entries.md in the file); voice notes go along as audio files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of what your coach will read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save encrypted file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the file with another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the encrypted file: confirm it is you, then choose where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to save these reflections for your coach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareProtectionForm</name>
    <message>
        <source>My coach&apos;s key (only they can open it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their public key: age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the coach&apos;s public key from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the shared file, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; several unrelated words are strong and easy to say. Send the passphrase by another channel (a call, a message app), never with the file.</source>
        <translation>
            <numerusform>At least %n character; several unrelated words are strong and easy to say. Send the passphrase by another channel (a call, a message app), never with the file.</numerusform>
            <numerusform>At least %n characters; several unrelated words are strong and easy to say. Send the passphrase by another channel (a call, a message app), never with the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file with your coach&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.txt *.pub *.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedWithMePage</name>
    <message>
        <source>Shared with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file someone shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who gave no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shared with you yet. When someone sends you a .debrief file, open it here or drop it on this window. To receive one, send them your sharing key first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingKeyPage</name>
    <message>
        <source>My sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who wants to share reflections with you, or send your comments back, needs this key. It is public: send it by email or a message, or let them scan the code. Only this vault can open what is encrypted to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sharing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of your sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How others see you, e.g. Alex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as others see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you share with, and the coaches you send comments back to, see this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Deviance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I chose to skip a known rule or practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inattention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I drifted from what I know how to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lack of ability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did not yet have the skills, conditions or training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process inadequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I followed a process that was faulty or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was too hard to get right every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many parts met in a new way and broke down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody could know what would happen; a reasonable step went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I tested an idea that might work, and it did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploratory testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I explored new territory to learn, and got an undesired result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpectrumPrompt</name>
    <message>
        <source>Blameworthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Praiseworthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed yet: pick the point that fits best, or just the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the type: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenAnswer</name>
    <message>
        <source>Speak your answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and save the spoken answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left: at the limit the recording stops and is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the spoken answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken answer · %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken answer · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete spoken answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this spoken answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have said so far will be deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this spoken answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of your answer will be deleted. This cannot be undone; a typed answer stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>%1 (closed)</source>
        <extracomment>%1 is the name of a loop stage (Detect, Analyse, Apply, Continue)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed early: “%1”. You can still read and change the answers; Reopen takes it on from %2.</source>
        <extracomment>%1 is the person&apos;s reason for closing; %2 is the name of a loop stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: the loop is complete. You can still read and change the answers, or reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reflection is at %1; you can still change these answers.</source>
        <extracomment>%1 is the name of a loop stage (Detect, Analyse, Apply, Continue)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>button: %1 is the name of a loop stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On to %1</source>
        <extracomment>loop history: %1 is the name of the loop stage moved to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>loop history: %1 is the name of the loop stage moved back to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <extracomment>loop history: %1 is the name of the skipped stage, %2 the person&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at %1: %2</source>
        <extracomment>loop history: %1 is the name of a loop stage, %2 the person&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened at %1</source>
        <extracomment>loop history: %1 is the name of a loop stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip %1?</source>
        <extracomment>dialog title: %1 is the name of a loop stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words on why, for when you look back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: nothing to change here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this reflection early?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why close it now? You can reopen it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: it no longer matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message numerus="yes">
        <source>%1, on %n reflection(s)</source>
        <comment>tag suggestion: the tag&apos;s name, how many reflections have it</comment>
        <translation>
            <numerusform>%1, on %n reflection</numerusform>
            <numerusform>%1, on %n reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Open Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to open your reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no keyring, so Debrief asks for your passphrase or recovery code each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN to open your reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use your PIN instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key saved in your system keyring does not fit this vault. Unlock with your passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keyring does not hold this vault&apos;s key (it may have been reset). Unlock with your passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be read. Your key is right; the file itself is broken. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, so the vault cannot be unlocked. Restore the file &quot;vault.keys&quot; next to the vault; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available. Unlock with your passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Your text is kept here; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief cannot write to its data folder. Your text is kept here; check the folder&apos;s permissions and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reflection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Debrief. Update Debrief to open it; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists here; Debrief will not create a new one over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief could not read or write its vault. Your text is kept here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be empty and can have at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged, so no passphrase or recovery code can unlock the vault. Nothing has been changed; put back a copy of the file &quot;vault.keys&quot; if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1. Create one with &quot;debrief-cli init&quot;; nothing has been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicePlayerBar</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>playback position / length, both minutes:seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One and a half times as fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice as fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief closed while this was being recorded; everything up to then was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring: Debrief will ask for your passphrase or recovery code at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It is encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments (%1 due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note saved. It is encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave select mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select reflections to share or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingArea</name>
    <message>
        <source>Reflection text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::AppLockController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs the system keyring, which is not available. Use a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a PIN of at least %n digits.</source>
        <translation>
            <numerusform>Choose a PIN of at least %n digit.</numerusform>
            <numerusform>Choose a PIN of at least %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not accept the PIN&apos;s key, so the lock is not on. Try again, or use a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key could not be taken out of the system keyring, so the lock is not on. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not take the vault key back, so the lock stays on. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::AttemptCountdown</name>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::BackupController</name>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery code. It is six groups of four letters and digits, as you wrote it down when you started Debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this vault&apos;s recovery code, so no backup was written. Check it against the code you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up everything (%1) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up everything to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere other than this device; your recovery code opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere other than this device, and the passphrase apart from it: without the passphrase nobody can open it, not even you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase, or your recovery code if it protects the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a shared file (or comments a coach sent back), not a backup. Open it with “Open a shared file” under Shared with me instead; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this backup. Check it and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is encrypted to a key, not protected by a passphrase, so it is not a backup. If someone shared it with you, open it with “Open a shared file” under Shared with me; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflections added</source>
        <translation>
            <numerusform>%n reflection added</numerusform>
            <numerusform>%n reflections added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here (kept as they were)</source>
        <translation>
            <numerusform>%n already here (kept as it was)</numerusform>
            <numerusform>%n already here (kept as they were)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shared with you</source>
        <translation>
            <numerusform>%n entry shared with you</numerusform>
            <numerusform>%n entries shared with you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments from coaches</source>
        <translation>
            <numerusform>%n comment from coach</numerusform>
            <numerusform>%n comments from coaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaches</source>
        <translation>
            <numerusform>%n coach</numerusform>
            <numerusform>%n coaches</numerusform>
        </translation>
    </message>
    <message>
        <source>your sharing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::DueModel</name>
    <message>
        <source>Ready for a closer look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the lesson into one small experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the experiment went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your next smart risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(voice note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <extracomment>When a reminder comes: today at a time, e.g. &quot;Today 14:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <extracomment>When a reminder comes: tomorrow at a time, e.g. &quot;Tomorrow 09:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>When a reminder comes: a weekday and a time, e.g. &quot;Tue 09:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since %1</source>
        <extracomment>A reminder already due: since a time today, e.g. &quot;Due since 14:00&quot;.
----------
A reminder already due: since a day, e.g. &quot;Due since 11/2/26&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::EntryController</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflection cannot be empty. To remove it, use Delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ExamplesController</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ExportController</name>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reflection(s) to “%1”. This file is NOT encrypted: anyone who has it can read it.</source>
        <translation>
            <numerusform>Exported %n reflection to “%1”. This file is NOT encrypted: anyone who has it can read it.</numerusform>
            <numerusform>Exported %n reflections to “%1”. This file is NOT encrypted: anyone who has it can read it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is saved, but it could not be shown. It is in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::HistoryModel</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>history timeline: a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <comment>history timeline: %1 the week&apos;s first day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>history timeline: the first day of a week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with voice</source>
        <comment>timeline summary: reflections with a voice note</comment>
        <translation>
            <numerusform>%n with voice</numerusform>
            <numerusform>%n with voice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiments</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <comment>timeline summary: reflections closed</comment>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ImportController</name>
    <message>
        <source>Type the passphrase the sender gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup: restore it from Settings &gt; Backup. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new comments from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comments from %1.</source>
        <translation>
            <numerusform>%n comment from %1.</numerusform>
            <numerusform>%n comments from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, being about reflections no longer here or older than the ones you have: %n.</source>
        <translation>
            <numerusform>Left out, being about reflection no longer here or older than the ones you have: %n.</numerusform>
            <numerusform>Left out, being about reflections no longer here or older than the ones you have: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections from %1, under Shared with me.</source>
        <translation>
            <numerusform>%n reflection from %1, under Shared with me.</numerusform>
            <numerusform>%n reflections from %1, under Shared with me.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::InsightsModel</name>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message>
        <source>No reflections yet: the funnel fills as reflections move through the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1, %2 reached Analyse, %3 reached Apply and %4 reached Continue; %5 closed.</source>
        <comment>insights funnel: %1 &apos;12 reflections&apos;, %2..%5 numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a duration with a fraction: 2.5 days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time from capture to Analyse: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflection has reached Analyse yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time from Analyse to Apply: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None has gone from Analyse to Apply yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiments yet. In Apply, the smallest test of your best idea becomes an experiment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n experiments planned</source>
        <translation>
            <numerusform>%n experiment planned</numerusform>
            <numerusform>%n experiments planned</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 kept, %3 adjusted, %4 dropped, %5 still running.</source>
        <comment>insights: %1 &apos;5 experiments planned&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure types: %1 intelligent, %2 complex, %3 basic, %4 not placed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons yet. In Apply, write what you learned as a rule you can reuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lessons written.</source>
        <translation>
            <numerusform>%n lesson written.</numerusform>
            <numerusform>%n lessons written.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heat map cell: date, count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the last %n weeks</source>
        <translation>
            <numerusform>In the last %n week</numerusform>
            <numerusform>In the last %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 you wrote no reflections.</source>
        <comment>heat map: %1 &apos;In the last 26 weeks&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on %n days</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 you wrote %2 %3; the most in one day was %4, on %5.</source>
        <comment>heat map: %1 &apos;In the last 26 weeks&apos;, %2 &apos;14 reflections&apos;, %3 &apos;on 10 days&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>heat map: the busiest day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::KeyManagementController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current passphrase or recovery code. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is added. It opens Debrief, like your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. The old one no longer opens Debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your app lock PIN too: the new key is locked with it as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To rotate the key, type your passphrase, not the recovery code: the new key is locked with your passphrase, and a new recovery code replaces the old one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your app lock PIN. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring does not answer, and the app lock PIN needs it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code is in place. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has a new key, and your new recovery code is in place. The old key and the old code no longer open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has a new key. The old one no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::LoopController</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a reflection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That question is not part of Debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Your answers are kept here; unlock to save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no spoken answer to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a point on the spectrum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick basic, complex or intelligent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson belongs to a stage of the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the lesson first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson cannot be empty. To remove it, use Remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change cannot be empty. To remove it, use Remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a date like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an experiment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose keep, adjust or drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your next smart risk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on the current experiment first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::MicrophoneModel</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::NudgeReconciler</name>
    <message>
        <source>Reminders could not be planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder was shown but could not be noted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder could not be dismissed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::NudgeSettings</name>
    <message>
        <source>Debrief could not be set to start at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief could not stop starting at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::PlayerController</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::PrivacyController</name>
    <message>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was erased. Your vault is empty and ready for new reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was erased. Your vault is empty and ready for new reflections; Debrief finishes tidying the file by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ReceivedEntriesModel</name>
    <message>
        <source>Reflection (its text was not shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken answer to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::RecordController</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A voice note is still being recorded. Stop or discard it first, then speak your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another answer is still being recorded. Stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::SecretCheck</name>
    <message>
        <source>Enter your passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ShareController</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one part of one reflection to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name first: your coach sees who sent the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to “%1”. Only %2 can open it.</source>
        <translation>
            <numerusform>Saved %n reflection to “%1”. Only %2 can open it.</numerusform>
            <numerusform>Saved %n reflections to “%1”. Only %2 can open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to “%1”. Send the passphrase by another channel (a call, a message app), never with the file.</source>
        <translation>
            <numerusform>Saved %n reflection to “%1”. Send the passphrase by another channel (a call, a message app), never with the file.</numerusform>
            <numerusform>Saved %n reflections to “%1”. Send the passphrase by another channel (a call, a message app), never with the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections for your coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is saved, but no app could take it. Find it in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is saved, but its folder could not be opened. It is in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ShareProtectionChoice</name>
    <message>
        <source>Choose your coach, or add their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your coach a name, so you can pick them next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public key (age1…) in that file. Ask your coach for their public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::SharedWithMeController</name>
    <message>
        <source>the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Send it to %2: only they can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send comments to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not offer to send it; send the file to %1 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Choose how to send it to %2: only they can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; its folder is open. Send it to %2: only they can open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::SharingKeyController</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::TagsController</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::VaultController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged vault was moved to %1. Debrief started a new, empty vault with the same key; the damaged file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter your PIN of at least %n digits.</source>
        <translation>
            <numerusform>Enter your PIN of at least %n digit.</numerusform>
            <numerusform>Enter your PIN of at least %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN cannot be checked because the system keyring does not answer. Use your recovery code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN does not open this vault. Check it and try again; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::VoicePlayer</name>
    <message>
        <source>This recording cannot be played: its audio is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording holds no sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker or headphones are available to play this recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound output “%1” cannot play recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the recording is damaged and cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound output could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback stopped: the sound output is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of this recording is damaged and cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::VoiceRecorder</name>
    <message>
        <source>Debrief may not use the microphone. Allow microphone access for Debrief in your system settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or check that it is switched on), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone chosen in the settings is not connected. Recording with “%1” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone could not be started. Another app may be using it; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone sent no sound. Check that it is connected and switched on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped working (was it unplugged?). What you recorded until then is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped working before anything was recorded. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s audio service stopped. What you recorded until then is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s audio service is not running, so nothing can be recorded. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the recording stopped. What was saved until then is kept; free some space before recording again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the recording could not be saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief could not write the recording to its vault, so it stopped. What was saved until then is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief could not write the recording to its vault, so it stopped. What was saved until then shows as recovered the next time Debrief opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief could not write to its vault, so nothing was recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief could not encode the rest of the recording. What was saved until then is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief could not encode the recording; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::VoiceSettings</name>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::bundlemarkdown</name>
    <message>
        <source>strength %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Stage answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Kind of failure:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Moves between stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Possible changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact %1, feasibility %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>### Voice notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken answer to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Reflections shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Reflections shared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Comments on your reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Comments from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Debrief backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## On your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## On your entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Comments from coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Shared with you by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Your comment:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; **Not encrypted.** Anyone who has this file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice notes are in the audio folder as Ogg Opus files, which most media players play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Debrief: reflect on setbacks, privately, and turn them into small experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the whole UI, then quit: 0 when it loaded without a QML error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the vault in &lt;dir&gt; instead of the standard data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray without a window (used when starting at login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a new, empty vault with example reflections (marked as examples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .debrief file someone sent you: opened once the vault is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
