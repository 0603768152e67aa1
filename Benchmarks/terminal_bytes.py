#!/usr/bin/env python3
"""Bytes written to the terminal and key-to-screen time of the real dashboard, under a pseudo-terminal.

Usage: python3 Benchmarks/terminal_bytes.py BINARY [WIDTH HEIGHT [MOVES]]

Starts BINARY (the dashboard) in a pty of WIDTH x HEIGHT with TERM=xterm-256color, waits until the first
frame is complete (no output for 0.3 s), then presses `j` MOVES times (selection moves down the list), each
time measuring the bytes written until the terminal is quiet again and the time from the key to the first and
to the last byte; then moves the form selection in the ladder pane the same way. Prints medians and the
ratio of a move to the full first paint. A move in the list selects another municipality, so every pane's
content changes; a form move changes two rows.
"""

import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time


def read_until_quiet(fd, quiet=0.3, limit=10.0):
    """Reads until no output arrives for `quiet` seconds; returns (bytes, time of first byte, time of last byte)."""
    data = b""
    first = last = None
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        now = time.monotonic()
        first = first or now
        last = now
        data += chunk
    return data, first, last


def main():
    binary = sys.argv[1]
    width = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    height = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    moves = int(sys.argv[4]) if len(sys.argv) > 4 else 15
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["LANG"] = "C.UTF-8"
        os.execv(binary, [binary, "Almere"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    first_paint, _, _ = read_until_quiet(fd, quiet=0.8)
    sizes, to_first, to_last = [], [], []
    for _ in range(moves):
        sent = time.monotonic()
        os.write(fd, b"j")
        data, first, last = read_until_quiet(fd)
        sizes.append(len(data))
        if first:
            to_first.append((first - sent) * 1000)
            to_last.append((last - sent) * 1000)
    # Then move the form selection inside the ladder pane (Tab, then j): only two rows change.
    os.write(fd, b"\t")
    read_until_quiet(fd)
    form_sizes = []
    for _ in range(4):
        os.write(fd, b"j")
        data, _, _ = read_until_quiet(fd)
        form_sizes.append(len(data))
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    form_move = statistics.median(form_sizes)
    move = statistics.median(sizes)
    print(f"terminal {width}x{height}: eerste volledige tekening {len(first_paint)} bytes; "
          f"selectie een regel omlaag: mediaan {move:.0f} bytes over {moves} toetsen "
          f"({move / len(first_paint) * 100:.1f}% van de volledige tekening)")
    print(f"vormselectie een regel omlaag in de ladder: mediaan {form_move:.0f} bytes over {len(form_sizes)} toetsen "
          f"({form_move / len(first_paint) * 100:.1f}% van de volledige tekening)")
    print(f"toets tot eerste byte: mediaan {statistics.median(to_first):.2f} ms; "
          f"tot laatste byte: mediaan {statistics.median(to_last):.2f} ms")


if __name__ == "__main__":
    main()
