"""SCRAM-SHA-256 verifiers (RFC 5802, RFC 7677) in PostgreSQL's format.

``ALTER ROLE ... PASSWORD 'SCRAM-SHA-256$...'`` stores a verifier as it is, so a new
password is hashed here and the password itself never appears in a statement (or in a
server log that records statements). PostgreSQL prepares passwords with SASLprep
(RFC 4013) and so does libpq when it signs in; this does the same.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stringprep
import unicodedata

ITERATIONS = 4096  # PostgreSQL's scram_iterations default


def saslprep(password: str) -> str:
    """RFC 4013; a password it rejects is used unprepared, as PostgreSQL does."""
    mapped = "".join(
        " " if stringprep.in_table_c12(ch) else ch
        for ch in password
        if not stringprep.in_table_b1(ch)
    )
    prepared = unicodedata.normalize("NFKC", mapped)
    prohibited = (
        stringprep.in_table_c12,
        stringprep.in_table_c21_c22,
        stringprep.in_table_c3,
        stringprep.in_table_c4,
        stringprep.in_table_c5,
        stringprep.in_table_c6,
        stringprep.in_table_c7,
        stringprep.in_table_c8,
        stringprep.in_table_c9,
        stringprep.in_table_a1,
    )
    if any(test(ch) for ch in prepared for test in prohibited):
        return password
    if any(stringprep.in_table_d1(ch) for ch in prepared):
        if not (stringprep.in_table_d1(prepared[0]) and stringprep.in_table_d1(prepared[-1])):
            return password
        if any(stringprep.in_table_d2(ch) for ch in prepared):
            return password
    return prepared


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def verifier(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", saslprep(password).encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"


def is_verifier(text: str | None) -> bool:
    return bool(text) and text.startswith("SCRAM-SHA-256$")
