<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgeError</name>
    <message>
        <source>None of your keys opens this file. It was encrypted for someone else, or for a key you no longer have.</source>
        <translation>你的密钥都打不开这个文件。它是为别人加密的，或者用的是你已经没有的密钥。</translation>
    </message>
    <message>
        <source>That passphrase does not open this file. Check it and try again.</source>
        <translation>这个密码短语打不开该文件。请检查后再试一次。</translation>
    </message>
    <message>
        <source>This file was encrypted for a kind of key Debrief cannot use. Ask the sender to encrypt it to your age1… key or with a passphrase.</source>
        <translation>这个文件所用的密钥类型 Debrief 无法使用。请发送者改用你的 age1… 密钥或密码短语加密。</translation>
    </message>
    <message>
        <source>This is not an encrypted Debrief or age file.</source>
        <translation>这不是加密的 Debrief 或 age 文件。</translation>
    </message>
    <message>
        <source>This encrypted file is damaged or incomplete: its header cannot be read.</source>
        <translation>这个加密文件已损坏或不完整：无法读取文件头。</translation>
    </message>
    <message>
        <source>This file uses a newer encryption format than this version of Debrief understands.</source>
        <translation>这个文件使用了比当前 Debrief 版本更新的加密格式。</translation>
    </message>
    <message>
        <source>This file&apos;s passphrase protection asks for more computing work than Debrief allows, so it was not opened.</source>
        <translation>这个文件的密码短语保护需要的计算量超出了 Debrief 的允许范围，因此没有打开。</translation>
    </message>
    <message>
        <source>This file&apos;s header is larger than Debrief accepts, so it was not opened.</source>
        <translation>这个文件的文件头超出了 Debrief 接受的大小，因此没有打开。</translation>
    </message>
    <message>
        <source>This file was changed after it was encrypted (its header does not verify). It was not opened.</source>
        <translation>这个文件在加密后被修改过（文件头无法验证），因此没有打开。</translation>
    </message>
    <message>
        <source>This text-encoded (armored) file is damaged: extra or missing lines or characters. Ask for the file again.</source>
        <translation>这个文本编码（armored）文件已损坏：多了或少了某些行或字符。请重新索取该文件。</translation>
    </message>
    <message>
        <source>This file is incomplete: it ends too early, as after an interrupted download or copy.</source>
        <translation>这个文件不完整：它提前结束了，可能是下载或复制中断了。</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or was changed after it was encrypted.</source>
        <translation>这个文件已损坏、不完整，或在加密后被修改过。</translation>
    </message>
    <message>
        <source>That is not a valid age key. A public key starts with &quot;age1&quot;; a secret key starts with &quot;AGE-SECRET-KEY-1&quot;.</source>
        <translation>这不是有效的 age 密钥。公钥以“age1”开头；私钥以“AGE-SECRET-KEY-1”开头。</translation>
    </message>
    <message>
        <source>Choose either one passphrase or one or more public keys to encrypt to.</source>
        <translation>请选择一个密码短语，或者一个或多个用于加密的公钥，二者选其一。</translation>
    </message>
    <message>
        <source>The file could not be read or written (is the disk full or the file gone?).</source>
        <translation>无法读写该文件（磁盘满了，还是文件不见了？）。</translation>
    </message>
</context>
<context>
    <name>AndroidNotifier</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Nudges toward the next step of your reflections</source>
        <translation>提醒你推进反思的下一步</translation>
    </message>
</context>
<context>
    <name>AppLockSettings</name>
    <message>
        <source>App lock</source>
        <translation>应用锁</translation>
    </message>
    <message>
        <source>Off: Debrief opens without asking, with the key kept in the system keyring.</source>
        <translation>关闭：Debrief 打开时不询问，密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>On with a PIN: Debrief asks for it when it starts and after it locks. Your recovery code always works too.</source>
        <translation>使用 PIN 码开启：Debrief 在启动时和锁定后会要求输入 PIN 码。你的恢复码也始终有效。</translation>
    </message>
    <message>
        <source>On with your passphrase: Debrief asks for it when it starts and after it locks. Your recovery code always works too.</source>
        <translation>使用密码短语开启：Debrief 在启动时和锁定后会要求输入密码短语。你的恢复码也始终有效。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Lock with the passphrase</source>
        <translation>用密码短语锁定</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Lock with a PIN</source>
        <translation>用 PIN 码锁定</translation>
    </message>
    <message numerus="yes">
        <source>New PIN (at least %n digits)</source>
        <translation>
            <numerusform>新的 PIN 码（至少 %n 位数字）</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>你的密码短语</translation>
    </message>
    <message numerus="yes">
        <source>New passphrase (at least %n characters)</source>
        <translation>
            <numerusform>新的密码短语（至少 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Turn the lock on</source>
        <translation>开启锁定</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>自动锁定时间</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in the background or without use</source>
        <translation>
            <numerusform>在后台或未使用 %n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Turn the lock off…</source>
        <translation>关闭锁定…</translation>
    </message>
    <message>
        <source>Turn the lock off</source>
        <translation>关闭锁定</translation>
    </message>
    <message>
        <source>Enter your PIN, passphrase or recovery code. The key then goes back to the system keyring and Debrief opens without asking.</source>
        <translation>输入你的 PIN 码、密码短语或恢复码。之后密钥会放回系统钥匙串，Debrief 打开时不再询问。</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code. The key then goes back to the system keyring and Debrief opens without asking.</source>
        <translation>输入你的密码短语或恢复码。之后密钥会放回系统钥匙串，Debrief 打开时不再询问。</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Your recovery code: </source>
        <translation>你的恢复码： </translation>
    </message>
    <message>
        <source>That is not this vault&apos;s recovery code; no backup was written.</source>
        <translation>这不是此保险库的恢复码；没有写入备份。</translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>备份的密码短语： </translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backed up everything to %1.</source>
        <translation>已将全部内容备份到 %1。</translation>
    </message>
    <message>
        <source>Passphrase or recovery code of the backup: </source>
        <translation>备份的密码短语或恢复码： </translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Shared with me: %1 added, %2 already here.</source>
        <translation>分享给我的：新增 %1 条，已有 %2 条。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n reflection(s).</source>
        <translation>
            <numerusform>已恢复 %n 条反思。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) were already here and kept as they are.</source>
        <translation>
            <numerusform>%n 条反思原本就在，保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Back up everything</source>
        <translation>备份全部内容</translation>
    </message>
    <message>
        <source>One encrypted file with all your reflections, their loops, tags and voice notes, your sharing key and coaches, what others shared with you and the comments coaches sent back. Settings and reminders are not included.</source>
        <translation>一个加密文件，包含你所有的反思及其循环、标签和语音笔记，你的分享密钥和教练，别人分享给你的内容，以及教练发回的评论。不包括设置和提醒。</translation>
    </message>
    <message>
        <source>Protect it with</source>
        <translation>保护方式</translation>
    </message>
    <message>
        <source>A new passphrase</source>
        <translation>新的密码短语</translation>
    </message>
    <message>
        <source>My recovery code</source>
        <translation>我的恢复码</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>备份的密码短语</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Passphrase for the backup, again</source>
        <translation>再次输入备份的密码短语</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>强度：%1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it: without it, the backup cannot be opened.</source>
        <translation>
            <numerusform>至少 %n 个字符。几个互不相关的词组合起来既安全又好记。没有人能重置它：没有它，就无法打开备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>你的恢复码</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you started Debrief. With it you can restore the backup on a new device.</source>
        <translation>输入你第一次使用 Debrief 时记下的恢复码。有了它，你就能在新设备上恢复备份。</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Back up everything: choose where to save the file</source>
        <translation>备份全部内容：选择文件保存位置</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>保存备份</translation>
    </message>
    <message>
        <source>Debrief backups (*.debrief)</source>
        <translation>Debrief 备份 (*.debrief)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to back up everything.</source>
        <translation>输入你的密码短语或恢复码以备份全部内容。</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>Restore progress</source>
        <translation>恢复进度</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>备份进度</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>取消恢复</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>取消备份</translation>
    </message>
    <message>
        <source>Restoring… Nothing changes in your vault until it is complete.</source>
        <translation>正在恢复… 完成之前，你的保险库不会有任何变化。</translation>
    </message>
    <message>
        <source>Backing up… The file appears only when it is complete.</source>
        <translation>正在备份… 文件在完成后才会出现。</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <source>New reflection</source>
        <translation>新的反思</translation>
    </message>
    <message>
        <source>What just happened?</source>
        <translation>刚刚发生了什么？</translation>
    </message>
    <message>
        <source>While it is fresh: what did you expect, and what actually happened?</source>
        <translation>趁记忆还新鲜：你原本期待什么，实际又发生了什么？</translation>
    </message>
    <message>
        <source>Start writing…</source>
        <translation>开始写吧…</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter 保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>ChangeDot</name>
    <message>
        <source>Change %1: %2, %3</source>
        <extracomment>%1 is the change&apos;s number, %2 its text, %3 its place on the impact/feasibility grid</extracomment>
        <translation>改变 %1：%2，%3</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <source>Change %1</source>
        <translation>改变 %1</translation>
    </message>
    <message>
        <source>Remove change %1</source>
        <translation>移除改变 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Impact of change %1</source>
        <translation>改变 %1 的影响</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>可行性</translation>
    </message>
    <message>
        <source>Feasibility of change %1</source>
        <translation>改变 %1 的可行性</translation>
    </message>
    <message>
        <source>Being tested</source>
        <translation>正在测试</translation>
    </message>
    <message>
        <source>Test this one</source>
        <translation>测试这一项</translation>
    </message>
</context>
<context>
    <name>ChangesGrid</name>
    <message>
        <source>Impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <source>Easier to do →</source>
        <translation>更容易做到 →</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>大投入</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>速赢</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Easy extras</source>
        <translation>顺手小事</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Quick win</source>
        <translation>速赢</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>大投入</translation>
    </message>
    <message>
        <source>Easy extra</source>
        <translation>顺手小事</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>ChangesPrompt</name>
    <message>
        <source>Four is plenty: pick the one worth testing.</source>
        <translation>四个就够了：挑出最值得测试的那一个。</translation>
    </message>
    <message>
        <source>A change you could make</source>
        <translation>一个你可以做出的改变</translation>
    </message>
    <message>
        <source>Another change</source>
        <translation>另一个改变</translation>
    </message>
    <message>
        <source>New possible change</source>
        <translation>新的可能改变</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Use the vault in DIR instead of the standard data folder.</source>
        <translation>使用 DIR 中的保险库，而不是标准数据文件夹。</translation>
    </message>
    <message>
        <source>Read the passphrase or recovery code from the first line of FILE instead of asking on the terminal (used when the keyring cannot unlock the vault; for init, the new vault&apos;s passphrase).</source>
        <translation>从 FILE 的第一行读取密码短语或恢复码，而不是在终端中询问（用于钥匙串无法解锁保险库时；对于 init，则是新保险库的密码短语）。</translation>
    </message>
    <message>
        <source>Show at most N reflections (default 20).</source>
        <translation>最多显示 N 条反思（默认 20）。</translation>
    </message>
    <message>
        <source>export: encrypt to this coach&apos;s public key (age1…). With --coach, the key is remembered under that name.</source>
        <translation>export：加密给这位教练的公钥（age1…）。配合 --coach 使用时，会以该名字记住这个密钥。</translation>
    </message>
    <message>
        <source>export: encrypt to the coach remembered as NAME.</source>
        <translation>export：加密给以 NAME 记住的教练。</translation>
    </message>
    <message>
        <source>export: leave these parts out of every entry, comma-separated: text, answers, lessons, voice.</source>
        <translation>export：在每个条目中省略这些部分，以逗号分隔：text、answers、lessons、voice。</translation>
    </message>
    <message>
        <source>export: write readable Markdown instead. It is NOT encrypted.</source>
        <translation>export：改为写出可读的 Markdown。它不会被加密。</translation>
    </message>
    <message>
        <source>restore: add the backup to a vault in use; entries already there are kept and nothing is added twice.</source>
        <translation>restore：将备份添加到正在使用的保险库；已有条目会保留，不会重复添加。</translation>
    </message>
    <message>
        <source>backup: protect the backup with your recovery code instead of a new passphrase.</source>
        <translation>backup：用你的恢复码而不是新的密码短语保护备份。</translation>
    </message>
    <message>
        <source>key, export: the name coaches see on what you send (remembered).</source>
        <translation>key、export：教练在你发送的内容上看到的名字（会被记住）。</translation>
    </message>
    <message>
        <source>Read the passphrase of the .debrief or backup file (not the vault&apos;s) from the first line of FILE instead of asking on the terminal.</source>
        <translation>从 FILE 的第一行读取 .debrief 或备份文件的密码短语（不是保险库的），而不是在终端中询问。</translation>
    </message>
    <message>
        <source>Unknown option or missing value. To save text that starts with &quot;-&quot;, use &quot;add -&quot; or put &quot;--&quot; before it. See --help.</source>
        <translation>未知选项或缺少值。要保存以“-”开头的文本，请使用“add -”或在前面加上“--”。参见 --help。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation>--limit 需要一个至少为 1 的整数。</translation>
    </message>
    <message>
        <source>--limit only applies to list and search.</source>
        <translation>--limit 只适用于 list 和 search。</translation>
    </message>
    <message>
        <source>--coach-key only applies to export.</source>
        <translation>--coach-key 只适用于 export。</translation>
    </message>
    <message>
        <source>--coach only applies to export.</source>
        <translation>--coach 只适用于 export。</translation>
    </message>
    <message>
        <source>--leave-out only applies to export.</source>
        <translation>--leave-out 只适用于 export。</translation>
    </message>
    <message>
        <source>--markdown only applies to export.</source>
        <translation>--markdown 只适用于 export。</translation>
    </message>
    <message>
        <source>--merge only applies to restore.</source>
        <translation>--merge 只适用于 restore。</translation>
    </message>
    <message>
        <source>--recovery-code only applies to backup.</source>
        <translation>--recovery-code 只适用于 backup。</translation>
    </message>
    <message>
        <source>--name only applies to key and export.</source>
        <translation>--name 只适用于 key 和 export。</translation>
    </message>
    <message>
        <source>--file-passphrase-file only applies to export, import, backup and restore.</source>
        <translation>--file-passphrase-file 只适用于 export、import、backup 和 restore。</translation>
    </message>
    <message>
        <source>--leave-out takes text, answers, lessons and voice, comma-separated.</source>
        <translation>--leave-out 接受 text、answers、lessons 和 voice，以逗号分隔。</translation>
    </message>
    <message>
        <source>--markdown writes a readable file that is not encrypted: it takes no key or passphrase.</source>
        <translation>--markdown 写出的是未加密的可读文件：它不接受密钥或密码短语。</translation>
    </message>
    <message>
        <source>No command given. See --help.</source>
        <translation>未指定命令。参见 --help。</translation>
    </message>
    <message>
        <source>show needs the number of a reflection, as shown by list.</source>
        <translation>show 需要一条反思的编号，即 list 显示的编号。</translation>
    </message>
    <message>
        <source>export needs a file name, then the numbers of the reflections, as shown by list.</source>
        <translation>export 需要一个文件名，然后是反思的编号，即 list 显示的编号。</translation>
    </message>
    <message>
        <source>Wrong arguments for that command. See --help.</source>
        <translation>该命令的参数有误。参见 --help。</translation>
    </message>
    <message>
        <source>Unknown command. See --help.</source>
        <translation>未知命令。参见 --help。</translation>
    </message>
    <message>
        <source>Usage: debrief-cli [options] COMMAND [arguments]</source>
        <translation>用法：debrief-cli [选项] 命令 [参数]</translation>
    </message>
    <message>
        <source>Debrief on the command line: the same private, encrypted vault as the app. The vault is unlocked with the key in your system keyring, or else with your passphrase or recovery code.</source>
        <translation>命令行中的 Debrief：与应用使用同一个私密的加密保险库。保险库通过系统钥匙串中的密钥解锁，否则使用你的密码短语或恢复码。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>  init           Create a new vault. With --passphrase-file, that passphrase protects it; otherwise a recovery code is made and shown once.</source>
        <translation>  init           创建新的保险库。使用 --passphrase-file 时由该密码短语保护；否则会生成恢复码并只显示一次。</translation>
    </message>
    <message>
        <source>  add -          Save a reflection typed or piped on standard input (recommended: other users can see command-line arguments).</source>
        <translation>  add -          保存从标准输入键入或管道传入的反思（推荐：其他用户可以看到命令行参数）。</translation>
    </message>
    <message>
        <source>  add TEXT       Save TEXT as a reflection.</source>
        <translation>  add TEXT       将 TEXT 保存为一条反思。</translation>
    </message>
    <message>
        <source>  list           List reflections, newest first: number, date and time, first line.</source>
        <translation>  list           列出反思，最新的在前：编号、日期和时间、第一行。</translation>
    </message>
    <message>
        <source>  show ID        Show one reflection in full.</source>
        <translation>  show ID        完整显示一条反思。</translation>
    </message>
    <message>
        <source>  search QUERY   Search reflections, best matches first; matches are marked.</source>
        <translation>  search QUERY   搜索反思，最佳匹配在前；匹配处会被标记。</translation>
    </message>
    <message>
        <source>  export FILE ID...  Share reflections with a coach as an encrypted .debrief file: to the coach&apos;s key with --coach-key or --coach, otherwise protected by a passphrase to send by another channel. --leave-out leaves parts out. With --markdown, a readable Markdown file instead (NOT encrypted). Asks for your vault passphrase again.</source>
        <translation>  export FILE ID...  将反思作为加密的 .debrief 文件分享给教练：使用 --coach-key 或 --coach 加密给教练的密钥，否则用密码短语保护，并通过其他渠道发送该密码短语。--leave-out 可省略部分内容。使用 --markdown 则改为可读的 Markdown 文件（不加密）。会再次询问你的保险库密码短语。</translation>
    </message>
    <message>
        <source>  import FILE    Open a .debrief file sent to you: a share goes under &quot;Shared with me&quot;, comments beside your own reflections. Nothing is imported from a damaged file.</source>
        <translation>  import FILE    打开别人发给你的 .debrief 文件：分享的内容放在“分享给我的”下，评论放在你自己的反思旁边。损坏的文件不会导入任何内容。</translation>
    </message>
    <message>
        <source>  backup FILE    Back up everything into one encrypted file, protected by a passphrase or, with --recovery-code, your recovery code. Asks for your vault passphrase again.</source>
        <translation>  backup FILE    将全部内容备份到一个加密文件，用密码短语保护，或使用 --recovery-code 时用你的恢复码保护。会再次询问你的保险库密码短语。</translation>
    </message>
    <message>
        <source>  restore FILE   Restore a backup into an empty vault; with --merge, into one in use (nothing is added twice).</source>
        <translation>  restore FILE   将备份恢复到空的保险库；使用 --merge 时恢复到正在使用的保险库（不会重复添加）。</translation>
    </message>
    <message>
        <source>  key            Show this vault&apos;s public key (age1…) to give a coach, who can then export to it.</source>
        <translation>  key            显示此保险库的公钥（age1…），交给教练后，教练就能导出给你。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>  %1  success</source>
        <translation>  %1  成功</translation>
    </message>
    <message>
        <source>  %1  wrong usage</source>
        <translation>  %1  用法错误</translation>
    </message>
    <message>
        <source>  %1  still locked: wrong passphrase or recovery code, or none given</source>
        <translation>  %1  仍处于锁定：密码短语或恢复码错误，或未提供</translation>
    </message>
    <message>
        <source>  %1  the vault or its key file is damaged, missing or too new</source>
        <translation>  %1  保险库或其密钥文件损坏、缺失或版本太新</translation>
    </message>
    <message>
        <source>  %1  the disk is full or the data folder cannot be read or written</source>
        <translation>  %1  磁盘已满，或数据文件夹无法读写</translation>
    </message>
    <message>
        <source>  %1  no reflection with that number</source>
        <translation>  %1  没有该编号的反思</translation>
    </message>
    <message>
        <source>  %1  no vault yet (run init)</source>
        <translation>  %1  还没有保险库（请运行 init）</translation>
    </message>
    <message>
        <source>  %1  init refused: a vault already exists</source>
        <translation>  %1  init 被拒绝：保险库已存在</translation>
    </message>
    <message>
        <source>  %1  the file to import or restore: wrong key or passphrase</source>
        <translation>  %1  要导入或恢复的文件：密钥或密码短语错误</translation>
    </message>
    <message>
        <source>  %1  the file to import or restore: damaged, too large, or not that kind of Debrief file</source>
        <translation>  %1  要导入或恢复的文件：已损坏、太大，或不是这类 Debrief 文件</translation>
    </message>
    <message>
        <source>  %1  restore refused: the vault is not empty (use --merge)</source>
        <translation>  %1  restore 被拒绝：保险库不是空的（请使用 --merge）</translation>
    </message>
</context>
<context>
    <name>CoachComments</name>
    <message>
        <source>Coach comments</source>
        <translation>教练的评论</translation>
    </message>
    <message>
        <source>A coach</source>
        <translation>一位教练</translation>
    </message>
    <message>
        <source>%1 wrote: %2</source>
        <extracomment>%1 is the coach&apos;s name, %2 the comment</extracomment>
        <translation>%1 写道：%2</translation>
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
        <translation>删除这条反思？</translation>
    </message>
    <message>
        <source>Its answers, lessons, experiments, tags and voice notes go with it. You can undo this right after.</source>
        <translation>它的回答、心得、实验、标签和语音笔记会一起删除。删除后可以立即撤销。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ConfirmSecretDialog</name>
    <message>
        <source>Enter your passphrase or recovery code to go on.</source>
        <translation>输入你的密码短语或恢复码以继续。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>确认是你本人</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>密码短语或恢复码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DecisionPrompt</name>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Adjust it</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Drop it</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Decided: %1. The experiment is checked.</source>
        <translation>已决定：%1。这个实验已检验完毕。</translation>
    </message>
</context>
<context>
    <name>DonutChart</name>
    <message>
        <source>%1: %2</source>
        <extracomment>chart legend: %1 is a failure type, %2 how many reflections</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting now</source>
        <translation>
            <numerusform>现在有 %n 项在等待</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting right now. Coming up:</source>
        <translation>现在没有等待的事项。即将到来：</translation>
    </message>
    <message>
        <source>Notifications are off for Debrief in your system settings, so reminders only show here.</source>
        <translation>系统设置中关闭了 Debrief 的通知，所以提醒只会显示在这里。</translation>
    </message>
    <message>
        <source>Reminders off</source>
        <translation>提醒已关闭</translation>
    </message>
    <message>
        <source>Not now: no reminder until it changes</source>
        <translation>暂不：在情况变化前不再提醒</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 小时后提醒</translation>
    </message>
    <message>
        <source>Snooze until this evening</source>
        <translation>今晚再提醒</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Turn reminders on for this entry</source>
        <translation>为这个条目开启提醒</translation>
    </message>
    <message>
        <source>Turn reminders off for this entry</source>
        <translation>为这个条目关闭提醒</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is the name of a loop stage, %2 what is waiting</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reminder options</source>
        <translation>提醒选项</translation>
    </message>
    <message>
        <source>Nothing is waiting. After you capture a reflection, Debrief reminds you at a good time to look at it more closely, to try one small experiment, to check how it went and to take your next smart risk. Each step shows up here.</source>
        <translation>现在没有等待的事项。记录一条反思之后，Debrief 会在合适的时间提醒你：仔细看看它、尝试一个小实验、检验结果如何，以及迈出下一次明智的冒险。每一步都会出现在这里。</translation>
    </message>
</context>
<context>
    <name>EntryCommands</name>
    <message>
        <source>Type your reflection, then press Ctrl-D on a new line.</source>
        <translation>输入你的反思，然后在新的一行按 Ctrl-D。</translation>
    </message>
    <message>
        <source>Nothing to save: the reflection is empty.</source>
        <translation>没有可保存的内容：反思是空的。</translation>
    </message>
    <message>
        <source>Saved reflection %1.</source>
        <translation>已保存反思 %1。</translation>
    </message>
    <message>
        <source>Reflection %1, written %2</source>
        <translation>反思 %1，写于 %2</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <source>No reflection matches that search.</source>
        <translation>没有与搜索匹配的反思。</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 is a long date, %2 a time of day</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>反思</translation>
    </message>
    <message>
        <source>Add notes beside the recording…</source>
        <translation>在录音旁添加笔记…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminders for this reflection</source>
        <translation>这条反思的提醒</translation>
    </message>
    <message>
        <source>When off, Debrief does not remind you about this reflection.</source>
        <translation>关闭后，Debrief 不会再就这条反思提醒你。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
</context>
<context>
    <name>EraseFlow</name>
    <message>
        <source>Erase everything?</source>
        <translation>清除全部内容？</translation>
    </message>
    <message>
        <source>This removes, for good: every reflection and voice note, every answer, lesson, possible change and experiment, your tags and reminder choices, the comments coaches sent back, everything others shared with you, and the coaches you share with. Undo is not possible. Shares and exports you already sent or saved elsewhere are not affected.</source>
        <translation>这会永久移除：每一条反思和语音笔记，每一个回答、心得、可能的改变和实验，你的标签和提醒设置，教练发回的评论，别人分享给你的所有内容，以及你与之分享的教练。此操作无法撤销。你已经发送或保存在别处的分享和导出文件不受影响。</translation>
    </message>
    <message>
        <source>What stays: the empty vault with its passphrase or recovery code, your sharing key and name, and your settings, so you can start again right away. To keep a copy first, make a backup.</source>
        <translation>保留的内容：空的保险库及其密码短语或恢复码、你的分享密钥和名字，以及你的设置，这样你可以马上重新开始。如果想先保留一份副本，请先备份。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel: keep everything</source>
        <translation>取消：保留全部内容</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>清除全部内容…</translation>
    </message>
    <message>
        <source>Go on to erase everything: confirm with your passphrase or recovery code</source>
        <translation>继续清除全部内容：用你的密码短语或恢复码确认</translation>
    </message>
    <message>
        <source>Confirm to erase everything</source>
        <translation>确认清除全部内容</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to erase every reflection and everything shared with you. This cannot be undone.</source>
        <translation>输入你的密码短语或恢复码，以清除每一条反思和别人分享给你的所有内容。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>清除全部内容</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>正在清除…</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>正在清除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ExampleReflections</name>
    <message>
        <source>I forgot to call a client back</source>
        <translation>我忘了给客户回电话</translation>
    </message>
    <message>
        <source>Promised Marta a call before noon about the delivery date. I remembered at 4 pm; by then she had written to my manager.</source>
        <translation>答应过 Marta 中午前打电话确认交付日期。我下午 4 点才想起来；那时她已经给我的经理写信了。</translation>
    </message>
    <message>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>A quick call, the delivery date confirmed before lunch.</source>
        <translation>打个简短的电话，午饭前确认交付日期。</translation>
    </message>
    <message>
        <source>A meeting at 11:30 ran long and I had set no reminder. She emailed my manager at 3 pm.</source>
        <translation>11:30 的会议拖长了，而我没有设提醒。她在下午 3 点给我的经理发了邮件。</translation>
    </message>
    <message>
        <source>embarrassed</source>
        <translation>尴尬</translation>
    </message>
    <message>
        <source>The feedback talk with Sam went sideways</source>
        <translation>和 Sam 的反馈谈话跑偏了</translation>
    </message>
    <message>
        <source>I wanted to tell Sam that his reports keep arriving late. It came out as criticism of him instead of the handover, and he went quiet halfway through.</source>
        <translation>我想告诉 Sam 他的报告总是迟交。结果听起来像是在批评他本人，而不是交接流程，他谈到一半就不说话了。</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>A calm talk and a new deadline we both agree on.</source>
        <translation>一次平静的谈话，以及一个我们都同意的新截止日期。</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>沮丧</translation>
    </message>
    <message>
        <source>I made it about him instead of about the handover.</source>
        <translation>我把问题变成了针对他，而不是针对交接。</translation>
    </message>
    <message>
        <source>The team meeting ran an hour over and decided nothing</source>
        <translation>团队会议超时一小时，什么也没决定</translation>
    </message>
    <message>
        <source>Weekly planning with eight people and no agenda sent out. We spent most of the time on one bug report and left without owners for the next sprint.</source>
        <translation>八个人的周计划会，没有提前发议程。我们把大部分时间花在一个错误报告上，散会时下个冲刺还没有负责人。</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Forty-five minutes, an owner for every sprint goal.</source>
        <translation>四十五分钟，每个冲刺目标都有负责人。</translation>
    </message>
    <message>
        <source>It ran 1 hour 45 minutes. Two people left early. No owners were assigned.</source>
        <translation>会议开了 1 小时 45 分钟。两个人提前离开。没有分配负责人。</translation>
    </message>
    <message>
        <source>drained</source>
        <translation>精疲力尽</translation>
    </message>
    <message>
        <source>Without an agenda, the loudest topic took over.</source>
        <translation>没有议程，最吵的话题就占了上风。</translation>
    </message>
    <message>
        <source>No agenda, no timekeeper, and the bug had no other place to be discussed.</source>
        <translation>没有议程，没有人控制时间，而这个错误也没有别的地方可以讨论。</translation>
    </message>
    <message>
        <source>I knew the bug was urgent; I did not know half the room had no context on it.</source>
        <translation>我知道这个错误很紧急；但不知道会议室里一半的人对它毫无背景了解。</translation>
    </message>
    <message>
        <source>My estimate for the data migration was three weeks short</source>
        <translation>我对数据迁移的估计少了三周</translation>
    </message>
    <message>
        <source>I told the client two weeks for the migration. It took five: the old export had undocumented fields and needed two rounds of clean-up.</source>
        <translation>我告诉客户迁移需要两周。结果用了五周：旧的导出文件有未记录的字段，需要清理两轮。</translation>
    </message>
    <message>
        <source>estimates</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Two weeks, one test run, go-live on the 12th.</source>
        <translation>两周，一次试运行，12 号上线。</translation>
    </message>
    <message>
        <source>Five weeks. The go-live date moved twice.</source>
        <translation>五周。上线日期推迟了两次。</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <source>Why late? The data needed clean-up.
Why? Fields nobody had documented.
Why not found earlier? We never looked at a sample of the export.
Why? The estimate came from the specification alone.</source>
        <translation>为什么延误？数据需要清理。
为什么？有没人记录过的字段。
为什么没有早点发现？我们从没看过导出文件的样本。
为什么？估算只依据了需求说明。</translation>
    </message>
    <message>
        <source>A client migration estimated at two weeks.</source>
        <translation>一次估计为两周的客户迁移。</translation>
    </message>
    <message>
        <source>The export held undocumented fields that needed cleaning.</source>
        <translation>导出文件里有未记录的字段，需要清理。</translation>
    </message>
    <message>
        <source>Estimate from a sample of real data, with a buffer for surprises.</source>
        <translation>根据真实数据的样本来估算，并为意外留出缓冲。</translation>
    </message>
    <message>
        <source>I missed the deadline for the quarterly report</source>
        <translation>我错过了季度报告的截止时间</translation>
    </message>
    <message>
        <source>The report was due Friday at five. I sent it on Monday morning, and finance had to delay their summary.</source>
        <translation>报告应在周五五点前交。我周一早上才发出，财务部不得不推迟他们的汇总。</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Sent Monday 9:10. Finance&apos;s summary moved by a day.</source>
        <translation>周一 9:10 发出。财务部的汇总推迟了一天。</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>内疚</translation>
    </message>
    <message>
        <source>I started on Thursday, thinking the numbers would take an hour. They took a day.</source>
        <translation>我周四才开始，以为数字一个小时就能搞定。结果花了一整天。</translation>
    </message>
    <message>
        <source>The numbers come from three teams and one always sends late; my plan did not allow for it.</source>
        <translation>数字来自三个团队，其中一个总是晚交；我的计划没有考虑到这一点。</translation>
    </message>
    <message>
        <source>Start from the slowest input, not from the writing.</source>
        <translation>从最慢的输入开始，而不是从写作开始。</translation>
    </message>
    <message>
        <source>When a deliverable depends on other teams&apos; numbers, I ask for them a week ahead.</source>
        <translation>当交付物依赖其他团队的数字时，我会提前一周去要。</translation>
    </message>
    <message>
        <source>Ask for the numbers on the Monday before</source>
        <translation>在前一周的周一索要数字</translation>
    </message>
    <message>
        <source>Block two hours on Wednesday for a first draft</source>
        <translation>周三空出两小时写初稿</translation>
    </message>
    <message>
        <source>Agree a standing due date with the three teams</source>
        <translation>和三个团队约定固定的提交日期</translation>
    </message>
    <message>
        <source>If I ask a week early, I will have every number by Wednesday.</source>
        <translation>如果我提前一周去要，周三前就能拿到所有数字。</translation>
    </message>
    <message>
        <source>Send the request next Monday, due Wednesday.</source>
        <translation>下周一发出请求，周三截止。</translation>
    </message>
    <message>
        <source>All three teams&apos; numbers are in by Wednesday evening.</source>
        <translation>周三晚上前收到三个团队的全部数字。</translation>
    </message>
    <message>
        <source>My conference talk ran ten minutes over</source>
        <translation>我的会议演讲超时了十分钟</translation>
    </message>
    <message>
        <source>A fifteen-minute slot, and I was cut off before the demo. Half the audience left for the next session.</source>
        <translation>十五分钟的时段，我在演示前就被打断了。一半听众去了下一场。</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>演讲</translation>
    </message>
    <message>
        <source>deflated</source>
        <translation>泄气</translation>
    </message>
    <message>
        <source>The story worked. Setting up the demo live took four minutes.</source>
        <translation>故事讲得很成功。现场搭建演示花了四分钟。</translation>
    </message>
    <message>
        <source>Opening with a story got people&apos;s attention.</source>
        <translation>用一个故事开场吸引了大家的注意。</translation>
    </message>
    <message>
        <source>When a talk has a hard limit, I rehearse it with a timer at 80 % of the slot.</source>
        <translation>当演讲有严格时限时，我会用计时器按时段的 80% 来排练。</translation>
    </message>
    <message>
        <source>Record the demo instead of doing it live</source>
        <translation>录好演示视频，而不是现场演示</translation>
    </message>
    <message>
        <source>Rehearse twice with a timer</source>
        <translation>用计时器排练两次</translation>
    </message>
    <message>
        <source>A timed rehearsal keeps me under twelve minutes.</source>
        <translation>计时排练能让我控制在十二分钟以内。</translation>
    </message>
    <message>
        <source>Rehearse the meetup version of the talk twice with a timer.</source>
        <translation>用计时器把聚会版的演讲排练两次。</translation>
    </message>
    <message>
        <source>Both rehearsals end under twelve minutes.</source>
        <translation>两次排练都在十二分钟内结束。</translation>
    </message>
    <message>
        <source>The product launch shipped with a broken sign-up</source>
        <translation>产品发布时注册功能是坏的</translation>
    </message>
    <message>
        <source>On launch day the sign-up form failed for every company address with a plus sign. We lost most of the first day&apos;s visitors before a fix went out at 3 pm.</source>
        <translation>发布当天，所有带加号的公司邮箱都无法注册。下午 3 点修复上线之前，我们流失了第一天的大部分访客。</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sign-up failed for addresses like name+team@company.com from 9 am to 3 pm.</source>
        <translation>上午 9 点到下午 3 点，像 name+team@company.com 这样的地址都注册失败。</translation>
    </message>
    <message>
        <source>gutted</source>
        <translation>心碎</translation>
    </message>
    <message>
        <source>Our test accounts never used plus addresses; the check came from an old library.</source>
        <translation>我们的测试账号从没用过带加号的地址；校验逻辑来自一个旧的库。</translation>
    </message>
    <message>
        <source>A feature flag turns the new flow off within minutes if it fails.</source>
        <translation>功能开关可以在出问题时几分钟内关闭新流程。</translation>
    </message>
    <message>
        <source>A three-day canary for the mobile release.</source>
        <translation>移动端版本做三天的金丝雀发布。</translation>
    </message>
    <message>
        <source>Before a launch, I test the main path with real-world data, not our own test accounts.</source>
        <translation>发布前，我会用真实世界的数据测试主流程，而不是只用我们自己的测试账号。</translation>
    </message>
    <message>
        <source>A 1 % canary release the day before</source>
        <translation>前一天做 1% 的金丝雀发布</translation>
    </message>
    <message>
        <source>A launch checklist with real-world inputs</source>
        <translation>一份使用真实输入的发布检查清单</translation>
    </message>
    <message>
        <source>A 1 % canary release the day before catches launch-blocking bugs.</source>
        <translation>前一天做 1% 的金丝雀发布，可以发现会阻碍发布的错误。</translation>
    </message>
    <message>
        <source>Run a canary for the next feature release.</source>
        <translation>下一次功能发布时做金丝雀发布。</translation>
    </message>
    <message>
        <source>Blocking bugs show up in the canary, not on launch day.</source>
        <translation>阻碍发布的错误在金丝雀阶段就出现，而不是在发布当天。</translation>
    </message>
    <message>
        <source>The canary caught a payment bug, but one day was too short for weekly users to show up.</source>
        <translation>金丝雀发布发现了一个支付错误，但一天太短，每周才来一次的用户还没出现。</translation>
    </message>
    <message>
        <source>Real-world inputs beat clever test cases.</source>
        <translation>真实的输入胜过巧妙的测试用例。</translation>
    </message>
    <message>
        <source>Cooking for twelve for the first time: the main course was cold</source>
        <translation>第一次为十二个人做饭：主菜凉了</translation>
    </message>
    <message>
        <source>I tried a new slow-roast recipe for my sister&apos;s birthday dinner. With one oven, the roast was ready an hour early and cold by the time we sat down.</source>
        <translation>我为姐姐的生日晚餐尝试了一个新的慢烤食谱。只有一个烤箱，烤肉提前一小时就好了，等大家坐下时已经凉了。</translation>
    </message>
    <message>
        <source>cooking</source>
        <translation>烹饪</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Everything hot on the table at eight.</source>
        <translation>八点钟所有菜都热腾腾地上桌。</translation>
    </message>
    <message>
        <source>flustered</source>
        <translation>手忙脚乱</translation>
    </message>
    <message>
        <source>I knew the recipe; I had never planned one oven for four dishes.</source>
        <translation>我了解这个食谱；但我从没用一个烤箱安排过四道菜。</translation>
    </message>
    <message>
        <source>Host the team lunch with the tested plan.</source>
        <translation>用试过的计划来办团队午餐。</translation>
    </message>
    <message>
        <source>When I try something new for a crowd, I do a small test run first.</source>
        <translation>当我为很多人尝试新东西时，会先做一次小规模试运行。</translation>
    </message>
    <message>
        <source>A test run for four people, timing every step</source>
        <translation>为四个人做一次试运行，每一步都计时</translation>
    </message>
    <message>
        <source>A test run for four shows where the timing goes wrong.</source>
        <translation>为四个人做一次试运行，能看出时间安排哪里会出错。</translation>
    </message>
    <message>
        <source>Cook the roast for four on Sunday and time every step.</source>
        <translation>周日为四个人烤肉，每一步都计时。</translation>
    </message>
    <message>
        <source>A timed plan that fits one oven.</source>
        <translation>一个适合单个烤箱的计时计划。</translation>
    </message>
    <message>
        <source>The test run showed the roast can rest in a low oven; the plan works.</source>
        <translation>试运行表明烤肉可以放在低温烤箱里保温；计划可行。</translation>
    </message>
    <message>
        <source>I hired the wrong person for the support role</source>
        <translation>我为客服岗位招错了人</translation>
    </message>
    <message>
        <source>He interviewed brilliantly but struggled with the number of tickets, and left after six weeks.</source>
        <translation>他面试表现出色，但应付不了大量的工单，六周后就离职了。</translation>
    </message>
    <message>
        <source>hiring</source>
        <translation>招聘</translation>
    </message>
    <message>
        <source>The hire did not work out, and that was my call.</source>
        <translation>这次招聘没有成功，而且是我做的决定。</translation>
    </message>
    <message>
        <source>disappointed</source>
        <translation>失望</translation>
    </message>
    <message>
        <source>The interview tested conversation, not the actual work: no ticket exercise, no time pressure.</source>
        <translation>面试考察的是谈吐，而不是实际工作：没有工单练习，也没有时间压力。</translation>
    </message>
    <message>
        <source>If the exercise misleads us, a paid trial week.</source>
        <translation>如果练习误导了我们，就安排一周带薪试用。</translation>
    </message>
    <message>
        <source>When I hire for work that can be sampled, the interview includes a sample of it.</source>
        <translation>招聘的工作如果可以取样，面试就包含一次工作样本测试。</translation>
    </message>
    <message>
        <source>A thirty-minute ticket exercise in every interview</source>
        <translation>每次面试都加一个三十分钟的工单练习</translation>
    </message>
    <message>
        <source>A work sample shows who can handle the volume.</source>
        <translation>工作样本能看出谁应付得了这个工作量。</translation>
    </message>
    <message>
        <source>Use a ticket exercise in the next three interviews.</source>
        <translation>在接下来的三次面试中使用工单练习。</translation>
    </message>
    <message>
        <source>The exercise separates candidates I would otherwise rate the same.</source>
        <translation>这个练习能区分出我原本会给出相同评价的候选人。</translation>
    </message>
    <message>
        <source>It did: one strong talker struggled, and a quiet candidate shone and got the job.</source>
        <translation>确实如此：一位很能说的人做得吃力，而一位安静的候选人表现出色并得到了这份工作。</translation>
    </message>
    <message>
        <source>Test the work, not the talk.</source>
        <translation>考察工作，而不是口才。</translation>
    </message>
    <message>
        <source>The investor pitch fell flat</source>
        <translation>给投资人的路演没有打动人</translation>
    </message>
    <message>
        <source>A ten-minute pitch to two angel investors. They stopped me at slide four to ask about revenue, and I never got back to the product.</source>
        <translation>给两位天使投资人做十分钟的路演。他们在第四页就打断我问收入，我再也没能回到产品上。</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>路演</translation>
    </message>
    <message>
        <source>startup</source>
        <translation>创业</translation>
    </message>
    <message>
        <source>Ten minutes of story, then questions.</source>
        <translation>十分钟讲故事，然后提问。</translation>
    </message>
    <message>
        <source>rattled</source>
        <translation>慌了神</translation>
    </message>
    <message>
        <source>I knew they were finance people; I did not know they would skip the story entirely.</source>
        <translation>我知道他们是做财务的；但不知道他们会完全跳过故事。</translation>
    </message>
    <message>
        <source>Cut the deck to six slides and pitch at demo day.</source>
        <translation>把演示文稿压缩到六页，在演示日上路演。</translation>
    </message>
    <message>
        <source>When I pitch to a new audience, I lead with the numbers they care about.</source>
        <translation>面对新的听众路演时，我会先讲他们关心的数字。</translation>
    </message>
    <message>
        <source>Open with revenue, keep the story for questions</source>
        <translation>以收入开场，把故事留到提问环节</translation>
    </message>
    <message>
        <source>Cut the deck to six slides</source>
        <translation>把演示文稿压缩到六页</translation>
    </message>
    <message>
        <source>Opening with revenue keeps finance people listening.</source>
        <translation>以收入开场，能让财务背景的人一直听下去。</translation>
    </message>
    <message>
        <source>Reorder the deck and pitch it to the accelerator mentors.</source>
        <translation>调整演示文稿顺序，向加速器导师路演。</translation>
    </message>
    <message>
        <source>The mentors reach the product slide without interrupting.</source>
        <translation>导师们一直听到产品页都没有打断。</translation>
    </message>
    <message>
        <source>They interrupted anyway: the deck is too long, whatever the order.</source>
        <translation>他们还是打断了：不管顺序如何，演示文稿都太长了。</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
</context>
<context>
    <name>ExamplesBanner</name>
    <message>
        <source>Examples show how the loop works. Removing them keeps yours.</source>
        <translation>示例展示了循环是如何运作的。移除示例不会影响你自己的内容。</translation>
    </message>
    <message>
        <source>Remove examples</source>
        <translation>移除示例</translation>
    </message>
</context>
<context>
    <name>Experiment</name>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>放弃</translation>
    </message>
</context>
<context>
    <name>ExperimentPrompt</name>
    <message>
        <source>Check on %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>%1 检验</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>Check on %1 (%2)</source>
        <extracomment>%1 is a date, %2 how far away it is (&quot;in 3 days&quot;)</extracomment>
        <translation>%1 检验（%2）</translation>
    </message>
    <message>
        <source>Your last experiment is decided (%1). Plan the next one here.</source>
        <translation>你的上一个实验已有结论（%1）。在这里计划下一个。</translation>
    </message>
    <message>
        <source>Tests: %1</source>
        <translation>测试：%1</translation>
    </message>
    <message>
        <source>Pick a change above with “Test this one”, or plan an experiment of its own.</source>
        <translation>在上面用“测试这一项”选一个改变，或者单独计划一个实验。</translation>
    </message>
    <message>
        <source>Hypothesis: what you expect</source>
        <translation>假设：你预期会发生什么</translation>
    </message>
    <message>
        <source>If I …, then …</source>
        <translation>如果我……，那么……</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Action: the smallest step</source>
        <translation>行动：最小的一步</translation>
    </message>
    <message>
        <source>What you will do, and when</source>
        <translation>你要做什么，什么时候做</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Check date</source>
        <translation>检验日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Check date, as year-month-day</source>
        <translation>检验日期，格式为年-月-日</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>Write the date like %1.</source>
        <translation>日期格式如 %1。</translation>
    </message>
    <message>
        <source>Signal: how you will know</source>
        <translation>信号：你如何知道结果</translation>
    </message>
    <message>
        <source>What you will see if it worked</source>
        <translation>如果成功了，你会看到什么</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Plan experiment</source>
        <translation>计划实验</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message numerus="yes">
        <source>%n open, %1 waiting for a check</source>
        <translation>
            <numerusform>%n 个进行中，%1 个等待检验</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>No check date</source>
        <translation>没有检验日期</translation>
    </message>
    <message>
        <source>Check was due %1</source>
        <translation>检验日期已过：%1</translation>
    </message>
    <message>
        <source>Check today</source>
        <translation>今天检验</translation>
    </message>
    <message>
        <source>Check tomorrow, %1</source>
        <translation>明天检验，%1</translation>
    </message>
    <message numerus="yes">
        <source>Check on %1 (in %n days)</source>
        <translation>
            <numerusform>%1 检验（%n 天后）</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>（尚未填写）</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation>来自“%1”</translation>
    </message>
    <message>
        <source>No open experiments. In Apply, pick one change to test with a check date: it shows up here until you decide to keep, adjust or drop it.</source>
        <translation>没有进行中的实验。在“应用”阶段选择一个改变来测试，并设定检验日期：它会一直显示在这里，直到你决定保留、调整或放弃它。</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>This file will NOT be encrypted</source>
        <translation>这个文件将不会被加密</translation>
    </message>
    <message>
        <source>Anyone who gets this file, or the folder or cloud it lands in, can read every word of these reflections. The file says so at the top. To send reflections to a coach safely, use Share instead: it encrypts them.</source>
        <translation>任何拿到这个文件的人，或者能访问它所在文件夹或云端的人，都能读到这些反思的每一个字。文件开头也写明了这一点。要安全地把反思发给教练，请改用“分享”：它会加密内容。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>选择保存位置…</translation>
    </message>
    <message>
        <source>Save the readable export (not encrypted)</source>
        <translation>保存可读的导出文件（未加密）</translation>
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
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>I understand it is not encrypted: confirm it is you, then choose where to save it</source>
        <translation>我明白它不会被加密：确认是我本人，然后选择保存位置</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to write these reflections to a file that is not encrypted.</source>
        <translation>输入你的密码短语或恢复码，把这些反思写入一个未加密的文件。</translation>
    </message>
</context>
<context>
    <name>FailureType</name>
    <message>
        <source>Not placed yet</source>
        <translation>尚未归类</translation>
    </message>
    <message>
        <source>Basic failure</source>
        <translation>基础型失败</translation>
    </message>
    <message>
        <source>Complex failure</source>
        <translation>复杂型失败</translation>
    </message>
    <message>
        <source>Intelligent failure</source>
        <translation>智慧型失败</translation>
    </message>
    <message>
        <source>Preventable, in known territory: a checklist or habit can stop it.</source>
        <translation>可以预防，发生在熟悉的领域：一份检查清单或一个习惯就能避免。</translation>
    </message>
    <message>
        <source>Several factors met in a familiar but changing setting: watch for early signals.</source>
        <translation>多个因素在熟悉但不断变化的环境中交织：留意早期信号。</translation>
    </message>
    <message>
        <source>A thoughtful, small step into new territory: worth the lesson.</source>
        <translation>向新领域迈出的一小步，经过深思熟虑：这份心得值得。</translation>
    </message>
</context>
<context>
    <name>FeelingPrompt</name>
    <message>
        <source>One word, like “embarrassed”</source>
        <translation>一个词，比如“尴尬”</translation>
    </message>
    <message>
        <source>How you feel, in one word</source>
        <translation>用一个词描述你的感受</translation>
    </message>
    <message>
        <source>How strongly, 1 to 5</source>
        <translation>强烈程度，1 到 5</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>一点点</translation>
    </message>
    <message>
        <source>Strength %1 of 5</source>
        <translation>强度 %1 / 5</translation>
    </message>
    <message>
        <source>A lot</source>
        <translation>非常强烈</translation>
    </message>
</context>
<context>
    <name>FilePassphrase</name>
    <message>
        <source>The file passphrase file cannot be read.</source>
        <translation>无法读取存放文件密码短语的文件。</translation>
    </message>
    <message>
        <source>The file passphrase file is empty.</source>
        <translation>存放文件密码短语的文件是空的。</translation>
    </message>
    <message>
        <source>Nothing was entered; nothing was written.</source>
        <translation>没有输入任何内容；没有写入任何东西。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the file&apos;s passphrase. Give it with --file-passphrase-file FILE.</source>
        <translation>没有终端可用来询问文件的密码短语。请用 --file-passphrase-file FILE 提供。</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>再次输入密码短语： </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>两次输入的密码短语不一致；没有写入任何东西。</translation>
    </message>
</context>
<context>
    <name>FreeTextPrompt</name>
    <message>
        <source>Your answer…</source>
        <translation>你的回答…</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>觉察</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failure type</source>
        <translation>失败类型</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation>智慧型</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂型</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础型</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未归类</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 个月</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>日期…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>With voice</source>
        <translation>有语音</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>仅文字</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag %1: remove from the filter</source>
        <translation>标签 %1：从筛选中移除</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
</context>
<context>
    <name>HistoryFiltersPage</name>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show 1 reflection</source>
        <translation>显示 1 条反思</translation>
    </message>
    <message numerus="yes">
        <source>Show %n reflections</source>
        <translation>
            <numerusform>显示 %n 条反思</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>Today, %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>昨天，%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a weekday name, %2 a time of day</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>date in the history list, this year</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>date in the history list, an earlier year</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>反思</translation>
    </message>
    <message>
        <source>example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>voice note, %1</source>
        <translation>语音笔记，%1</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>语音笔记</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>No reflections yet</source>
        <translation>还没有反思</translation>
    </message>
    <message>
        <source>Right after something goes differently than you hoped, write down what happened: it takes a minute, and it stays encrypted on this device. Debrief then walks it through four steps: Detect what happened, Analyse why, Apply one small change as an experiment, and Continue with your next smart risk.</source>
        <translation>当事情没有按你希望的方向发展时，马上记下发生了什么：只需要一分钟，而且会加密保存在这台设备上。之后 Debrief 会带你走过四个步骤：觉察发生了什么，分析原因，把一个小改变作为实验来应用，然后带着下一次明智的冒险继续前进。</translation>
    </message>
    <message>
        <source>Try it with examples</source>
        <translation>用示例试试看</translation>
    </message>
    <message>
        <source>Adds a few example reflections, marked “Example”, in every step of the loop. You can remove them at any time.</source>
        <translation>在循环的每个步骤中添加几条示例反思，标记为“示例”。你可以随时移除它们。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore your reflections from a backup</source>
        <translation>从备份恢复你的反思</translation>
    </message>
    <message>
        <source>No reflection matches “%1”.</source>
        <translation>没有与“%1”匹配的反思。</translation>
    </message>
    <message>
        <source>No reflection matches these filters.</source>
        <translation>没有符合这些筛选条件的反思。</translation>
    </message>
    <message>
        <source>Show all reflections</source>
        <translation>显示所有反思</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>HistorySearchBar</name>
    <message>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>最佳匹配</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Search reflections</source>
        <translation>搜索反思</translation>
    </message>
    <message>
        <source>Finds words in reflections, answers, lessons and experiments as you type.</source>
        <translation>输入时即在反思、回答、心得和实验中查找词语。</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections match</source>
        <translation>
            <numerusform>%n 条反思匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n 条反思</numerusform>
        </translation>
    </message>
    <message>
        <source>Order and grouping: %1</source>
        <translation>排序和分组：%1</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>All reflections</source>
        <translation>所有反思</translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation>待办（%1）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>心得</translation>
    </message>
    <message>
        <source>Experiments (%1 due)</source>
        <translation>实验（%1 个到期）</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>分享给我的</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Open a shared file</source>
        <translation>打开分享的文件</translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation>Debrief 文件 (*.debrief)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Drop to open the shared file</source>
        <translation>松开以打开分享的文件</translation>
    </message>
    <message>
        <source>Passphrase needed</source>
        <translation>需要密码短语</translation>
    </message>
    <message>
        <source>“%1” is protected by a passphrase. Type the one its sender gave you.</source>
        <translation>“%1”受密码短语保护。请输入发送者给你的密码短语。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Passphrase of the shared file</source>
        <translation>分享文件的密码短语</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>没有导入任何内容</translation>
    </message>
    <message>
        <source>Shared file opened</source>
        <translation>已打开分享的文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show what was shared with you</source>
        <translation>查看别人分享给你的内容</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>请选择至少 %n 个字符的密码短语。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created a new vault in %1.</source>
        <translation>已在 %1 创建新的保险库。</translation>
    </message>
    <message>
        <source>Your recovery code is shown only this once. Write it down and keep it somewhere safe: without it (or this computer&apos;s keyring) nobody, not even you, can open the vault.</source>
        <translation>你的恢复码只会显示这一次。请把它写下来并妥善保管：没有它（或这台电脑的钥匙串），任何人都无法打开保险库，包括你自己。</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Worked out on this device from your reflections; nothing leaves it.</source>
        <translation>在这台设备上根据你的反思计算得出；不会离开这台设备。</translation>
    </message>
    <message>
        <source>Insights appear as your reflections move through the loop: how many you analyse, how many become an experiment, how long each step takes and how your experiments turn out.</source>
        <translation>随着你的反思在循环中推进，洞察就会出现：你分析了多少条，多少条变成了实验，每一步花了多长时间，以及实验的结果如何。</translation>
    </message>
    <message>
        <source>Try it with examples</source>
        <translation>用示例试试看</translation>
    </message>
    <message>
        <source>How far reflections get</source>
        <translation>反思推进到了哪一步</translation>
    </message>
    <message>
        <source>Time between steps (median)</source>
        <translation>步骤之间的时间（中位数）</translation>
    </message>
    <message>
        <source>Capture → Analyse</source>
        <translation>记录 → 分析</translation>
    </message>
    <message>
        <source>Analyse → Apply</source>
        <translation>分析 → 应用</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>心得</translation>
    </message>
    <message>
        <source>Experiments and how they turned out</source>
        <translation>实验及其结果</translation>
    </message>
    <message>
        <source>Kinds of failure</source>
        <translation>失败的类型</translation>
    </message>
    <message>
        <source>Reflections per day</source>
        <translation>每天的反思</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Passphrase and keys</source>
        <translation>密码短语和密钥</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>你的新恢复码</translation>
    </message>
    <message>
        <source>The new vault key comes with a new recovery code. Write it down or keep it in a password manager: it is shown only once. The key changes when you confirm; after that the old code no longer works.</source>
        <translation>新的保险库密钥会附带一个新的恢复码。请把它写下来或保存在密码管理器中：它只会显示一次。确认后密钥才会更换；之后旧的恢复码将失效。</translation>
    </message>
    <message>
        <source>Write it down or keep it in a password manager: it is shown only once. It replaces your old code when you confirm; after that the old code no longer works.</source>
        <translation>请把它写下来或保存在密码管理器中：它只会显示一次。确认后它会替换你的旧恢复码；之后旧的恢复码将失效。</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the new recovery code</source>
        <translation>复制新的恢复码</translation>
    </message>
    <message>
        <source>I have written it down: rotate the key</source>
        <translation>我已经写下来了：更换密钥</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已经写下来了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel: keep the old recovery code</source>
        <translation>取消：保留旧的恢复码</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>更改你的密码短语</translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation>添加密码短语</translation>
    </message>
    <message>
        <source>The new passphrase opens Debrief from now on; the old one stops working. Your recovery code stays as it is.</source>
        <translation>从现在起由新的密码短语打开 Debrief；旧的将失效。你的恢复码保持不变。</translation>
    </message>
    <message>
        <source>A passphrase you can remember opens Debrief when the keyring cannot, besides your recovery code.</source>
        <translation>除了恢复码之外，一个你记得住的密码短语可以在钥匙串无法打开 Debrief 时使用。</translation>
    </message>
    <message>
        <source>Current passphrase or recovery code</source>
        <translation>当前的密码短语或恢复码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新的密码短语</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新的密码短语</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Several unrelated words are strong and easy to remember. Nobody can reset it for you.</source>
        <translation>
            <numerusform>至少 %n 个字符。几个互不相关的词组合起来既安全又好记。没有人能帮你重置它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>Add passphrase</source>
        <translation>添加密码短语</translation>
    </message>
    <message>
        <source>Make a recovery code</source>
        <translation>生成恢复码</translation>
    </message>
    <message>
        <source>If your code may have been seen, or you lost it, make a new one. It is shown once; the old code stops working when you confirm.</source>
        <translation>如果你的恢复码可能被别人看到过，或者你弄丢了它，请生成一个新的。它只显示一次；确认后旧的恢复码将失效。</translation>
    </message>
    <message>
        <source>Current passphrase or recovery code, for a new recovery code</source>
        <translation>当前的密码短语或恢复码，用于生成新的恢复码</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>生成新的恢复码</translation>
    </message>
    <message>
        <source>Rotate the vault key</source>
        <translation>更换保险库密钥</translation>
    </message>
    <message>
        <source>If you think someone got hold of your vault&apos;s key (a copy of the keyring, an old recovery code), give the vault a new key. Everything is encrypted again with it, and you get a new recovery code; your passphrase stays the same. This can take a while for a large vault.</source>
        <translation>如果你认为有人拿到了你的保险库密钥（钥匙串的副本、旧的恢复码），请给保险库换一个新密钥。所有内容都会用它重新加密，你还会得到一个新的恢复码；你的密码短语保持不变。保险库较大时可能需要一些时间。</translation>
    </message>
    <message>
        <source>If you think someone got hold of your vault&apos;s key, give the vault a new key. Everything is encrypted again with it; your passphrase stays the same. This can take a while for a large vault.</source>
        <translation>如果你认为有人拿到了你的保险库密钥，请给保险库换一个新密钥。所有内容都会用它重新加密；你的密码短语保持不变。保险库较大时可能需要一些时间。</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>你的密码短语</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>你的恢复码</translation>
    </message>
    <message>
        <source>Your app lock PIN</source>
        <translation>你的应用锁 PIN 码</translation>
    </message>
    <message>
        <source>Rotate the key…</source>
        <translation>更换密钥…</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>心得</translation>
    </message>
    <message>
        <source>Search your lessons</source>
        <translation>搜索你的心得</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>搜索心得</translation>
    </message>
    <message>
        <source>%1 · %2 · from “%3”</source>
        <extracomment>%1 is a date, %2 the name of a loop stage, %3 the first line of the reflection</extracomment>
        <translation>%1 · %2 · 来自“%3”</translation>
    </message>
    <message>
        <source>%1 · %2 · from a voice note</source>
        <extracomment>%1 is a date, %2 the name of a loop stage</extracomment>
        <translation>%1 · %2 · 来自一条语音笔记</translation>
    </message>
    <message>
        <source>No lesson matches “%1”.</source>
        <translation>没有与“%1”匹配的心得。</translation>
    </message>
    <message>
        <source>No lessons yet. In Apply, write what you learned as a rule you can reuse: it shows up here.</source>
        <translation>还没有心得。在“应用”阶段，把你学到的东西写成一条可以反复使用的规则：它会出现在这里。</translation>
    </message>
</context>
<context>
    <name>LessonsPrompt</name>
    <message>
        <source>Lesson</source>
        <translation>心得</translation>
    </message>
    <message>
        <source>Remove lesson</source>
        <translation>移除心得</translation>
    </message>
    <message>
        <source>When …, I …</source>
        <translation>当……时，我会……</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新的心得</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>添加心得</translation>
    </message>
</context>
<context>
    <name>LoopPolicy</name>
    <message>
        <source>Say in a few words why, so you remember later.</source>
        <translation>用几句话说明原因，方便以后回想。</translation>
    </message>
    <message>
        <source>Go on to Analyse</source>
        <translation>进入“分析”</translation>
    </message>
    <message>
        <source>Go on to Apply</source>
        <translation>进入“应用”</translation>
    </message>
    <message>
        <source>Go on to Continue</source>
        <translation>进入“继续”</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>完成这个循环</translation>
    </message>
    <message>
        <source>Write a line or record a voice note about what happened.</source>
        <translation>写一行字或录一段语音笔记，记下发生了什么。</translation>
    </message>
    <message>
        <source>Answer one question, or place it on the spectrum.</source>
        <translation>回答一个问题，或者把它放到失败谱系上。</translation>
    </message>
    <message>
        <source>Write a lesson, or plan an experiment.</source>
        <translation>写一条心得，或者计划一个实验。</translation>
    </message>
    <message>
        <source>Decide on your experiment, or name your next smart risk.</source>
        <translation>对你的实验做出决定，或者写下你的下一次明智的冒险。</translation>
    </message>
    <message>
        <source>This reflection is closed. Reopen it to work on it again.</source>
        <translation>这条反思已完成。重新打开它才能继续处理。</translation>
    </message>
    <message>
        <source>%1 is not done yet. %2 Or skip it with a short reason.</source>
        <translation>“%1”还没有完成。%2 或者写个简短理由跳过它。</translation>
    </message>
    <message>
        <source>This reflection is closed. Reopen it to go back a stage.</source>
        <translation>这条反思已完成。重新打开它才能回到上一阶段。</translation>
    </message>
    <message>
        <source>Detect is the first stage; there is none before it.</source>
        <translation>觉察是第一个阶段；它之前没有阶段。</translation>
    </message>
    <message>
        <source>This reflection is already closed.</source>
        <translation>这条反思已经完成了。</translation>
    </message>
    <message>
        <source>The loop is not finished yet. To close it now: %1</source>
        <translation>循环还没有走完。如果现在就要完成：%1</translation>
    </message>
    <message>
        <source>Only a closed reflection can be reopened.</source>
        <translation>只有已完成的反思才能重新打开。</translation>
    </message>
    <message>
        <source>That step is not possible.</source>
        <translation>无法执行这一步。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Add a first note</source>
        <translation>添加第一条笔记</translation>
    </message>
    <message>
        <source>Look closer: answer one question</source>
        <translation>仔细看看：回答一个问题</translation>
    </message>
    <message>
        <source>Write a lesson or plan an experiment</source>
        <translation>写一条心得或计划一个实验</translation>
    </message>
    <message>
        <source>Check how your experiment went</source>
        <translation>检验你的实验进展如何</translation>
    </message>
    <message>
        <source>Name your next smart risk</source>
        <translation>写下你的下一次明智的冒险</translation>
    </message>
</context>
<context>
    <name>LoopStepper</name>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>待进行</translation>
    </message>
    <message>
        <source>Step %1 of 4, %2: %3</source>
        <translation>第 %1 步，共 4 步，%2：%3</translation>
    </message>
</context>
<context>
    <name>LoopSummary</name>
    <message>
        <source>This reflection is closed.</source>
        <translation>这条反思已完成。</translation>
    </message>
    <message>
        <source>Stage %1 of 4: %2</source>
        <extracomment>%1 is the stage number, %2 the name of the loop stage</extracomment>
        <translation>第 %1 阶段，共 4 阶段：%2</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the privacy page</source>
        <translation>关闭隐私页面</translation>
    </message>
</context>
<context>
    <name>MicRationaleDialog</name>
    <message>
        <source>Use the microphone?</source>
        <translation>使用麦克风？</translation>
    </message>
    <message>
        <source>Debrief needs the microphone to record your reflection. The recording stays encrypted on this device and is never sent anywhere.</source>
        <translation>Debrief 需要麦克风来录制你的反思。录音会加密保存在这台设备上，绝不会发送到任何地方。</translation>
    </message>
    <message>
        <source>Next, your system asks whether Debrief may use the microphone.</source>
        <translation>接下来，系统会询问是否允许 Debrief 使用麦克风。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>NextRiskPrompt</name>
    <message>
        <source>This week I will …</source>
        <translation>这周我会……</translation>
    </message>
    <message>
        <source>Make it a new reflection</source>
        <translation>把它变成一条新的反思</translation>
    </message>
    <message>
        <source>Added to your history, at Detect.</source>
        <translation>已添加到你的历史中，处于“觉察”阶段。</translation>
    </message>
    <message>
        <source>Plan it as an experiment</source>
        <translation>把它计划成一个实验</translation>
    </message>
    <message>
        <source>Planned as an experiment: check on %1.</source>
        <translation>已计划为实验：%1 检验。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开它</translation>
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
        <translation>有一条反思可以仔细看看了。</translation>
    </message>
    <message>
        <source>Turn a lesson into one small experiment?</source>
        <comment>notification: an entry was analysed and has no experiment yet (Apply step)</comment>
        <translation>把一条心得变成一个小实验？</translation>
    </message>
    <message>
        <source>Time to check how your experiment went.</source>
        <comment>notification: an experiment reached its check date</comment>
        <translation>该看看你的实验进展如何了。</translation>
    </message>
    <message>
        <source>Ready for your next smart risk?</source>
        <comment>notification: an experiment was checked and no next smart risk is written</comment>
        <translation>准备好迎接下一次明智的冒险了吗？</translation>
    </message>
    <message>
        <source>1 reflection is waiting for its next step.</source>
        <comment>notification: the weekly review when one entry is waiting</comment>
        <translation>有 1 条反思在等待下一步。</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections are waiting for their next step.</source>
        <comment>notification: the weekly review, or several nudges shown as one (%n: 2 or more)</comment>
        <translation>
            <numerusform>有 %n 条反思在等待下一步。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notification with entry titles on: %1 the entry&apos;s first line, %2 the text above</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>notification action: open the entry at its next step</comment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <comment>notification action: remind again in an hour</comment>
        <translation>1 小时后提醒</translation>
    </message>
    <message>
        <source>This evening</source>
        <comment>notification action: remind again this evening (19:00)</comment>
        <translation>今晚</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <comment>notification action: remind again tomorrow at the review time</comment>
        <translation>明天</translation>
    </message>
    <message>
        <source>Not now</source>
        <comment>notification action: no more nudges for this entry until it changes</comment>
        <translation>暂不</translation>
    </message>
</context>
<context>
    <name>PassphraseMeter</name>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>密码短语强度：%1</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>强度：%1</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Reflections (not encrypted)</source>
        <translation>反思（未加密）</translation>
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
        <translation>隐私</translation>
    </message>
    <message>
        <source>Your reflections are yours. Debrief keeps them encrypted on this device and sends nothing anywhere unless you do it yourself.</source>
        <translation>你的反思只属于你。Debrief 把它们加密保存在这台设备上，除非你自己操作，否则不会发送到任何地方。</translation>
    </message>
    <message>
        <source>What Debrief keeps</source>
        <translation>Debrief 保存什么</translation>
    </message>
    <message>
        <source>Everything you write and record here: your reflections and voice notes, your answers in each stage, lessons, possible changes and experiments, tags, the comments coaches send back, what others share with you, and the names and keys of the coaches you share with.</source>
        <translation>你在这里写下和录下的一切：你的反思和语音笔记、你在每个阶段的回答、心得、可能的改变和实验、标签、教练发回的评论、别人分享给你的内容，以及你与之分享的教练的名字和密钥。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>保存在哪里</translation>
    </message>
    <message>
        <source>Only on this device, in this folder (the encrypted vault and the file that holds its key, itself locked):</source>
        <translation>只在这台设备上的这个文件夹里（加密的保险库，以及保存其密钥的文件，该文件本身也已锁定）：</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Your settings (microphone, recording limit, reminders) are in a separate file, which holds nothing you wrote:</source>
        <translation>你的设置（麦克风、录音时长上限、提醒）保存在一个单独的文件中，其中不含你写的任何内容：</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>How it is encrypted</source>
        <translation>如何加密</translation>
    </message>
    <message>
        <source>The vault is a database encrypted with SQLCipher (AES-256). Its key is 32 random bytes. Debrief keeps that key in your system keyring so the app opens without a prompt (not while the app lock is on). A copy of the key is locked with your passphrase or recovery code using Argon2id, which makes guessing slow. Without the key the file cannot be read. Nobody can reset your passphrase or recovery code: keep the code somewhere safe.</source>
        <translation>保险库是一个用 SQLCipher（AES-256）加密的数据库。它的密钥是 32 个随机字节。Debrief 把这个密钥保存在你的系统钥匙串中，所以应用打开时无需输入（开启应用锁时除外）。密钥的一份副本用你的密码短语或恢复码通过 Argon2id 锁定，使猜测变得很慢。没有密钥就无法读取这个文件。没有人能重置你的密码短语或恢复码：请把恢复码保存在安全的地方。</translation>
    </message>
    <message>
        <source>When you share</source>
        <translation>分享时</translation>
    </message>
    <message>
        <source>A share is one encrypted file with exactly the reflections and parts you picked (their text, answers, lessons and voice notes) and your name. Only the coach whose key you chose, or someone who knows the passphrase you set, can open it. A share you have sent cannot be recalled: the coach keeps what you sent, even if you later delete it here.</source>
        <translation>一次分享就是一个加密文件，只包含你挑选的反思和部分内容（文字、回答、心得和语音笔记）以及你的名字。只有你选择了其密钥的教练，或者知道你设置的密码短语的人，才能打开它。已发送的分享无法撤回：即使你之后在这里删除，教练也会保留你发送的内容。</translation>
    </message>
    <message>
        <source>Exports and backups</source>
        <translation>导出和备份</translation>
    </message>
    <message>
        <source>Markdown and PDF exports are NOT encrypted: anyone who gets the file, or the folder or cloud it lands in, can read it. Backups are encrypted with the passphrase or recovery code you choose.</source>
        <translation>Markdown 和 PDF 导出文件没有加密：任何拿到文件的人，或者能访问它所在文件夹或云端的人，都能读取它。备份会用你选择的密码短语或恢复码加密。</translation>
    </message>
    <message>
        <source>No network, no analytics</source>
        <translation>不联网，不做分析</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminders say only which step is next, never what you wrote, unless you choose to show an entry&apos;s first line in the reminder settings.</source>
        <translation>提醒只说明下一步是什么，绝不显示你写的内容，除非你在提醒设置中选择显示条目的第一行。</translation>
    </message>
    <message>
        <source>Deleting and erasing</source>
        <translation>删除和清除</translation>
    </message>
    <message>
        <source>Deleting a reflection removes it with all its parts, from the search too; while Undo is offered a copy stays in memory only, never on disk. To remove everything, use Settings, Security and privacy, Erase everything: it asks twice, then removes every reflection, voice note and everything shared with you from the vault file. The vault, your passphrase and recovery code, your sharing key and your settings stay, so you can go on.</source>
        <translation>删除一条反思会把它连同所有部分一起移除，搜索中也会移除；在提供“撤销”期间，副本只保留在内存中，绝不会写入磁盘。要移除全部内容，请使用“设置”&gt;“安全与隐私”&gt;“清除全部内容”：它会询问两次，然后从保险库文件中移除每一条反思、语音笔记以及别人分享给你的所有内容。保险库、你的密码短语和恢复码、你的分享密钥和设置都会保留，这样你可以继续使用。</translation>
    </message>
    <message>
        <source>Debrief never connects to the internet. There is no account, no analytics, no advertising and no crash report. It asks for the microphone only when you first record, and for notifications only when it first has a reminder for you.</source>
        <translation>Debrief 从不连接互联网。没有账户，没有统计分析，没有广告，也没有崩溃报告。只有在你第一次录音时它才会请求使用麦克风，只有在它第一次要给你提醒时才会请求通知权限。</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Debrief cannot open your vault</source>
        <translation>Debrief 无法打开你的保险库</translation>
    </message>
    <message>
        <source>You can move the damaged file aside (it is kept, unchanged, next to the new one) and start a new vault with the same key.</source>
        <translation>你可以把损坏的文件移到一旁（它会原样保留在新文件旁边），然后用同一个密钥新建一个保险库。</translation>
    </message>
    <message>
        <source>Move it aside and start a new vault</source>
        <translation>移到一旁并新建保险库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>PromptCatalog</name>
    <message>
        <source>Right after it happened. A voice note or one line is enough; every question here is optional.</source>
        <translation>就在事情发生之后。一段语音笔记或一行字就够了；这里的每个问题都可以不答。</translation>
    </message>
    <message>
        <source>Later, when you are calmer: get curious about why it went this way.</source>
        <translation>等你平静一些后：好奇地想一想，为什么会这样。</translation>
    </message>
    <message>
        <source>Turn what you found into a rule you can reuse and one small experiment.</source>
        <translation>把你的发现变成一条可以反复使用的规则，以及一个小实验。</translation>
    </message>
    <message>
        <source>See how your experiment went, then take your next smart risk.</source>
        <translation>看看你的实验进展如何，然后迈出下一次明智的冒险。</translation>
    </message>
    <message>
        <source>This reflection is closed. You can reopen it at any time.</source>
        <translation>这条反思已完成。你可以随时重新打开它。</translation>
    </message>
    <message>
        <source>What, not who: look for conditions, information and decisions, not for blame.</source>
        <translation>关注发生了什么，而不是谁的错：寻找条件、信息和决定，而不是追究责任。</translation>
    </message>
    <message>
        <source>After-Action Review, question 1 (US Army TC 25-20, 1993)</source>
        <translation>行动后复盘，问题 1（美国陆军 TC 25-20，1993）</translation>
    </message>
    <message>
        <source>What did you expect to happen?</source>
        <translation>你原本期待发生什么？</translation>
    </message>
    <message>
        <source>Your plan or hope, before it happened.</source>
        <translation>事情发生之前，你的计划或希望。</translation>
    </message>
    <message>
        <source>After-Action Review, question 2 (US Army TC 25-20, 1993)</source>
        <translation>行动后复盘，问题 2（美国陆军 TC 25-20，1993）</translation>
    </message>
    <message>
        <source>What actually happened? Just the facts.</source>
        <translation>实际发生了什么？只说事实。</translation>
    </message>
    <message>
        <source>What a camera would have recorded. Feelings have their own question below.</source>
        <translation>摄像机会记录下的内容。感受在下面有单独的问题。</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): feelings</source>
        <translation>吉布斯反思循环（1988）：感受</translation>
    </message>
    <message>
        <source>One word for how you feel, and how strongly?</source>
        <translation>用一个词描述你的感受，有多强烈？</translation>
    </message>
    <message>
        <source>1 is a little, 5 is a lot.</source>
        <translation>1 表示一点点，5 表示非常强烈。</translation>
    </message>
    <message>
        <source>Fail Forward&apos;s intelligent-failure loop: detect failures early and speak up</source>
        <translation>Fail Forward 的智慧型失败循环：尽早发现失败并说出来</translation>
    </message>
    <message>
        <source>Say it plainly: what didn&apos;t go the way you wanted?</source>
        <translation>直白地说：什么没有按你想要的方式进行？</translation>
    </message>
    <message>
        <source>Naming it is the first step; no need to soften it.</source>
        <translation>说出来就是第一步；不必委婉。</translation>
    </message>
    <message>
        <source>Edmondson, Right Kind of Wrong (2023): context</source>
        <translation>埃德蒙森，《正确的错误》（2023）：情境</translation>
    </message>
    <message>
        <source>New territory for you, or familiar ground?</source>
        <translation>对你来说是新领域，还是熟悉的领域？</translation>
    </message>
    <message>
        <source>In new territory, setbacks are how anyone learns.</source>
        <translation>在新领域里，挫折是每个人学习的方式。</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>新领域</translation>
    </message>
    <message>
        <source>Familiar ground</source>
        <translation>熟悉的领域</translation>
    </message>
    <message>
        <source>After-Action Review, question 3 (US Army TC 25-20, 1993)</source>
        <translation>行动后复盘，问题 3（美国陆军 TC 25-20，1993）</translation>
    </message>
    <message>
        <source>Why was there a difference between what you expected and what happened?</source>
        <translation>为什么你的预期和实际发生的事情之间会有差距？</translation>
    </message>
    <message>
        <source>NWCG After Action Review: focus on what, not who</source>
        <translation>NWCG 行动后复盘：关注发生了什么，而不是谁</translation>
    </message>
    <message>
        <source>Which conditions, information or decisions led here?</source>
        <translation>哪些条件、信息或决定导致了现在的结果？</translation>
    </message>
    <message>
        <source>What, not who: describe the situation, not anyone&apos;s character, yours included.</source>
        <translation>关注事，不针对人：描述情况，而不是评判任何人的品格，包括你自己。</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): evaluation</source>
        <translation>吉布斯反思循环（1988）：评价</translation>
    </message>
    <message>
        <source>What was good, what was bad, and what did you contribute?</source>
        <translation>哪些是好的，哪些是不好的，你又起了什么作用？</translation>
    </message>
    <message>
        <source>After-Action Review practice</source>
        <translation>行动后复盘实践</translation>
    </message>
    <message>
        <source>What did you know at the time, and what was missing?</source>
        <translation>当时你知道什么，又缺少什么？</translation>
    </message>
    <message>
        <source>Judge the decision by what you could know then, not by what you know now.</source>
        <translation>根据你当时能知道的信息来评判这个决定，而不是根据你现在知道的。</translation>
    </message>
    <message>
        <source>Edmondson, Strategies for Learning from Failure (HBR 2011); Right Kind of Wrong (2023)</source>
        <translation>埃德蒙森，《从失败中学习的策略》（HBR 2011）；《正确的错误》（2023）</translation>
    </message>
    <message>
        <source>Where on the spectrum of failure does this sit?</source>
        <translation>这次失败处在失败谱系的哪个位置？</translation>
    </message>
    <message>
        <source>From a skipped rule to a thoughtful experiment. This sets basic, complex or intelligent.</source>
        <translation>从忽略一条规则，到一次深思熟虑的实验。由此确定是基础型、复杂型还是智慧型失败。</translation>
    </message>
    <message>
        <source>The five whys (Toyota Production System)</source>
        <translation>五个为什么（丰田生产方式）</translation>
    </message>
    <message>
        <source>Why? And why again? Keep asking until you reach something you can change.</source>
        <translation>为什么？再问一次为什么？一直问下去，直到找到你能改变的东西。</translation>
    </message>
    <message>
        <source>One answer per line.</source>
        <translation>每行一个回答。</translation>
    </message>
    <message>
        <source>Minto, The Pyramid Principle: Situation, Complication, Resolution</source>
        <translation>明托，《金字塔原理》：情境、冲突、解决</translation>
    </message>
    <message>
        <source>Sum it up in three sentences.</source>
        <translation>用三句话概括。</translation>
    </message>
    <message>
        <source>The situation, what complicated it, and how you will resolve it.</source>
        <translation>当时的情境、让事情变复杂的因素，以及你将如何解决。</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Complication</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle (1988): conclusion; After-Action Review, question 4</source>
        <translation>吉布斯反思循环（1988）：结论；行动后复盘，问题 4</translation>
    </message>
    <message>
        <source>What did you learn, and what would you do differently?</source>
        <translation>你学到了什么？下次你会怎么做？</translation>
    </message>
    <message>
        <source>NWCG After Action Review: sustain strengths</source>
        <translation>NWCG 行动后复盘：保持优势</translation>
    </message>
    <message>
        <source>What worked, that you will keep doing?</source>
        <translation>哪些做法有效，你会继续坚持？</translation>
    </message>
    <message>
        <source>Strengths are worth keeping on purpose.</source>
        <translation>优势值得有意识地保持下去。</translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984): abstract conceptualisation</source>
        <translation>科尔布学习循环（1984）：抽象概念化</translation>
    </message>
    <message>
        <source>The general rule you would now state.</source>
        <translation>你现在会总结出的一般规则。</translation>
    </message>
    <message>
        <source>Write it so it helps in other situations too: &quot;When …, I …&quot;. It becomes a lesson.</source>
        <translation>写成在其他情况下也有用的形式：“当……时，我会……”。它会成为一条心得。</translation>
    </message>
    <message>
        <source>The impact/feasibility matrix</source>
        <translation>影响/可行性矩阵</translation>
    </message>
    <message>
        <source>Two to four possible changes, each rated for impact and feasibility.</source>
        <translation>两到四个可能的改变，每个都按影响和可行性打分。</translation>
    </message>
    <message>
        <source>High impact and easy to do is the best place to start.</source>
        <translation>影响大又容易做到的，最适合作为起点。</translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984): active experimentation; Sitkin, Learning through failure: the strategy of small losses (1992)</source>
        <translation>科尔布学习循环（1984）：主动实验；西特金，《从失败中学习：小损失策略》（1992）</translation>
    </message>
    <message>
        <source>The smallest experiment that tests the best change.</source>
        <translation>能检验最佳改变的最小实验。</translation>
    </message>
    <message>
        <source>What you expect, what you will do, when you will check, and how you will know.</source>
        <translation>你预期什么，你要做什么，什么时候检验，以及你如何知道结果。</translation>
    </message>
    <message>
        <source>After-Action Review, questions 1 and 2</source>
        <translation>行动后复盘，问题 1 和 2</translation>
    </message>
    <message>
        <source>How did the experiment go, against your prediction?</source>
        <translation>和你的预测相比，实验进展如何？</translation>
    </message>
    <message>
        <source>Compare what happened with your hypothesis.</source>
        <translation>把实际发生的情况和你的假设做个比较。</translation>
    </message>
    <message>
        <source>Kolb&apos;s learning cycle (1984); Sitkin (1992)</source>
        <translation>科尔布学习循环（1984）；西特金（1992）</translation>
    </message>
    <message>
        <source>Keep the change, adjust it, or drop it?</source>
        <translation>保留这个改变、调整它，还是放弃它？</translation>
    </message>
    <message>
        <source>Edmondson, Right Kind of Wrong (2023): intelligent failure; Sitkin (1992)</source>
        <translation>埃德蒙森，《正确的错误》（2023）：智慧型失败；西特金（1992）</translation>
    </message>
    <message>
        <source>Is your next step a smart risk?</source>
        <translation>你的下一步是一次明智的冒险吗？</translation>
    </message>
    <message>
        <source>Tick what is true of it.</source>
        <translation>勾选符合的各项。</translation>
    </message>
    <message>
        <source>It is new territory</source>
        <translation>这是新领域</translation>
    </message>
    <message>
        <source>It moves toward a goal I value</source>
        <translation>它让我更接近我看重的目标</translation>
    </message>
    <message>
        <source>It is informed by what I know</source>
        <translation>它基于我已知的信息</translation>
    </message>
    <message>
        <source>It is as small as possible</source>
        <translation>它尽可能小</translation>
    </message>
    <message>
        <source>McGrath, Failing by Design (HBR 2011); Sitkin (1992)</source>
        <translation>麦格拉思，《有计划地失败》（HBR 2011）；西特金（1992）</translation>
    </message>
    <message>
        <source>What is the worst outcome you could afford, and your plan B?</source>
        <translation>你能承受的最坏结果是什么？你的备选方案是什么？</translation>
    </message>
    <message>
        <source>Fail Forward&apos;s intelligent-failure loop: take smart risks</source>
        <translation>Fail Forward 的智慧型失败循环：进行明智的冒险</translation>
    </message>
    <message>
        <source>One smart risk you will take this week.</source>
        <translation>这周你要进行的一次明智的冒险。</translation>
    </message>
    <message>
        <source>You can turn it into a new reflection or an experiment.</source>
        <translation>你可以把它变成一条新的反思或一个实验。</translation>
    </message>
    <message>
        <source>McGrath, Failing by Design (HBR 2011): codify and share what you learn</source>
        <translation>麦格拉思，《有计划地失败》（HBR 2011）：把学到的东西整理下来并分享</translation>
    </message>
    <message>
        <source>A lesson to keep, or to share with your coach.</source>
        <translation>一条想要保留、或想和教练分享的心得。</translation>
    </message>
</context>
<context>
    <name>PromptDelegate</name>
    <message>
        <source>You answered an earlier wording: “%1”</source>
        <translation>你回答的是较早版本的问题：“%1”</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Debrief locks once the file being written is finished.</source>
        <translation>正在写入的文件完成后，Debrief 就会锁定。</translation>
    </message>
    <message>
        <source>Stop the recording first; then the key can be rotated.</source>
        <translation>请先停止录音，然后才能更换密钥。</translation>
    </message>
    <message>
        <source>A file is being written. Rotate the key once it is finished.</source>
        <translation>正在写入文件。文件完成后再更换密钥。</translation>
    </message>
    <message>
        <source>Debrief locks once the key change is finished.</source>
        <translation>密钥更换完成后，Debrief 就会锁定。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReceivedEntryCard</name>
    <message>
        <source>Written %1 · %2</source>
        <extracomment>%1 is a date and time, %2 the name of a loop stage</extracomment>
        <translation>写于 %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 names a voice note, %2 is its length (minutes:seconds)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>播放：%1</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>你的评论</translation>
    </message>
    <message>
        <source>Write what you noticed, a question, an encouragement…</source>
        <translation>写下你注意到的、一个问题、一句鼓励…</translation>
    </message>
    <message>
        <source>Your comment on “%1”</source>
        <translation>你对“%1”的评论</translation>
    </message>
</context>
<context>
    <name>RecordControl</name>
    <message>
        <source>●  Record</source>
        <translation>●  录音</translation>
    </message>
    <message>
        <source>Record a voice reflection</source>
        <translation>录一段语音反思</translation>
    </message>
    <message>
        <source>Talk it through; Ctrl+R starts and stops.</source>
        <translation>把它说出来；Ctrl+R 开始和停止。</translation>
    </message>
    <message>
        <source>Talk it through instead of typing.</source>
        <translation>说出来，不用打字。</translation>
    </message>
    <message>
        <source>Debrief needs the microphone only to record what you say; the recording stays encrypted on this device.</source>
        <translation>Debrief 只用麦克风录下你说的话；录音会加密保存在这台设备上。</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>正在启动麦克风…</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>已录制时长</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>停止并保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>%1 left: at the limit the recording stops and is saved.</source>
        <translation>还剩 %1：达到上限时录音会停止并保存。</translation>
    </message>
    <message>
        <source>The recording reached the limit of %1 and was saved.</source>
        <translation>录音已达到 %1 的上限，已保存。</translation>
    </message>
    <message>
        <source>Discard this recording?</source>
        <translation>丢弃这段录音？</translation>
    </message>
    <message>
        <source>What you have recorded so far will be deleted. This cannot be undone.</source>
        <translation>你目前录下的内容将被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>继续录音</translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remind me to take each reflection to its next step</source>
        <translation>提醒我把每条反思推进到下一步</translation>
    </message>
    <message>
        <source>Daily review time</source>
        <translation>每日回顾时间</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>免打扰开始于</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>免打扰开始时间</translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation>免打扰结束于</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>免打扰结束时间</translation>
    </message>
    <message>
        <source>At most per day</source>
        <translation>每天最多</translation>
    </message>
    <message>
        <source>Reminders at most per day</source>
        <translation>每天最多提醒次数</translation>
    </message>
    <message>
        <source>Remind me at weekends</source>
        <translation>周末也提醒我</translation>
    </message>
    <message>
        <source>Reminders never come in quiet hours; the daily review time is when reminders for the next morning and experiment check days come. The weekly review comes on Sunday when something is waiting.</source>
        <translation>免打扰时段绝不会发出提醒；每日回顾时间会发出第二天早上的提醒和实验检验日的提醒。如果有待处理的事项，每周回顾会在周日发出。</translation>
    </message>
    <message>
        <source>Show the entry&apos;s first line in reminders</source>
        <translation>在提醒中显示条目的第一行</translation>
    </message>
    <message>
        <source>Anyone who can see your screen or lock screen can read these lines. Turn this off to keep reminders generic.</source>
        <translation>任何能看到你的屏幕或锁屏的人都能读到这些内容。关闭此项可让提醒保持通用。</translation>
    </message>
    <message>
        <source>Off: reminders say only what step is next, never what you wrote, so nothing private shows on your lock screen.</source>
        <translation>关闭：提醒只说明下一步是什么，绝不显示你写的内容，所以锁屏上不会出现任何隐私。</translation>
    </message>
    <message>
        <source>Start Debrief in the tray when I log in, so reminders come</source>
        <translation>登录时在系统托盘中启动 Debrief，以便接收提醒</translation>
    </message>
</context>
<context>
    <name>RestoreSection</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Bring back a backup made with “Back up everything”, on this device or another one.</source>
        <translation>恢复用“备份全部内容”创建的备份，无论是在这台设备还是另一台设备上。</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>Choose the backup file to restore</source>
        <translation>选择要恢复的备份文件</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>密码短语或恢复码</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase or your recovery code</source>
        <translation>备份的密码短语或你的恢复码</translation>
    </message>
    <message>
        <source>Restore everything</source>
        <translation>恢复全部内容</translation>
    </message>
    <message>
        <source>Into this vault (merge, no duplicates)</source>
        <translation>恢复到这个保险库（合并，不重复）</translation>
    </message>
    <message>
        <source>Reflections already here are kept as they are; only what is missing is added.</source>
        <translation>已有的反思保持不变；只添加缺少的内容。</translation>
    </message>
    <message>
        <source>Your vault is empty: everything in the backup comes back as it was.</source>
        <translation>你的保险库是空的：备份中的所有内容都会按原样恢复。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Debrief backups (*.debrief)</source>
        <translation>Debrief 备份 (*.debrief)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ResultPrompt</name>
    <message>
        <source>No experiment yet. Plan one in Apply, then come back to record how it went.</source>
        <translation>还没有实验。先在“应用”阶段计划一个，然后回来记录它的进展。</translation>
    </message>
    <message>
        <source>Plan it in Apply</source>
        <translation>在“应用”中计划</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>你的预测</translation>
    </message>
    <message>
        <source>(no hypothesis written)</source>
        <translation>（未写假设）</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>行动：%1</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>信号：%1</translation>
    </message>
    <message>
        <source>Check was due %1</source>
        <translation>检验日期已过：%1</translation>
    </message>
    <message>
        <source>Check on %1</source>
        <translation>%1 检验</translation>
    </message>
    <message>
        <source>What happened, compared with what you expected?</source>
        <translation>和你的预期相比，实际发生了什么？</translation>
    </message>
    <message>
        <source>Result of the experiment</source>
        <translation>实验结果</translation>
    </message>
</context>
<context>
    <name>RowSelection</name>
    <message>
        <source>Select %1</source>
        <translation>选择 %1</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>Nothing was entered; the vault stays locked.</source>
        <translation>没有输入任何内容；保险库保持锁定。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for your passphrase or recovery code. Give it with --passphrase-file FILE.</source>
        <translation>没有终端可用来询问你的密码短语或恢复码。请用 --passphrase-file FILE 提供。</translation>
    </message>
    <message>
        <source>The passphrase file cannot be read.</source>
        <translation>无法读取密码短语文件。</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>密码短语文件是空的。</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap reflections to select them</source>
        <translation>点按反思以选择</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Share the selected reflections with a coach</source>
        <translation>把选中的反思分享给教练</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the selected reflections as a readable file</source>
        <translation>把选中的反思导出为可读文件</translation>
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
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the selection and leave select mode</source>
        <translation>清除选择并退出选择模式</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Someone who gave no name</source>
        <translation>未留名字的人</translation>
    </message>
    <message>
        <source>Shared with you by %1. Read-only: your comments go back to them only when you send them.</source>
        <translation>由 %1 分享给你。只读：只有在你发送时，你的评论才会传回给对方。</translation>
    </message>
    <message>
        <source>Send comments back…</source>
        <translation>发回评论…</translation>
    </message>
    <message>
        <source>Send your comments back to %1</source>
        <translation>把你的评论发回给 %1</translation>
    </message>
    <message>
        <source>Forget this sender</source>
        <translation>忘记这位发送者</translation>
    </message>
    <message>
        <source>Forget %1 and everything they shared</source>
        <translation>忘记 %1 及其分享的所有内容</translation>
    </message>
    <message>
        <source>Saving the comments</source>
        <translation>正在保存评论</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the comments for %1</source>
        <translation>保存给 %1 的评论</translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation>Debrief 文件 (*.debrief)</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>忘记 %1？</translation>
    </message>
    <message>
        <source>Everything %1 shared with you, and your comments on it, is removed from this vault. Comments you already sent stay with them.</source>
        <translation>%1 分享给你的所有内容以及你的评论都会从这个保险库中移除。你已经发送的评论仍会留在对方那里。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Your chosen microphone is not connected; using the system default.</source>
        <translation>你选择的麦克风未连接；正在使用系统默认麦克风。</translation>
    </message>
    <message>
        <source>No microphone found. Connect one to record your voice.</source>
        <translation>没有找到麦克风。连接一个麦克风才能录音。</translation>
    </message>
    <message>
        <source>Recording limit</source>
        <translation>录音时长上限</translation>
    </message>
    <message>
        <source>Recording limit in minutes</source>
        <translation>录音时长上限（分钟）</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>A recording stops by itself at the limit; a notice shows 30 seconds before.</source>
        <translation>录音达到上限时会自动停止；结束前 30 秒会显示提示。</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Everything in one encrypted file, protected by a passphrase or your recovery code; restore it here or on a new device.</source>
        <translation>所有内容都在一个加密文件中，由密码短语或你的恢复码保护；可以在这里或新设备上恢复。</translation>
    </message>
    <message>
        <source>Back up or restore…</source>
        <translation>备份或恢复…</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Your sharing key lets others share reflections with you, and your name is what they see.</source>
        <translation>别人可以通过你的分享密钥与你分享反思，他们看到的是你的名字。</translation>
    </message>
    <message>
        <source>My sharing key…</source>
        <translation>我的分享密钥…</translation>
    </message>
    <message>
        <source>My sharing key</source>
        <translation>我的分享密钥</translation>
    </message>
    <message>
        <source>Security and privacy</source>
        <translation>安全与隐私</translation>
    </message>
    <message>
        <source>Passphrase and keys…</source>
        <translation>密码短语和密钥…</translation>
    </message>
    <message>
        <source>Passphrase, recovery code and vault key</source>
        <translation>密码短语、恢复码和保险库密钥</translation>
    </message>
    <message>
        <source>Privacy…</source>
        <translation>隐私…</translation>
    </message>
    <message>
        <source>How Debrief keeps your reflections private</source>
        <translation>Debrief 如何保护你的反思隐私</translation>
    </message>
    <message>
        <source>Erase every reflection, voice note and everything shared with you. The vault and its passphrase stay.</source>
        <translation>清除每一条反思、语音笔记以及别人分享给你的所有内容。保险库及其密码短语会保留。</translation>
    </message>
    <message>
        <source>Erase everything…</source>
        <translation>清除全部内容…</translation>
    </message>
    <message>
        <source>Erase everything: asks twice first</source>
        <translation>清除全部内容：会先询问两次</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Debrief</source>
        <translation>欢迎使用 Debrief</translation>
    </message>
    <message>
        <source>What you write here is encrypted and stays on this device. Debrief keeps the key in your system keyring so it opens without a prompt.</source>
        <translation>你在这里写下的内容都会加密，并保存在这台设备上。Debrief 把密钥保存在系统钥匙串中，所以打开时无需输入。</translation>
    </message>
    <message>
        <source>This is your recovery code. It is the only way back in on a new device or if the keyring is lost. Write it down or keep it in a password manager: it is shown only once.</source>
        <translation>这是你的恢复码。在新设备上或钥匙串丢失时，它是重新进入的唯一方式。请把它写下来或保存在密码管理器中：它只会显示一次。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>我已保存好了</translation>
    </message>
    <message>
        <source>Use a passphrase instead</source>
        <translation>改用密码短语</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters. You will need it on a new device or if the keyring is lost; nobody can reset it for you.</source>
        <translation>
            <numerusform>请选择至少 %n 个字符的密码短语。在新设备上或钥匙串丢失时你会需要它；没有人能帮你重置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>创建我的保险库</translation>
    </message>
    <message>
        <source>Use a recovery code instead</source>
        <translation>改用恢复码</translation>
    </message>
    <message>
        <source>How Debrief keeps your reflections private</source>
        <translation>Debrief 如何保护你的反思隐私</translation>
    </message>
</context>
<context>
    <name>ShareChoicesModel</name>
    <message>
        <source>Voice note</source>
        <translation>语音笔记</translation>
    </message>
    <message>
        <source>Untitled reflection</source>
        <translation>无标题的反思</translation>
    </message>
</context>
<context>
    <name>ShareCommands</name>
    <message>
        <source>No coach is remembered by that name. Give their key once with --coach NAME --coach-key KEY.</source>
        <translation>没有以这个名字记住的教练。请用 --coach NAME --coach-key KEY 提供一次对方的密钥。</translation>
    </message>
    <message>
        <source>Wrote %1. It is NOT encrypted: anyone who has it can read it.</source>
        <translation>已写入 %1。它没有加密：任何拿到它的人都能读取。</translation>
    </message>
    <message>
        <source>Passphrase for the shared file: </source>
        <translation>分享文件的密码短语： </translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>正在加密</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n reflection(s) in %1.</source>
        <translation>
            <numerusform>已将 %n 条反思分享到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the passphrase by another channel than the file (a call, a message app), never in the same email.</source>
        <translation>请通过与文件不同的渠道发送密码短语（电话、聊天应用），绝不要放在同一封邮件里。</translation>
    </message>
    <message>
        <source>Passphrase of the shared file: </source>
        <translation>分享文件的密码短语： </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) are about entries no longer here, or older than the one kept; they were skipped.</source>
        <translation>
            <numerusform>有 %n 条评论针对的条目已不存在，或比保留的版本更旧；已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments from %1: %2 new, %3 updated.</source>
        <translation>来自 %1 的评论：新增 %2 条，更新 %3 条。</translation>
    </message>
    <message>
        <source>Reflections shared by %1: %2 new, %3 updated. They are under &quot;Shared with me&quot;.</source>
        <translation>%1 分享的反思：新增 %2 条，更新 %3 条。它们位于“分享给我的”下。</translation>
    </message>
</context>
<context>
    <name>ShareEntryChoices</name>
    <message>
        <source>left out</source>
        <translation>已省略</translation>
    </message>
    <message>
        <source>Text and tags</source>
        <translation>文字和标签</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>没有文字</translation>
    </message>
    <message>
        <source>Stage answers</source>
        <translation>各阶段的回答</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>还没有回答</translation>
    </message>
    <message>
        <source>Lessons and experiments</source>
        <translation>心得和实验</translation>
    </message>
    <message>
        <source>No lessons yet</source>
        <translation>还没有心得</translation>
    </message>
    <message>
        <source>Voice notes</source>
        <translation>语音笔记</translation>
    </message>
    <message>
        <source>No voice notes</source>
        <translation>没有语音笔记</translation>
    </message>
    <message>
        <source>Apply these choices to all</source>
        <translation>将这些选择应用到全部</translation>
    </message>
    <message>
        <source>Apply the choices of “%1” to every reflection</source>
        <translation>将“%1”的选择应用到每条反思</translation>
    </message>
</context>
<context>
    <name>ShareError</name>
    <message>
        <source>Cancelled. Nothing was saved and nothing changed.</source>
        <translation>已取消。没有保存任何内容，也没有任何改变。</translation>
    </message>
    <message>
        <source>Choose at least one entry first.</source>
        <translation>请先至少选择一个条目。</translation>
    </message>
    <message>
        <source>That is not a valid public key. A coach&apos;s key starts with &quot;age1&quot; and is about 60 characters long; copy it again in one piece.</source>
        <translation>这不是有效的公钥。教练的密钥以“age1”开头，大约 60 个字符；请完整地重新复制一遍。</translation>
    </message>
    <message>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>请使用至少 %1 个字符的密码短语。</translation>
    </message>
    <message>
        <source>This share did not include a key to send comments back to, so comments cannot be sent to its sender.</source>
        <translation>这次分享没有包含用于回传评论的密钥，所以无法把评论发给分享者。</translation>
    </message>
    <message>
        <source>There is no comment to send yet. Write a comment on an entry first.</source>
        <translation>还没有可发送的评论。请先对某个条目写一条评论。</translation>
    </message>
    <message>
        <source>This file opened, but it is not a Debrief share or backup (or it is damaged). Nothing was imported.</source>
        <translation>这个文件能打开，但它不是 Debrief 分享或备份文件（或者已损坏）。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This file holds unexpected files, so it was not opened. Nothing was imported.</source>
        <translation>这个文件包含意外的文件，因此没有打开。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This file is larger than Debrief accepts, so it was not opened. Nothing was imported.</source>
        <translation>这个文件超出了 Debrief 接受的大小，因此没有打开。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This file&apos;s contents are damaged or were not made by Debrief. Nothing was imported.</source>
        <translation>这个文件的内容已损坏，或者不是由 Debrief 生成的。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Debrief. Update Debrief to open it; nothing was imported.</source>
        <translation>这个文件由更新版本的 Debrief 生成。请更新 Debrief 后再打开；没有导入任何内容。</translation>
    </message>
    <message>
        <source>This is a different kind of Debrief file: open shares and comments with Import, and backups with Restore. Nothing was changed.</source>
        <translation>这是另一种 Debrief 文件：分享和评论请用“导入”打开，备份请用“恢复”打开。没有任何改变。</translation>
    </message>
    <message>
        <source>This vault already holds entries. Merge the backup into it instead (entries already here are kept as they are); nothing was changed.</source>
        <translation>这个保险库里已经有条目了。请改为把备份合并进来（已有条目保持不变）；没有任何改变。</translation>
    </message>
    <message>
        <source>The file cannot be read or written. Check that the folder exists, that you may write there and that the disk is not full.</source>
        <translation>无法读写该文件。请检查文件夹是否存在、你是否有写入权限，以及磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Share with a coach</source>
        <translation>分享给教练</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) for your coach, in one encrypted file: only the person you choose below can open it.</source>
        <translation>
            <numerusform>%n 条反思给你的教练，放在一个加密文件中：只有你在下面选择的人才能打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Your coach will see it comes from %1.</source>
        <translation>你的教练会看到它来自 %1。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Change your name</source>
        <translation>更改你的名字</translation>
    </message>
    <message>
        <source>How your coach knows you</source>
        <translation>教练如何认出你</translation>
    </message>
    <message>
        <source>Your name, as your coach will see it</source>
        <translation>你的名字，教练看到的样子</translation>
    </message>
    <message>
        <source>Use this name</source>
        <translation>使用这个名字</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>包含哪些内容</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Exactly what your coach will read (entries.md in the file); voice notes go along as audio files.</source>
        <translation>这正是你的教练会读到的内容（文件中的 entries.md）；语音笔记会作为音频文件一起发送。</translation>
    </message>
    <message>
        <source>Preview of what your coach will read</source>
        <translation>预览教练会读到的内容</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护方式</translation>
    </message>
    <message>
        <source>Save encrypted file…</source>
        <translation>保存加密文件…</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>正在加密</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>分享…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Send the file with another app</source>
        <translation>用其他应用发送文件</translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation>在文件夹中显示已保存的文件</translation>
    </message>
    <message>
        <source>Save the encrypted file</source>
        <translation>保存加密文件</translation>
    </message>
    <message>
        <source>Debrief files (*.debrief)</source>
        <translation>Debrief 文件 (*.debrief)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the encrypted file: confirm it is you, then choose where</source>
        <translation>保存加密文件：确认是我本人，然后选择位置</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to save these reflections for your coach.</source>
        <translation>输入你的密码短语或恢复码，为你的教练保存这些反思。</translation>
    </message>
</context>
<context>
    <name>ShareProtectionForm</name>
    <message>
        <source>My coach&apos;s key (only they can open it)</source>
        <translation>我的教练的密钥（只有对方能打开）</translation>
    </message>
    <message>
        <source>A passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Add another coach</source>
        <translation>添加另一位教练</translation>
    </message>
    <message>
        <source>Coach&apos;s name</source>
        <translation>教练的名字</translation>
    </message>
    <message>
        <source>Their public key: age1…</source>
        <translation>对方的公钥：age1…</translation>
    </message>
    <message>
        <source>Coach&apos;s public key</source>
        <translation>教练的公钥</translation>
    </message>
    <message>
        <source>Read from a file…</source>
        <translation>从文件读取…</translation>
    </message>
    <message>
        <source>Read the coach&apos;s public key from a file</source>
        <translation>从文件读取教练的公钥</translation>
    </message>
    <message>
        <source>Remember this coach</source>
        <translation>记住这位教练</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Passphrase for the shared file</source>
        <translation>分享文件的密码短语</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Passphrase for the shared file, again</source>
        <translation>再次输入分享文件的密码短语</translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>密码短语强度：%1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; several unrelated words are strong and easy to say. Send the passphrase by another channel (a call, a message app), never with the file.</source>
        <translation>
            <numerusform>至少 %n 个字符；几个互不相关的词组合起来既安全又好念。请通过其他渠道（电话、聊天应用）发送密码短语，绝不要和文件一起发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file with your coach&apos;s public key</source>
        <translation>包含教练公钥的文件</translation>
    </message>
    <message>
        <source>Key files (*.txt *.pub *.age)</source>
        <translation>密钥文件 (*.txt *.pub *.age)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SharedWithMePage</name>
    <message>
        <source>Shared with me</source>
        <translation>分享给我的</translation>
    </message>
    <message>
        <source>Open a shared file…</source>
        <translation>打开分享的文件…</translation>
    </message>
    <message>
        <source>Open a file someone shared with you</source>
        <translation>打开别人分享给你的文件</translation>
    </message>
    <message>
        <source>My sharing key</source>
        <translation>我的分享密钥</translation>
    </message>
    <message>
        <source>Show my sharing key</source>
        <translation>显示我的分享密钥</translation>
    </message>
    <message>
        <source>People who shared with you</source>
        <translation>与你分享过的人</translation>
    </message>
    <message>
        <source>Someone who gave no name</source>
        <translation>未留名字的人</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n 条反思</numerusform>
        </translation>
    </message>
    <message>
        <source>last received %1</source>
        <translation>最近接收于 %1</translation>
    </message>
    <message>
        <source>Nothing shared with you yet. When someone sends you a .debrief file, open it here or drop it on this window. To receive one, send them your sharing key first.</source>
        <translation>还没有人与你分享。有人发给你 .debrief 文件时，在这里打开或拖到这个窗口上。要接收分享，请先把你的分享密钥发给对方。</translation>
    </message>
</context>
<context>
    <name>SharingKeyPage</name>
    <message>
        <source>My sharing key</source>
        <translation>我的分享密钥</translation>
    </message>
    <message>
        <source>Someone who wants to share reflections with you, or send your comments back, needs this key. It is public: send it by email or a message, or let them scan the code. Only this vault can open what is encrypted to it.</source>
        <translation>想与你分享反思、或者回传你的评论的人，需要这个密钥。它是公开的：可以通过邮件或消息发送，也可以让对方扫描二维码。只有这个保险库能打开加密给它的内容。</translation>
    </message>
    <message>
        <source>Your sharing key: %1</source>
        <translation>你的分享密钥：%1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy your sharing key</source>
        <translation>复制你的分享密钥</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message to the person.</source>
        <translation>已复制。把它粘贴到发给对方的消息里。</translation>
    </message>
    <message>
        <source>QR code of your sharing key</source>
        <translation>你的分享密钥的二维码</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>How others see you, e.g. Alex</source>
        <translation>别人看到的你，例如 Alex</translation>
    </message>
    <message>
        <source>Your name, as others see it</source>
        <translation>你的名字，别人看到的样子</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save your name</source>
        <translation>保存你的名字</translation>
    </message>
    <message>
        <source>People you share with, and the coaches you send comments back to, see this name.</source>
        <translation>与你分享的人，以及你回传评论的教练，都会看到这个名字。</translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Deviance</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>I chose to skip a known rule or practice.</source>
        <translation>我选择跳过了一条已知的规则或做法。</translation>
    </message>
    <message>
        <source>Inattention</source>
        <translation>疏忽</translation>
    </message>
    <message>
        <source>I drifted from what I know how to do.</source>
        <translation>我偏离了自己本来会做的方式。</translation>
    </message>
    <message>
        <source>Lack of ability</source>
        <translation>能力不足</translation>
    </message>
    <message>
        <source>I did not yet have the skills, conditions or training.</source>
        <translation>我当时还不具备所需的技能、条件或培训。</translation>
    </message>
    <message>
        <source>Process inadequacy</source>
        <translation>流程不足</translation>
    </message>
    <message>
        <source>I followed a process that was faulty or incomplete.</source>
        <translation>我遵循的流程有缺陷或不完整。</translation>
    </message>
    <message>
        <source>Task challenge</source>
        <translation>任务挑战</translation>
    </message>
    <message>
        <source>The task was too hard to get right every time.</source>
        <translation>这项任务太难，无法每次都做对。</translation>
    </message>
    <message>
        <source>Process complexity</source>
        <translation>流程复杂</translation>
    </message>
    <message>
        <source>Many parts met in a new way and broke down.</source>
        <translation>许多部分以新的方式交织在一起，然后出了问题。</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Nobody could know what would happen; a reasonable step went wrong.</source>
        <translation>没有人能预知会发生什么；一个合理的步骤出了错。</translation>
    </message>
    <message>
        <source>Hypothesis testing</source>
        <translation>假设检验</translation>
    </message>
    <message>
        <source>I tested an idea that might work, and it did not.</source>
        <translation>我检验了一个可能行得通的想法，结果没有成功。</translation>
    </message>
    <message>
        <source>Exploratory testing</source>
        <translation>探索性测试</translation>
    </message>
    <message>
        <source>I explored new territory to learn, and got an undesired result.</source>
        <translation>我为了学习而探索新领域，得到了不理想的结果。</translation>
    </message>
</context>
<context>
    <name>SpectrumPrompt</name>
    <message>
        <source>Blameworthy</source>
        <translation>应受责备</translation>
    </message>
    <message>
        <source>Praiseworthy</source>
        <translation>值得称赞</translation>
    </message>
    <message>
        <source>Not placed yet: pick the point that fits best, or just the type.</source>
        <translation>尚未归类：选择最合适的点，或者只选类型。</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础型</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂型</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation>智慧型</translation>
    </message>
    <message>
        <source>Only the type: %1</source>
        <translation>只选类型：%1</translation>
    </message>
</context>
<context>
    <name>SpokenAnswer</name>
    <message>
        <source>Speak your answer to: %1</source>
        <translation>说出你对这个问题的回答：%1</translation>
    </message>
    <message>
        <source>Speak your answer</source>
        <translation>说出你的回答</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>正在启动麦克风…</translation>
    </message>
    <message>
        <source>Recorded time</source>
        <translation>已录制时长</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop and save the spoken answer</source>
        <translation>停止并保存语音回答</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>%1 left: at the limit the recording stops and is saved.</source>
        <translation>还剩 %1：达到上限时录音会停止并保存。</translation>
    </message>
    <message>
        <source>Pause the spoken answer</source>
        <translation>暂停语音回答</translation>
    </message>
    <message>
        <source>Play the spoken answer</source>
        <translation>播放语音回答</translation>
    </message>
    <message>
        <source>Spoken answer · %1 / %2</source>
        <translation>语音回答 · %1 / %2</translation>
    </message>
    <message>
        <source>Spoken answer · %1</source>
        <translation>语音回答 · %1</translation>
    </message>
    <message>
        <source>Delete spoken answer</source>
        <translation>删除语音回答</translation>
    </message>
    <message>
        <source>Discard this spoken answer?</source>
        <translation>丢弃这条语音回答？</translation>
    </message>
    <message>
        <source>What you have said so far will be deleted. This cannot be undone.</source>
        <translation>你目前说的内容将被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Keep recording</source>
        <translation>继续录音</translation>
    </message>
    <message>
        <source>Delete this spoken answer?</source>
        <translation>删除这条语音回答？</translation>
    </message>
    <message>
        <source>The recording of your answer will be deleted. This cannot be undone; a typed answer stays.</source>
        <translation>你的回答录音将被删除。此操作无法撤销；输入的文字回答会保留。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Detect</source>
        <translation>觉察</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>%1 (closed)</source>
        <extracomment>%1 is the name of a loop stage (Detect, Analyse, Apply, Continue)</extracomment>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <source>Closed early: “%1”. You can still read and change the answers; Reopen takes it on from %2.</source>
        <extracomment>%1 is the person&apos;s reason for closing; %2 is the name of a loop stage</extracomment>
        <translation>提前完成：“%1”。你仍然可以阅读和修改回答；“重新打开”会从%2阶段继续。</translation>
    </message>
    <message>
        <source>Closed: the loop is complete. You can still read and change the answers, or reopen it.</source>
        <translation>已完成：循环已经走完。你仍然可以阅读和修改回答，或者重新打开它。</translation>
    </message>
    <message>
        <source>This reflection is at %1; you can still change these answers.</source>
        <extracomment>%1 is the name of a loop stage (Detect, Analyse, Apply, Continue)</extracomment>
        <translation>这条反思处于%1阶段；你仍然可以修改这些回答。</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>button: %1 is the name of a loop stage</extracomment>
        <translation>前往%1阶段</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>到目前为止</translation>
    </message>
    <message>
        <source>On to %1</source>
        <extracomment>loop history: %1 is the name of the loop stage moved to</extracomment>
        <translation>进入%1阶段</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <extracomment>loop history: %1 is the name of the loop stage moved back to</extracomment>
        <translation>返回%1阶段</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <extracomment>loop history: %1 is the name of the skipped stage, %2 the person&apos;s reason</extracomment>
        <translation>已跳过%1阶段：%2</translation>
    </message>
    <message>
        <source>Closed at %1: %2</source>
        <extracomment>loop history: %1 is the name of a loop stage, %2 the person&apos;s reason</extracomment>
        <translation>在%1阶段完成：%2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Reopened at %1</source>
        <extracomment>loop history: %1 is the name of a loop stage</extracomment>
        <translation>在%1阶段重新打开</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Back a stage</source>
        <translation>返回上一阶段</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <source>Close early…</source>
        <translation>提前完成…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Skip %1?</source>
        <extracomment>dialog title: %1 is the name of a loop stage</extracomment>
        <translation>跳过%1阶段？</translation>
    </message>
    <message>
        <source>A few words on why, for when you look back.</source>
        <translation>用几句话说明原因，方便以后回顾。</translation>
    </message>
    <message>
        <source>For example: nothing to change here</source>
        <translation>例如：这里没有什么需要改变的</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Close this reflection early?</source>
        <translation>提前完成这条反思？</translation>
    </message>
    <message>
        <source>Why close it now? You can reopen it at any time.</source>
        <translation>为什么现在完成？你可以随时重新打开它。</translation>
    </message>
    <message>
        <source>For example: it no longer matters</source>
        <translation>例如：这件事已经不重要了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Remove tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <source>Another tag</source>
        <translation>另一个标签</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message numerus="yes">
        <source>%1, on %n reflection(s)</source>
        <comment>tag suggestion: the tag&apos;s name, how many reflections have it</comment>
        <translation>
            <numerusform>%1，用于 %n 条反思</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayPresence</name>
    <message>
        <source>Open Debrief</source>
        <translation>打开 Debrief</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock Debrief</source>
        <translation>解锁 Debrief</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code to open your reflections.</source>
        <translation>输入你的密码短语或恢复码，打开你的反思。</translation>
    </message>
    <message>
        <source>This system has no keyring, so Debrief asks for your passphrase or recovery code each time it starts.</source>
        <translation>这个系统没有钥匙串，所以 Debrief 每次启动时都会询问你的密码短语或恢复码。</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>密码短语或恢复码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Debrief is locked</source>
        <translation>Debrief 已锁定</translation>
    </message>
    <message>
        <source>Enter your PIN to open your reflections.</source>
        <translation>输入你的 PIN 码以打开你的反思。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>错误尝试次数过多。请在 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use your PIN instead</source>
        <translation>改用你的 PIN 码</translation>
    </message>
    <message>
        <source>Use your recovery code instead</source>
        <translation>改用你的恢复码</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>That passphrase or recovery code does not open this vault. Check it and try again; nothing has been changed.</source>
        <translation>这个密码短语或恢复码打不开这个保险库。请检查后再试一次；没有任何改变。</translation>
    </message>
    <message>
        <source>The key saved in your system keyring does not fit this vault. Unlock with your passphrase or recovery code.</source>
        <translation>保存在系统钥匙串中的密钥与这个保险库不匹配。请用你的密码短语或恢复码解锁。</translation>
    </message>
    <message>
        <source>Your system keyring does not hold this vault&apos;s key (it may have been reset). Unlock with your passphrase or recovery code.</source>
        <translation>你的系统钥匙串中没有这个保险库的密钥（可能已被重置）。请用你的密码短语或恢复码解锁。</translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be read. Your key is right; the file itself is broken. Nothing has been deleted.</source>
        <translation>保险库文件已损坏，无法读取。你的密钥是正确的；是文件本身坏了。没有删除任何内容。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, so the vault cannot be unlocked. Restore the file &quot;vault.keys&quot; next to the vault; nothing has been changed.</source>
        <translation>保险库的密钥文件丢失了，所以无法解锁保险库。请把“vault.keys”文件恢复到保险库旁边；没有任何改变。</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged, so no passphrase or recovery code can unlock the vault. Nothing has been changed; put back a copy of the file &quot;vault.keys&quot; if you have one.</source>
        <translation>保险库的密钥文件已损坏，所以任何密码短语或恢复码都无法解锁保险库。没有任何改变；如果你有“vault.keys”文件的副本，请把它放回去。</translation>
    </message>
    <message>
        <source>No system keyring is available. Unlock with your passphrase or recovery code.</source>
        <translation>没有可用的系统钥匙串。请用你的密码短语或恢复码解锁。</translation>
    </message>
    <message>
        <source>The disk is full. Your text is kept here; free some space and try again.</source>
        <translation>磁盘已满。你的文字保留在这里；请腾出一些空间后再试一次。</translation>
    </message>
    <message>
        <source>Debrief cannot write to its data folder. Your text is kept here; check the folder&apos;s permissions and try again.</source>
        <translation>Debrief 无法写入它的数据文件夹。你的文字保留在这里；请检查文件夹的权限后再试一次。</translation>
    </message>
    <message>
        <source>That reflection no longer exists.</source>
        <translation>这条反思已经不存在了。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Debrief. Update Debrief to open it; nothing has been changed.</source>
        <translation>这个保险库是由更新版本的 Debrief 写入的。请更新 Debrief 后再打开；没有任何改变。</translation>
    </message>
    <message>
        <source>A vault already exists here; Debrief will not create a new one over it.</source>
        <translation>这里已经有一个保险库；Debrief 不会在它上面新建一个。</translation>
    </message>
    <message>
        <source>Debrief could not read or write its vault. Your text is kept here; try again.</source>
        <translation>Debrief 无法读写它的保险库。你的文字保留在这里；请再试一次。</translation>
    </message>
    <message>
        <source>A tag cannot be empty and can have at most 40 characters.</source>
        <translation>标签不能为空，最多 40 个字符。</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1. Create one with &quot;debrief-cli init&quot;; nothing has been created.</source>
        <translation>%1 中没有保险库。请用“debrief-cli init”创建一个；没有创建任何内容。</translation>
    </message>
    <message>
        <source>Passphrase or recovery code: </source>
        <translation>密码短语或恢复码： </translation>
    </message>
</context>
<context>
    <name>VoicePlayerBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>录音中的位置</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>playback position / length, both minutes:seconds</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>正常速度</translation>
    </message>
    <message>
        <source>1.5×</source>
        <translation>1.5×</translation>
    </message>
    <message>
        <source>One and a half times as fast</source>
        <translation>一倍半速度</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>Twice as fast</source>
        <translation>两倍速度</translation>
    </message>
    <message>
        <source>Recovered recording</source>
        <translation>恢复的录音</translation>
    </message>
    <message>
        <source>Debrief closed while this was being recorded; everything up to then was kept.</source>
        <translation>录制时 Debrief 被关闭了；之前录下的内容都已保留。</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation>无法保存你的设置，因此它们只在 Debrief 关闭前有效。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Reflection deleted.</source>
        <translation>反思已删除。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>● Recording %1</source>
        <translation>● 正在录音 %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Leave select mode</source>
        <translation>退出选择模式</translation>
    </message>
    <message>
        <source>Select reflections to share or export</source>
        <translation>选择要分享或导出的反思</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a shared file</source>
        <translation>打开分享的文件</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>新的反思</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Due (%1)</source>
        <translation>待办（%1）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>心得</translation>
    </message>
    <message>
        <source>Experiments (%1 due)</source>
        <translation>实验（%1 个到期）</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>分享给我的</translation>
    </message>
    <message>
        <source>Open a shared file…</source>
        <translation>打开分享的文件…</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>No system keyring: Debrief will ask for your passphrase or recovery code at each start.</source>
        <translation>没有系统钥匙串：Debrief 每次启动时都会询问你的密码短语或恢复码。</translation>
    </message>
    <message>
        <source>Saved. It is encrypted on this device.</source>
        <translation>已保存。已在这台设备上加密。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Voice note saved. It is encrypted on this device.</source>
        <translation>语音笔记已保存。已在这台设备上加密。</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
</context>
<context>
    <name>WritingArea</name>
    <message>
        <source>Reflection text</source>
        <translation>反思内容</translation>
    </message>
</context>
<context>
    <name>debrief::AppLockController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>请选择至少 %n 个字符的密码短语。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>请输入你的密码短语。</translation>
    </message>
    <message>
        <source>A PIN needs the system keyring, which is not available. Use a passphrase.</source>
        <translation>PIN 码需要系统钥匙串，但它不可用。请使用密码短语。</translation>
    </message>
    <message numerus="yes">
        <source>Choose a PIN of at least %n digits.</source>
        <translation>
            <numerusform>请选择至少 %n 位数字的 PIN 码。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <source>The system keyring did not accept the PIN&apos;s key, so the lock is not on. Try again, or use a passphrase.</source>
        <translation>系统钥匙串没有接受 PIN 码的密钥，所以锁定没有开启。请再试一次，或使用密码短语。</translation>
    </message>
    <message>
        <source>The vault key could not be taken out of the system keyring, so the lock is not on. Try again.</source>
        <translation>无法从系统钥匙串中取出保险库密钥，所以锁定没有开启。请再试一次。</translation>
    </message>
    <message>
        <source>The system keyring did not take the vault key back, so the lock stays on. Try again.</source>
        <translation>系统钥匙串没有收回保险库密钥，所以锁定仍然开启。请再试一次。</translation>
    </message>
</context>
<context>
    <name>debrief::AttemptCountdown</name>
    <message numerus="yes">
        <source>Too many wrong attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>错误尝试次数过多。你可以在 %n 秒后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::BackupController</name>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>两次输入的密码短语不一致。请输入两次相同的密码短语。</translation>
    </message>
    <message>
        <source>That is not a recovery code. It is six groups of four letters and digits, as you wrote it down when you started Debrief.</source>
        <translation>这不是恢复码。恢复码是六组、每组四个字母和数字，就是你第一次使用 Debrief 时记下的那样。</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>请选择备份的保存位置。</translation>
    </message>
    <message>
        <source>That is not this vault&apos;s recovery code, so no backup was written. Check it against the code you wrote down.</source>
        <translation>这不是此保险库的恢复码，所以没有写入备份。请与你记下的恢复码核对。</translation>
    </message>
    <message>
        <source>Backed up everything (%1) to %2.</source>
        <translation>已将全部内容（%1）备份到 %2。</translation>
    </message>
    <message>
        <source>Backed up everything to %1.</source>
        <translation>已将全部内容备份到 %1。</translation>
    </message>
    <message>
        <source>Keep it somewhere other than this device; your recovery code opens it.</source>
        <translation>请把它保存在这台设备以外的地方；你的恢复码可以打开它。</translation>
    </message>
    <message>
        <source>Keep it somewhere other than this device, and the passphrase apart from it: without the passphrase nobody can open it, not even you.</source>
        <translation>请把它保存在这台设备以外的地方，并把密码短语分开保管：没有密码短语，任何人都无法打开它，包括你自己。</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>请先选择备份文件。</translation>
    </message>
    <message>
        <source>Enter the backup&apos;s passphrase, or your recovery code if it protects the backup.</source>
        <translation>输入备份的密码短语；如果备份由恢复码保护，则输入你的恢复码。</translation>
    </message>
    <message>
        <source>This is a shared file (or comments a coach sent back), not a backup. Open it with “Open a shared file” under Shared with me instead; nothing was changed.</source>
        <translation>这是一个分享文件（或者是教练发回的评论），不是备份。请改用“分享给我的”下的“打开分享的文件”来打开；没有任何改变。</translation>
    </message>
    <message>
        <source>That passphrase or recovery code does not open this backup. Check it and try again; nothing was changed.</source>
        <translation>这个密码短语或恢复码打不开这个备份。请检查后再试一次；没有任何改变。</translation>
    </message>
    <message>
        <source>This file is encrypted to a key, not protected by a passphrase, so it is not a backup. If someone shared it with you, open it with “Open a shared file” under Shared with me; nothing was changed.</source>
        <translation>这个文件是加密给某个密钥的，而不是由密码短语保护，所以它不是备份。如果是别人分享给你的，请用“分享给我的”下的“打开分享的文件”来打开；没有任何改变。</translation>
    </message>
    <message>
        <source>no new reflection</source>
        <translation>没有新的反思</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections added</source>
        <translation>
            <numerusform>添加了 %n 条反思</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here (kept as they were)</source>
        <translation>
            <numerusform>%n 条原本就在（保持不变）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries shared with you</source>
        <translation>
            <numerusform>%n 个别人分享给你的条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments from coaches</source>
        <translation>
            <numerusform>%n 条教练的评论</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaches</source>
        <translation>
            <numerusform>%n 位教练</numerusform>
        </translation>
    </message>
    <message>
        <source>your sharing key</source>
        <translation>你的分享密钥</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>已恢复：%1。</translation>
    </message>
</context>
<context>
    <name>debrief::DueModel</name>
    <message>
        <source>Ready for a closer look</source>
        <translation>可以仔细看看了</translation>
    </message>
    <message>
        <source>Turn the lesson into one small experiment</source>
        <translation>把心得变成一个小实验</translation>
    </message>
    <message>
        <source>Check how the experiment went</source>
        <translation>检验实验进展如何</translation>
    </message>
    <message>
        <source>Choose your next smart risk</source>
        <translation>选择你的下一次明智的冒险</translation>
    </message>
    <message>
        <source>Waiting for its next step</source>
        <translation>等待下一步</translation>
    </message>
    <message>
        <source>(voice note)</source>
        <translation>（语音笔记）</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <extracomment>A reminder already due: since a time today, e.g. &quot;Due since 14:00&quot;.
----------
A reminder already due: since a day, e.g. &quot;Due since 11/2/26&quot;.</extracomment>
        <translation>自 %1 起待办</translation>
    </message>
    <message>
        <source>Due since yesterday</source>
        <translation>自昨天起待办</translation>
    </message>
    <message>
        <source>Today %1</source>
        <extracomment>When a reminder comes: today at a time, e.g. &quot;Today 14:00&quot;.</extracomment>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <extracomment>When a reminder comes: tomorrow at a time, e.g. &quot;Tomorrow 09:00&quot;.</extracomment>
        <translation>明天 %1</translation>
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
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>请先写点什么。</translation>
    </message>
    <message>
        <source>A reflection cannot be empty. To remove it, use Delete.</source>
        <translation>反思不能为空。要移除它，请使用“删除”。</translation>
    </message>
</context>
<context>
    <name>debrief::ExamplesController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
</context>
<context>
    <name>debrief::ExportController</name>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>已取消。没有保存任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n reflection(s) to “%1”. This file is NOT encrypted: anyone who has it can read it.</source>
        <translation>
            <numerusform>已将 %n 条反思导出到“%1”。这个文件没有加密：任何拿到它的人都能读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections (not encrypted)</source>
        <translation>反思（未加密）</translation>
    </message>
    <message>
        <source>The file is saved, but it could not be shown. It is in “%1”.</source>
        <translation>文件已保存，但无法显示。它位于“%1”。</translation>
    </message>
</context>
<context>
    <name>debrief::HistoryModel</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>history timeline: a month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <comment>history timeline: %1 the week&apos;s first day</comment>
        <translation>%1 这一周</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>history timeline: the first day of a week</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n 条反思</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with voice</source>
        <comment>timeline summary: reflections with a voice note</comment>
        <translation>
            <numerusform>%n 条有语音</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiments</source>
        <translation>
            <numerusform>%n 个实验</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <comment>timeline summary: reflections closed</comment>
        <translation>
            <numerusform>%n 条已完成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::ImportController</name>
    <message>
        <source>Type the passphrase the sender gave you.</source>
        <translation>请输入发送者给你的密码短语。</translation>
    </message>
    <message>
        <source>This is a backup: restore it from Settings &gt; Backup. Nothing was imported.</source>
        <translation>这是一个备份：请在“设置 &gt; 备份与恢复”中恢复它。没有导入任何内容。</translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation>未留名字的人</translation>
    </message>
    <message>
        <source>No new comments from %1.</source>
        <translation>没有来自 %1 的新评论。</translation>
    </message>
    <message numerus="yes">
        <source>%n comments from %1.</source>
        <translation>
            <numerusform>来自 %1 的 %n 条评论。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out, being about reflections no longer here or older than the ones you have: %n.</source>
        <translation>
            <numerusform>已省略（涉及已不存在的反思，或比你现有的版本更旧）：%n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections from %1, under Shared with me.</source>
        <translation>
            <numerusform>来自 %1 的 %n 条反思，位于“分享给我的”下。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::InsightsModel</name>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n 条反思</numerusform>
        </translation>
    </message>
    <message>
        <source>No reflections yet: the funnel fills as reflections move through the loop.</source>
        <translation>还没有反思：随着反思在循环中推进，漏斗会逐渐填满。</translation>
    </message>
    <message>
        <source>Of %1, %2 reached Analyse, %3 reached Apply and %4 reached Continue; %5 closed.</source>
        <comment>insights funnel: %1 &apos;12 reflections&apos;, %2..%5 numbers</comment>
        <translation>在 %1 中，%2 条进入了“分析”，%3 条进入了“应用”，%4 条进入了“继续”；%5 条已完成。</translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation>不到一小时</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a duration with a fraction: 2.5 days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Median time from capture to Analyse: %1.</source>
        <translation>从记录到“分析”的中位时间：%1。</translation>
    </message>
    <message>
        <source>No reflection has reached Analyse yet.</source>
        <translation>还没有反思进入“分析”。</translation>
    </message>
    <message>
        <source>Median time from Analyse to Apply: %1.</source>
        <translation>从“分析”到“应用”的中位时间：%1。</translation>
    </message>
    <message>
        <source>None has gone from Analyse to Apply yet.</source>
        <translation>还没有反思从“分析”进入“应用”。</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>仍在进行</translation>
    </message>
    <message>
        <source>No experiments yet. In Apply, the smallest test of your best idea becomes an experiment.</source>
        <translation>还没有实验。在“应用”阶段，对你最好的想法所做的最小测试就会成为一个实验。</translation>
    </message>
    <message numerus="yes">
        <source>%n experiments planned</source>
        <translation>
            <numerusform>计划了 %n 个实验</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 kept, %3 adjusted, %4 dropped, %5 still running.</source>
        <comment>insights: %1 &apos;5 experiments planned&apos;</comment>
        <translation>%1：%2 个保留，%3 个调整，%4 个放弃，%5 个仍在进行。</translation>
    </message>
    <message>
        <source>Intelligent</source>
        <translation>智慧型</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>复杂型</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基础型</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>未归类</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>还没有反思。</translation>
    </message>
    <message>
        <source>Failure types: %1 intelligent, %2 complex, %3 basic, %4 not placed yet.</source>
        <translation>失败类型：%1 个智慧型，%2 个复杂型，%3 个基础型，%4 个尚未归类。</translation>
    </message>
    <message>
        <source>No lessons yet. In Apply, write what you learned as a rule you can reuse.</source>
        <translation>还没有心得。在“应用”阶段，把你学到的东西写成一条可以反复使用的规则。</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons written.</source>
        <translation>
            <numerusform>写了 %n 条心得。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>heat map cell: date, count</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>In the last %n weeks</source>
        <translation>
            <numerusform>过去 %n 周内</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 you wrote no reflections.</source>
        <comment>heat map: %1 &apos;In the last 26 weeks&apos;</comment>
        <translation>%1，你没有写反思。</translation>
    </message>
    <message numerus="yes">
        <source>on %n days</source>
        <translation>
            <numerusform>在 %n 天里</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 you wrote %2 %3; the most in one day was %4, on %5.</source>
        <comment>heat map: %1 &apos;In the last 26 weeks&apos;, %2 &apos;14 reflections&apos;, %3 &apos;on 10 days&apos;</comment>
        <translation>%1，你%3写了 %2；单日最多的是 %5，写了 %4 条。</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>heat map: the busiest day</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>debrief::KeyManagementController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>请选择至少 %n 个字符的密码短语。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type the same one twice.</source>
        <translation>两次输入的新密码短语不一致。请输入两次相同的密码短语。</translation>
    </message>
    <message>
        <source>That is not your current passphrase or recovery code. Nothing was changed.</source>
        <translation>这不是你当前的密码短语或恢复码。没有任何改变。</translation>
    </message>
    <message>
        <source>Enter your current passphrase or recovery code.</source>
        <translation>请输入你当前的密码短语或恢复码。</translation>
    </message>
    <message>
        <source>Your passphrase is added. It opens Debrief, like your recovery code.</source>
        <translation>已添加你的密码短语。它和你的恢复码一样可以打开 Debrief。</translation>
    </message>
    <message>
        <source>Your passphrase is changed. The old one no longer opens Debrief.</source>
        <translation>已更改你的密码短语。旧的密码短语不能再打开 Debrief。</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>请输入你的密码短语。</translation>
    </message>
    <message>
        <source>Enter your recovery code.</source>
        <translation>请输入你的恢复码。</translation>
    </message>
    <message>
        <source>Enter your app lock PIN too: the new key is locked with it as well.</source>
        <translation>也请输入你的应用锁 PIN 码：新的密钥也会用它锁定。</translation>
    </message>
    <message>
        <source>To rotate the key, type your passphrase, not the recovery code: the new key is locked with your passphrase, and a new recovery code replaces the old one. Nothing was changed.</source>
        <translation>要更换密钥，请输入你的密码短语，而不是恢复码：新的密钥会用你的密码短语锁定，并由新的恢复码替换旧的。没有任何改变。</translation>
    </message>
    <message>
        <source>That is not your app lock PIN. Nothing was changed.</source>
        <translation>这不是你的应用锁 PIN 码。没有任何改变。</translation>
    </message>
    <message>
        <source>The system keyring does not answer, and the app lock PIN needs it. Nothing was changed.</source>
        <translation>系统钥匙串没有响应，而应用锁 PIN 码需要它。没有任何改变。</translation>
    </message>
    <message>
        <source>Your new recovery code is in place. The old one no longer works.</source>
        <translation>你的新恢复码已生效。旧的恢复码不再有效。</translation>
    </message>
    <message>
        <source>The vault has a new key, and your new recovery code is in place. The old key and the old code no longer open it.</source>
        <translation>保险库已有新的密钥，你的新恢复码也已生效。旧的密钥和旧的恢复码都无法再打开它。</translation>
    </message>
    <message>
        <source>The vault has a new key. The old one no longer opens it.</source>
        <translation>保险库已有新的密钥。旧的密钥无法再打开它。</translation>
    </message>
</context>
<context>
    <name>debrief::LoopController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>Open a reflection first.</source>
        <translation>请先打开一条反思。</translation>
    </message>
    <message>
        <source>That question is not part of Debrief.</source>
        <translation>这个问题不属于 Debrief。</translation>
    </message>
    <message>
        <source>The vault is locked. Your answers are kept here; unlock to save them.</source>
        <translation>保险库已锁定。你的回答保留在这里；解锁后即可保存。</translation>
    </message>
    <message>
        <source>There is no spoken answer to delete.</source>
        <translation>没有可删除的语音回答。</translation>
    </message>
    <message>
        <source>Pick a point on the spectrum.</source>
        <translation>请在失败谱系上选择一个点。</translation>
    </message>
    <message>
        <source>Pick basic, complex or intelligent.</source>
        <translation>请选择基础型、复杂型或智慧型。</translation>
    </message>
    <message>
        <source>A lesson belongs to a stage of the loop.</source>
        <translation>心得属于循环中的某个阶段。</translation>
    </message>
    <message>
        <source>Write the lesson first.</source>
        <translation>请先写下心得。</translation>
    </message>
    <message>
        <source>A lesson cannot be empty. To remove it, use Remove.</source>
        <translation>心得不能为空。要移除它，请使用“移除”。</translation>
    </message>
    <message>
        <source>Describe the change first.</source>
        <translation>请先描述这个改变。</translation>
    </message>
    <message>
        <source>A change cannot be empty. To remove it, use Remove.</source>
        <translation>改变不能为空。要移除它，请使用“移除”。</translation>
    </message>
    <message>
        <source>That change is no longer in the list.</source>
        <translation>这个改变已经不在列表中了。</translation>
    </message>
    <message>
        <source>Use a date like %1.</source>
        <translation>请使用类似 %1 的日期。</translation>
    </message>
    <message>
        <source>Plan an experiment first.</source>
        <translation>请先计划一个实验。</translation>
    </message>
    <message>
        <source>Choose keep, adjust or drop.</source>
        <translation>请选择保留、调整或放弃。</translation>
    </message>
    <message>
        <source>Name your next smart risk first.</source>
        <translation>请先写下你的下一次明智的冒险。</translation>
    </message>
    <message>
        <source>Decide on the current experiment first.</source>
        <translation>请先对当前的实验做出决定。</translation>
    </message>
</context>
<context>
    <name>debrief::MicrophoneModel</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>debrief::NudgeReconciler</name>
    <message>
        <source>Reminders could not be planned: %1</source>
        <translation>无法安排提醒：%1</translation>
    </message>
    <message>
        <source>A reminder was shown but could not be noted: %1</source>
        <translation>已显示一条提醒，但无法记录：%1</translation>
    </message>
    <message>
        <source>The reminder setting could not be saved: %1</source>
        <translation>无法保存提醒设置：%1</translation>
    </message>
    <message>
        <source>The reminder could not be snoozed: %1</source>
        <translation>无法推迟提醒：%1</translation>
    </message>
    <message>
        <source>The reminder could not be dismissed: %1</source>
        <translation>无法关闭提醒：%1</translation>
    </message>
</context>
<context>
    <name>debrief::NudgeSettings</name>
    <message>
        <source>Debrief could not be set to start at login.</source>
        <translation>无法将 Debrief 设置为登录时启动。</translation>
    </message>
    <message>
        <source>Debrief could not stop starting at login.</source>
        <translation>无法取消 Debrief 的登录时启动。</translation>
    </message>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation>无法保存你的设置，因此它们只在 Debrief 关闭前有效。</translation>
    </message>
</context>
<context>
    <name>debrief::PlayerController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
</context>
<context>
    <name>debrief::PrivacyController</name>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>没有清除任何内容：%1</translation>
    </message>
    <message>
        <source>Everything was erased. Your vault is empty and ready for new reflections.</source>
        <translation>已清除全部内容。你的保险库是空的，可以记录新的反思了。</translation>
    </message>
    <message>
        <source>Everything was erased. Your vault is empty and ready for new reflections; Debrief finishes tidying the file by itself.</source>
        <translation>已清除全部内容。你的保险库是空的，可以记录新的反思了；Debrief 会自动完成文件的整理。</translation>
    </message>
</context>
<context>
    <name>debrief::ReceivedEntriesModel</name>
    <message>
        <source>Reflection (its text was not shared)</source>
        <translation>反思（文字内容未分享）</translation>
    </message>
    <message>
        <source>Voice reflection</source>
        <translation>语音反思</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>语音笔记</translation>
    </message>
    <message>
        <source>Spoken answer to “%1”</source>
        <translation>对“%1”的语音回答</translation>
    </message>
</context>
<context>
    <name>debrief::RecordController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>A voice note is still being recorded. Stop or discard it first, then speak your answer.</source>
        <translation>仍在录制一条语音笔记。请先停止或丢弃它，再说出你的回答。</translation>
    </message>
    <message>
        <source>Another answer is still being recorded. Stop it first.</source>
        <translation>另一条回答仍在录制中。请先停止它。</translation>
    </message>
</context>
<context>
    <name>debrief::SecretCheck</name>
    <message>
        <source>Enter your passphrase or recovery code.</source>
        <translation>请输入你的密码短语或恢复码。</translation>
    </message>
</context>
<context>
    <name>debrief::ShareController</name>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Choose at least one part of one reflection to share.</source>
        <translation>请至少选择一条反思中的一个部分来分享。</translation>
    </message>
    <message>
        <source>Type your name first: your coach sees who sent the file.</source>
        <translation>请先输入你的名字：你的教练会看到是谁发送了这个文件。</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <source>Cancelled. No file was saved.</source>
        <translation>已取消。没有保存任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to “%1”. Only %2 can open it.</source>
        <translation>
            <numerusform>已将 %n 条反思保存到“%1”。只有 %2 能打开它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to “%1”. Send the passphrase by another channel (a call, a message app), never with the file.</source>
        <translation>
            <numerusform>已将 %n 条反思保存到“%1”。请通过其他渠道（电话、聊天应用）发送密码短语，绝不要和文件一起发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflections for your coach</source>
        <translation>给教练的反思</translation>
    </message>
    <message>
        <source>The file is saved, but no app could take it. Find it in “%1”.</source>
        <translation>文件已保存，但没有应用能接收它。它位于“%1”。</translation>
    </message>
    <message>
        <source>The file is saved, but its folder could not be opened. It is in “%1”.</source>
        <translation>文件已保存，但无法打开其所在的文件夹。它位于“%1”。</translation>
    </message>
</context>
<context>
    <name>debrief::ShareProtectionChoice</name>
    <message>
        <source>Choose your coach, or add their key.</source>
        <translation>请选择你的教练，或添加对方的密钥。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same one twice.</source>
        <translation>两次输入的密码短语不一致。请输入两次相同的密码短语。</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation>请再次输入密码短语以确认。</translation>
    </message>
    <message>
        <source>Give your coach a name, so you can pick them next time.</source>
        <translation>给你的教练起个名字，下次就可以直接选择了。</translation>
    </message>
    <message>
        <source>That file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>No public key (age1…) in that file. Ask your coach for their public key.</source>
        <translation>该文件中没有公钥（age1…）。请向你的教练索取公钥。</translation>
    </message>
</context>
<context>
    <name>debrief::SharedWithMeController</name>
    <message>
        <source>the sender</source>
        <translation>发送者</translation>
    </message>
    <message>
        <source>Saved %1. Send it to %2: only they can open it.</source>
        <translation>已保存 %1。请把它发送给 %2：只有对方能打开它。</translation>
    </message>
    <message>
        <source>Send comments to %1</source>
        <translation>把评论发送给 %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The system could not offer to send it; send the file to %1 yourself.</source>
        <translation>系统无法提供发送选项；请自行把文件发送给 %1。</translation>
    </message>
    <message>
        <source>Saved %1. Choose how to send it to %2: only they can open it.</source>
        <translation>已保存 %1。请选择如何发送给 %2：只有对方能打开它。</translation>
    </message>
    <message>
        <source>Saved %1; its folder is open. Send it to %2: only they can open it.</source>
        <translation>已保存 %1；已打开其所在的文件夹。请把它发送给 %2：只有对方能打开它。</translation>
    </message>
</context>
<context>
    <name>debrief::SharingKeyController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
</context>
<context>
    <name>debrief::TagsController</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
</context>
<context>
    <name>debrief::VaultController</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>请选择至少 %n 个字符的密码短语。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Enter your passphrase or recovery code.</source>
        <translation>请输入你的密码短语或恢复码。</translation>
    </message>
    <message>
        <source>The damaged vault was moved to %1. Debrief started a new, empty vault with the same key; the damaged file was not changed.</source>
        <translation>损坏的保险库已移到 %1。Debrief 用同一个密钥新建了一个空的保险库；损坏的文件没有被改动。</translation>
    </message>
    <message numerus="yes">
        <source>Enter your PIN of at least %n digits.</source>
        <translation>
            <numerusform>请输入至少 %n 位数字的 PIN 码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN cannot be checked because the system keyring does not answer. Use your recovery code instead.</source>
        <translation>系统钥匙串没有响应，因此无法验证你的 PIN 码。请改用你的恢复码。</translation>
    </message>
    <message>
        <source>That PIN does not open this vault. Check it and try again; nothing has been changed.</source>
        <translation>这个 PIN 无法打开此保险库。请检查后重试；没有任何内容被更改。</translation>
    </message>
</context>
<context>
    <name>debrief::VoicePlayer</name>
    <message>
        <source>This recording cannot be played: its audio is damaged.</source>
        <translation>无法播放这段录音：音频已损坏。</translation>
    </message>
    <message>
        <source>This recording holds no sound.</source>
        <translation>这段录音没有声音。</translation>
    </message>
    <message>
        <source>No speaker or headphones are available to play this recording.</source>
        <translation>没有可用的扬声器或耳机来播放这段录音。</translation>
    </message>
    <message>
        <source>The sound output “%1” cannot play recordings.</source>
        <translation>音频输出“%1”无法播放录音。</translation>
    </message>
    <message>
        <source>This part of the recording is damaged and cannot be played.</source>
        <translation>录音的这一部分已损坏，无法播放。</translation>
    </message>
    <message>
        <source>The sound output could not be opened.</source>
        <translation>无法打开音频输出。</translation>
    </message>
    <message>
        <source>Playback stopped: the sound output is gone.</source>
        <translation>播放已停止：音频输出不见了。</translation>
    </message>
    <message>
        <source>The rest of this recording is damaged and cannot be played.</source>
        <translation>这段录音剩下的部分已损坏，无法播放。</translation>
    </message>
</context>
<context>
    <name>debrief::VoiceRecorder</name>
    <message>
        <source>Debrief may not use the microphone. Allow microphone access for Debrief in your system settings, then try again.</source>
        <translation>Debrief 无权使用麦克风。请在系统设置中允许 Debrief 访问麦克风，然后再试一次。</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or check that it is switched on), then try again.</source>
        <translation>没有找到麦克风。请连接一个麦克风（或检查它是否已打开），然后再试一次。</translation>
    </message>
    <message>
        <source>The microphone chosen in the settings is not connected. Recording with “%1” instead.</source>
        <translation>设置中选择的麦克风未连接。改用“%1”录音。</translation>
    </message>
    <message>
        <source>The microphone could not be started. Another app may be using it; try again.</source>
        <translation>无法启动麦克风。可能有其他应用正在使用它；请再试一次。</translation>
    </message>
    <message>
        <source>The microphone sent no sound. Check that it is connected and switched on, then try again.</source>
        <translation>麦克风没有传来声音。请检查它是否已连接并打开，然后再试一次。</translation>
    </message>
    <message>
        <source>The microphone stopped working (was it unplugged?). What you recorded until then is saved.</source>
        <translation>麦克风停止工作了（是被拔掉了吗？）。在此之前录下的内容已保存。</translation>
    </message>
    <message>
        <source>The microphone stopped working before anything was recorded. Check it and try again.</source>
        <translation>麦克风在录到任何内容之前就停止工作了。请检查后再试一次。</translation>
    </message>
    <message>
        <source>The system&apos;s audio service stopped. What you recorded until then is saved.</source>
        <translation>系统的音频服务停止了。在此之前录下的内容已保存。</translation>
    </message>
    <message>
        <source>The system&apos;s audio service is not running, so nothing can be recorded. Try again in a moment.</source>
        <translation>系统的音频服务没有运行，所以无法录音。请稍后再试。</translation>
    </message>
    <message>
        <source>The disk is full, so the recording stopped. What was saved until then is kept; free some space before recording again.</source>
        <translation>磁盘已满，录音已停止。在此之前保存的内容会保留；请先腾出一些空间再录音。</translation>
    </message>
    <message>
        <source>The disk is full, so the recording could not be saved. Free some space and try again.</source>
        <translation>磁盘已满，无法保存录音。请腾出一些空间后再试一次。</translation>
    </message>
    <message>
        <source>Debrief could not write the recording to its vault, so it stopped. What was saved until then is kept.</source>
        <translation>Debrief 无法把录音写入保险库，因此已停止录音。在此之前保存的内容会保留。</translation>
    </message>
    <message>
        <source>Debrief could not write the recording to its vault, so it stopped. What was saved until then shows as recovered the next time Debrief opens.</source>
        <translation>Debrief 无法把录音写入保险库，因此已停止录音。在此之前保存的内容会在下次打开 Debrief 时显示为已恢复。</translation>
    </message>
    <message>
        <source>Debrief could not write to its vault, so nothing was recorded. Try again.</source>
        <translation>Debrief 无法写入保险库，所以没有录下任何内容。请再试一次。</translation>
    </message>
    <message>
        <source>Debrief could not encode the rest of the recording. What was saved until then is kept.</source>
        <translation>Debrief 无法编码录音剩下的部分。在此之前保存的内容会保留。</translation>
    </message>
    <message>
        <source>Debrief could not encode the recording; try again.</source>
        <translation>Debrief 无法编码这段录音；请再试一次。</translation>
    </message>
</context>
<context>
    <name>debrief::VoiceSettings</name>
    <message>
        <source>Your settings could not be saved, so they apply only until Debrief closes.</source>
        <translation>无法保存你的设置，因此它们只在 Debrief 关闭前有效。</translation>
    </message>
</context>
<context>
    <name>debrief::bundlemarkdown</name>
    <message>
        <source>strength %1 of 5</source>
        <translation>强度 %1 / 5</translation>
    </message>
    <message>
        <source>### Stage answers</source>
        <translation>### 各阶段的回答</translation>
    </message>
    <message>
        <source>**Kind of failure:** %1</source>
        <translation>**失败类型：** %1</translation>
    </message>
    <message>
        <source>### Moves between stages</source>
        <translation>### 阶段之间的变化</translation>
    </message>
    <message>
        <source>### Lessons</source>
        <translation>### 心得</translation>
    </message>
    <message>
        <source>### Possible changes</source>
        <translation>### 可能的改变</translation>
    </message>
    <message>
        <source>impact %1, feasibility %2</source>
        <translation>影响 %1，可行性 %2</translation>
    </message>
    <message>
        <source>### Experiments</source>
        <translation>### 实验</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>假设：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>行动：</translation>
    </message>
    <message>
        <source>Check on:</source>
        <translation>检验日期：</translation>
    </message>
    <message>
        <source>Signal:</source>
        <translation>信号：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <source>### Voice notes</source>
        <translation>### 语音笔记</translation>
    </message>
    <message>
        <source>Voice note</source>
        <translation>语音笔记</translation>
    </message>
    <message>
        <source>Spoken answer to “%1”</source>
        <translation>对“%1”的语音回答</translation>
    </message>
    <message>
        <source># Reflections shared with you</source>
        <translation># 分享给你的反思</translation>
    </message>
    <message>
        <source># Reflections shared by %1</source>
        <translation># %1 分享的反思</translation>
    </message>
    <message>
        <source># Comments on your reflections</source>
        <translation># 对你的反思的评论</translation>
    </message>
    <message>
        <source># Comments from %1</source>
        <translation># 来自 %1 的评论</translation>
    </message>
    <message>
        <source># Debrief backup</source>
        <translation># Debrief 备份</translation>
    </message>
    <message>
        <source>## On your entry</source>
        <translation>## 关于你的条目</translation>
    </message>
    <message>
        <source>## On your entry of %1</source>
        <translation>## 关于你在 %1 的条目</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>写于 %1</translation>
    </message>
    <message>
        <source>## Comments from coaches</source>
        <translation>## 教练的评论</translation>
    </message>
    <message>
        <source>## Shared with you by %1</source>
        <translation>## 由 %1 分享给你</translation>
    </message>
    <message>
        <source>**Your comment:** %1</source>
        <translation>**你的评论：** %1</translation>
    </message>
    <message>
        <source>&gt; **Not encrypted.** Anyone who has this file can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>&gt; **未加密。** 任何拿到这个文件的人都能读取它。请把它保存在私密的地方，不再需要时就删除。</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>最后修改于 %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Voice notes are in the audio folder as Ogg Opus files, which most media players play.</source>
        <translation>语音笔记以 Ogg Opus 文件的形式放在 audio 文件夹中，大多数媒体播放器都能播放。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Debrief: reflect on setbacks, privately, and turn them into small experiments.</source>
        <translation>Debrief：私密地反思挫折，并把它们变成小实验。</translation>
    </message>
    <message>
        <source>Load the whole UI, then quit: 0 when it loaded without a QML error.</source>
        <translation>加载整个界面后退出：加载时没有 QML 错误则返回 0。</translation>
    </message>
    <message>
        <source>Keep the vault in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>把保险库放在 &lt;dir&gt; 中，而不是标准数据文件夹。</translation>
    </message>
    <message>
        <source>Start in the system tray without a window (used when starting at login).</source>
        <translation>在系统托盘中启动，不显示窗口（用于登录时启动）。</translation>
    </message>
    <message>
        <source>Fill a new, empty vault with example reflections (marked as examples).</source>
        <translation>在新的空保险库中填入示例反思（标记为示例）。</translation>
    </message>
    <message>
        <source>A .debrief file someone sent you: opened once the vault is unlocked.</source>
        <translation>别人发给你的 .debrief 文件：保险库解锁后打开。</translation>
    </message>
</context>
</TS>
