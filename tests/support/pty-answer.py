#!/usr/bin/python3
"""Runs a command on a pseudo-terminal and types an answer at each passphrase prompt.

The reference `age` CLI reads passphrases only from a terminal (/dev/tty); tests drive it here.
Usage: PTY_ANSWER=<text> pty-answer.py [--timeout SECONDS] -- command [args...]
The answer comes from the environment, not the command line, so `ps` does not show it.
Exits with the command's exit code (124 on timeout); what the command printed on the terminal
goes to stderr (prompts only: the terminal does not echo the answer).
"""
import os
import pty
import select
import sys
import time


def main():
    args = sys.argv[1:]
    timeout = 300.0
    if len(args) >= 2 and args[0] == "--timeout":
        timeout = float(args[1])
        args = args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    answer = os.environ.get("PTY_ANSWER", "").encode() + b"\n"

    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(args[0], args)  # the child: the pty is its controlling terminal

    deadline = time.monotonic() + timeout
    seen = b""
    while True:
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            print("pty-answer: timed out", file=sys.stderr)
            return 124
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            continue
        try:
            data = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            data = b""
        if not data:
            _, status = os.waitpid(pid, 0)
            return os.waitstatus_to_exitcode(status)
        sys.stderr.buffer.write(data)
        sys.stderr.flush()
        seen += data
        # Answer every prompt ("Enter passphrase…:", "Confirm passphrase:") once.
        while b"passphrase" in seen.lower() and b":" in seen[seen.lower().index(b"passphrase"):]:
            at = seen.lower().index(b"passphrase")
            seen = seen[seen.index(b":", at) + 1:]
            os.write(fd, answer)


if __name__ == "__main__":
    sys.exit(main())
