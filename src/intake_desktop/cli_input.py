"""What the command line asks of a person: a password, never on the command line."""

from __future__ import annotations

import getpass
import sys


def read_password() -> str:
    """Asked at a terminal; read from standard input otherwise (scripts, tests)."""
    if sys.stdin.isatty():
        return getpass.getpass("Wachtwoord: ")
    return sys.stdin.readline().rstrip("\n")
