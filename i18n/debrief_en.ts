<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
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
        <source>No reflections yet. Right after something goes differently than you hoped, write down what happened: it takes a minute, and it stays encrypted on this device.</source>
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
    <name>InitCommand</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>Main</name>
    <message>
        <source>Debrief</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>WritingArea</name>
    <message>
        <source>Reflection text</source>
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
    <name>debrief::VaultController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
</TS>
