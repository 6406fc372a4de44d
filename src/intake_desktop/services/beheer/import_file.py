"""Reading a caseload CSV file as a stream: its encoding decided on evidence, its lines
handed out one at a time, so memory stays bounded whatever the file's size.

Two passes over the file: the first decides the encoding (it reads it in 1 MB blocks),
the second gives the lines to the csv reader. A line longer than ``MAX_LINE`` bytes is
not read into memory: it is skipped and reported.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from intake_desktop.services.beheer.errors import (
    ImportFileUnreadable,
    ImportMixedEncoding,
    ImportUnknownEncoding,
)

BLOCK = 1 << 20
# A line of the format with every field at its maximum is under 2 kB; 64 kB is garbage.
MAX_LINE = 64 * 1024
# A quoted field may span lines; one that never closes stops at this many characters.
MAX_FIELD = 16 * 1024

# A multi-byte UTF-8 sequence: evidence that a file not wholly UTF-8 was meant to be.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Bytes Windows-1252 leaves undefined.
_NOT_CP1252 = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def _blocks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as file:
        while block := file.read(BLOCK):
            yield block


def _has_utf8(path: Path) -> bool:
    tail = b""
    for block in _blocks(path):
        if _UTF8_SEQUENCE.search(tail + block):
            return True
        tail = block[-3:]  # a sequence split over two blocks
    return False


def _first_match(path: Path, pattern: re.Pattern) -> int | None:
    """The line of the first byte matching ``pattern``, or None."""
    line = 1
    for block in _blocks(path):
        found = pattern.search(block)
        if found:
            return line + block.count(b"\n", 0, found.start())
        line += block.count(b"\n")
    return None


def _first_non_utf8_line(path: Path) -> int | None:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    line = 1
    for block in _blocks(path):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(block)
        except UnicodeDecodeError as exc:
            return line + block.count(b"\n", 0, max(exc.start - pending, 0))
        line += block.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return line  # the file ends in the middle of a character
    return None


def file_encoding(path: Path) -> tuple[str, str]:
    """(codec, name shown): UTF-8 (with or without BOM) when all of the file is;
    Windows-1252 when it holds no UTF-8 at all (older exports); refused when it mixes
    the two (``ImportMixedEncoding``, naming the first line that is not UTF-8) or is
    neither. Never guessed silently."""
    bad_line = _first_non_utf8_line(path)
    if bad_line is None:
        return "utf-8-sig", "UTF-8"
    if _has_utf8(path):
        raise ImportMixedEncoding(line=bad_line)
    undefined = _first_match(path, _NOT_CP1252)
    if undefined is not None:
        raise ImportUnknownEncoding(line=undefined)
    return "cp1252", "Windows-1252"


@dataclass
class LineStream:
    """The file's lines as text, for ``csv.reader``; counts the bytes read (for the
    progress bar) and the physical lines that were too long to read."""

    path: Path
    codec: str
    done: int = 0
    size: int = 0

    def __post_init__(self) -> None:
        self.size = max(self.path.stat().st_size, 1)
        self.too_long: list[int] = []  # physical line numbers skipped

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._lines()
        except OSError as exc:  # the file, not the database: a message for the user
            raise ImportFileUnreadable(reason=exc.strerror or type(exc).__name__) from None

    def _lines(self) -> Iterator[str]:
        line = 0
        with open(self.path, "rb") as file:
            while raw := file.readline(MAX_LINE):
                line += 1
                self.done += len(raw)
                if len(raw) == MAX_LINE and not raw.endswith(b"\n"):
                    while (rest := file.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                        self.done += len(rest)
                    self.done += len(rest)
                    self.too_long.append(line)
                    yield "\n"  # keeps the csv reader's line numbers right
                    continue
                text = raw.decode(self.codec, errors="replace")  # checked in pass one
                yield text


def delimiter_of(path: Path, codec: str) -> str:
    with open(path, "rb") as file:
        header = file.readline(MAX_LINE).decode(codec, errors="replace")
    return ";" if header.count(";") >= header.count(",") else ","


def reader(stream: LineStream, delimiter: str):
    csv.field_size_limit(MAX_FIELD)
    return csv.reader(iter(stream), delimiter=delimiter)
