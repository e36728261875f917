"""Reading stage: the key each report is known by, the same however its path was spelled.

A report's key names its IRIs (kgid:report/KEY, kgid:obs/KEY/…) and its graph in a store.
It is a readable ASCII slug of the file stem. Its identity is the file itself, the resolved
path, never the path as typed: `a.txt`, `./a.txt` and `/home/me/a.txt` are one report, from any
working directory. Two different reports never share a key: when inputs of one build share a
slug, each takes the slug plus a short digest of its bytes; a store remembers each report's
source path and checksum, so rebuilding the same file replaces its graph while another file
with the same slug gets a key of its own.
"""
import hashlib
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

STDIN = "-"


@dataclass(frozen=True)
class Source:
    """Where a report came from: its key, resolved path (None for stdin) and the checksum of its bytes."""
    key: str
    path: Optional[str]
    checksum: str


def report_key(name):
    """The key a report is known by when no other report claims it: an ASCII slug of the file stem.

    A stem with other characters is named by a digest of its NFC text (never of the path), so
    the same file name gives the same key from any folder.

    >>> report_key("data/reports/Shanxi_2024.txt")
    'shanxi-2024'
    >>> report_key("山西2024.txt") == report_key("/elsewhere/山西2024.txt")
    True
    >>> report_key("山西2024.txt")
    'r-d6bacec88d'
    """
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", str(name).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1])
    stem = unicodedata.normalize("NFC", stem)
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    if slug and stem.isascii():
        return slug
    return "r-" + hashlib.sha1(stem.encode("utf-8")).hexdigest()[:10]


def source_path(path):
    """The identity of an input: its resolved absolute path (symlinks followed); None for stdin,
    which is known by its bytes alone."""
    return None if path == STDIN else os.path.realpath(path)


def file_checksum(path, stdin_bytes=None):
    """sha256 of a file's bytes (or of stdin's) as kg records it: 'sha256:…'."""
    digest = hashlib.sha256()
    if path == STDIN:
        digest.update(stdin_bytes or b"")
    else:
        try:
            with open(path, "rb") as stream:
                for block in iter(lambda: stream.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            return ""  # reading the report names the problem
    return "sha256:" + digest.hexdigest()


def assign_keys(inputs, stored=()):
    """Keys for inputs [(slug, path, checksum)] given the reports already stored [Source].

    An input takes the key of the stored report with its path, else of the stored report with
    its bytes; else its slug when no other input or stored report claims the slug, else the slug
    plus the first 8 hex digits of its checksum. Inputs with equal keys are the same report.
    checksum may be a function, called only when the key depends on the bytes.

    >>> assign_keys([("r", "/a/r.txt", "sha256:aaaa1111ff"), ("r", "/b/r.txt", "sha256:bbbb2222ff")])
    ['r-aaaa1111', 'r-bbbb2222']
    >>> assign_keys([("r", "/b/r.txt", "sha256:bbbb2222ff")], [Source("r", "/a/r.txt", "sha256:aaaa1111ff")])
    ['r-bbbb2222']
    >>> assign_keys([("r", "/a/r.txt", "sha256:cccc")], [Source("r", "/a/r.txt", "sha256:aaaa1111ff")])
    ['r']
    """
    paths_of = defaultdict(set)
    for slug, path, _ in inputs:
        paths_of[slug].add(path)
    owners = {s.key: (s.path, s.checksum) for s in stored}
    claimed, keys = {}, []
    for slug, path, checksum in inputs:
        digest = _lazy(checksum if callable(checksum) else lambda c=checksum: c)
        key = _stored_key(path, digest, stored, claimed)
        if key is None:
            owner = owners.get(slug) or claimed.get(slug)
            shared = len(paths_of[slug]) > 1 or (owner is not None and not _same(owner, path, digest))
            key = _free(f"{slug}-{digest().partition(':')[2][:8]}" if shared else slug, path, digest,
                        {**owners, **claimed})
        claimed.setdefault(key, (path, digest()))
        keys.append(key)
    return keys


def _stored_key(path, digest, stored, claimed):
    """The key of the stored report with this path, else with these bytes, unless this build gave it away."""
    found = [s.key for s in stored if path is not None and s.path == path]
    if not found and stored:
        found = sorted(s.key for s in stored if s.checksum == digest())
    for key in found:
        if key not in claimed or _same(claimed[key], path, digest):
            return key
    return None


def _same(owner, path, digest):
    return (path is not None and owner[0] == path) or owner[1] == digest()


def _free(key, path, digest, owners):
    """key, or key-2, key-3…: the first that no other report owns."""
    candidate, number = key, 1
    while candidate in owners and not _same(owners[candidate], path, digest):
        number += 1
        candidate = f"{key}-{number}"
    return candidate


def keyed_paths(paths, stdin_bytes=None, stored=()):
    """[(path, key)] for report paths, each report once: a file named twice is read once.

    stored are the reports a store already holds ([Source]); bytes are hashed only when a
    key depends on them.
    """
    inputs = []
    for path in paths:
        inputs.append((report_key("stdin" if path == STDIN else path), source_path(path),
                       lambda p=path: file_checksum(p, stdin_bytes)))
    seen, out = set(), []
    for path, key in zip(paths, assign_keys(inputs, stored)):
        if key not in seen:
            seen.add(key)
            out.append((path, key))
    return out


def _lazy(func):
    cache = []
    return lambda: cache[0] if cache else cache.append(func()) or cache[0]
