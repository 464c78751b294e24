"""The parts of a package or plan file as read from its ZIP: each listed in
the manifest with a safe name, inflated within a bound whatever its header
claims, and checked against its size and SHA-256 before anything is used."""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass

from ..domain.text import Count
from . import package_messages as msgs
from .package_values import is_int, refusal

MAX_PART_BYTES = 512 << 20
MAX_TOTAL_BYTES = 2 << 30
MAX_RATIO = 200  # uncompressed / compressed, for parts over 1 MB
# A part's name: folders and files of letters, digits, "-", "_" and ".",
# never starting with a dot: no "..", no absolute path, no drive letter.
_SAFE_SEGMENT = re.compile(r"[0-9A-Za-z_][0-9A-Za-z_.\-]{0,119}")
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Part:
    path: str
    role: str
    size: int
    sha256: str


def is_safe_part_name(name: object) -> bool:
    if not isinstance(name, str) or not name or len(name) > 400:
        return False
    segments = name.split("/")
    return all(_SAFE_SEGMENT.fullmatch(s) for s in segments)


def _check_declared(info: zipfile.ZipInfo, limit: int, label: str) -> None:
    """Refuse before inflating: a declared size over the limit, or a ratio
    no real report file has."""
    if info.file_size > limit:
        raise refusal(msgs.PART_TOO_BIG, part=label, size=Count(info.file_size))
    if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise refusal(msgs.PART_RATIO, part=label)


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, label: str):
    """A member's bytes in chunks, stopping past `limit` whatever its header claims."""
    _check_declared(info, limit, label)
    size = 0
    with zf.open(info) as f:
        while chunk := f.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise refusal(msgs.PART_LONGER, part=label)
            yield chunk


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, label: str) -> bytes:
    return b"".join(_chunks(zf, info, limit, label))


def _member_sha256(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    limit: int,
    label: str,
    kept: list[bytes] | None = None,
) -> tuple[str, int]:
    """(SHA-256, size) of a member's bytes; `kept`, when given, receives
    the bytes too (a part read for its contents is inflated once)."""
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(zf, info, limit, label):
        digest.update(chunk)
        size += len(chunk)
        if kept is not None:
            kept.append(chunk)
    return digest.hexdigest(), size


def _checked_parts(
    zf: zipfile.ZipFile, members: dict, manifest: dict, kept: dict[str, bytes] | None = None
) -> list[Part]:
    """The parts the manifest lists, each checked against its size and
    checksum; `kept`, when given, receives the bytes of the activities part
    as checked (the same bytes reading it again would give: its limit is the
    one it was checked within)."""
    listed = manifest.get("parts")
    if not isinstance(listed, list) or not listed:
        raise refusal(msgs.NO_PARTS_LISTED)
    parts: list[Part] = []
    total = 0
    for entry in listed:
        if not isinstance(entry, dict):
            raise refusal(msgs.BAD_ENTRY)
        name = entry.get("path")
        if not is_safe_part_name(name):
            raise refusal(msgs.UNSAFE_NAME, part=str(name))
        info = members.get(name)
        if info is None:
            raise refusal(msgs.LISTED_PART_MISSING, part=name)
        size, expected = entry.get("size"), entry.get("sha256")
        if not is_int(size) or size < 0 or not isinstance(expected, str):
            raise refusal(msgs.NO_SIZE_OR_CHECKSUM, part=name)
        total += size
        if total > MAX_TOTAL_BYTES:
            raise refusal(msgs.TOTAL_TOO_BIG)
        role = str(entry.get("role", ""))
        chunks = None
        if kept is not None and role == "activities":
            kept.clear()  # only the last such part is read (see by_role)
            chunks = []
        actual, actual_size = _member_sha256(zf, info, min(MAX_PART_BYTES, size), name, chunks)
        if actual != expected.lower() or actual_size != size:
            raise refusal(msgs.CHECKSUM_DIFFERS, part=name)
        if chunks is not None and kept is not None:
            kept[name] = b"".join(chunks)
            del chunks
        parts.append(Part(name, str(entry.get("role", "")), size, actual))
    return parts
