"""Store loading stage: many reports into the store in bounded memory, all or none of them.

Reports are spooled to disk as they are parsed (their graphs as N-Quads, and as N-Triples for the
union, where the store keeps a triple that many reports state once), beside the store, which is
not touched until every report is read. Then one commit writes them: a journal entry in the store
names the spool, replaced reports are taken out, and Oxigraph's bulk loader writes the report
graphs and the union, several chunks side by side. A crash during
the commit is finished when the store is next opened (the journal says what was being loaded);
a failure before it leaves the store exactly as it was.
"""
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal

from ..errors import KgError, StoreError
from ..rdf.iris import report_iri
from ..rdf.ntriples import nt_term
from .locks import writing
from .sources import SOURCE_PATH, SOURCES, forget_update

JOURNAL = ox.NamedNode("urn:kg:journal")
SPOOL = ox.NamedNode("urn:kg:spool")
QUADS, UNION, REPORTS = "reports", "union", "reports.txt"
_JOURNALED = "journaled"  # a mark in the spool: the store's journal names it, so it must outlive a failed commit
IN_FLIGHT = 200_000  # quads being bulk-loaded at once: Oxigraph's bulk loader holds a whole load in memory


class ReportLoader:
    """Collects report graphs (sorted N-Triples lines) for one all-or-nothing load into a store."""

    def __init__(self, store_dir):
        self.store_dir = Path(store_dir)
        if self.store_dir.exists() and not self.store_dir.is_dir():
            raise StoreError(f"{self.store_dir} is a file, not a store directory")
        self.spool = Path(_spool_dir(self.store_dir))
        self.quads = _Chunks(self.spool, QUADS, "nq", chunk_size())
        self.union = _Chunks(self.spool, UNION, "nt", chunk_size())  # the store keeps each triple once
        self.reports, self.sources = [], []

    def stage(self, report_iri, text, triples, source=None):
        """Spool one report's graph: text is its N-Triples lines, triples how many, source its resolved path."""
        if text:
            self.quads.write((text + "\n").replace(" .\n", f" <{report_iri}> .\n"), triples)
        if source:  # where the report came from, in kg's own graph (kg/store/sources.py)
            self.quads.write(f"<{report_iri}> <{SOURCE_PATH.value}> {nt_term(Literal(source))} <{SOURCES.value}> .\n", 1)
        if text:
            self.union.write(text + "\n", triples)
        self.reports.append((str(report_iri), triples))
        self.sources.append(source)

    def abort(self):
        """Drop what was spooled; the store was never touched."""
        self.quads.close()
        self.union.close()
        shutil.rmtree(self.spool, ignore_errors=True)

    def commit(self):
        """Write every staged report into the store; returns [(report IRI, triples)] in staging order.

        Under the store's write lock: another build may have committed since this one started, so its keys are
        checked against the store as it is now; a key another file took meanwhile is refused, nothing written.
        """
        try:
            self.union.close()
            self.quads.close()
            (self.spool / REPORTS).write_text("".join(f"{iri}\n" for iri, _ in self.reports), encoding="utf-8")
        except BaseException as exc:
            self.abort()
            raise spool_error(exc, self.store_dir) if isinstance(exc, OSError) else exc
        try:
            with writing(self.store_dir):
                return self._commit()
        except BaseException:
            if not _journaled(self.spool):
                self.abort()
            raise

    def _commit(self):
        from .local import open_store

        store = open_store(self.store_dir, create=True)
        collect_orphans(self.store_dir, store)
        self._refuse_taken_keys(store)
        try:
            (self.spool / _JOURNALED).write_bytes(b"")
            store.update(f'INSERT DATA {{ GRAPH <{JOURNAL.value}> {{ <{JOURNAL.value}> <{SPOOL.value}> '
                         f'"{_escape(str(self.spool.resolve()))}" }} }}')
        except OSError as exc:
            self.abort()
            raise StoreError(f"could not write to the store ({_first_line(exc)}); the store is unchanged") from None
        try:
            apply_spool(store, self.spool)
        except (OSError, ValueError, SyntaxError) as exc:
            raise StoreError(f"{self.store_dir}: the load stopped part way ({_first_line(exc)}); "
                             "opening the store again finishes it") from None
        return self.reports

    def _refuse_taken_keys(self, store):
        """A report key that another build gave to another file since this build worked its keys out."""
        from ..text.keys import file_checksum
        from .sources import read_sources

        prefix = str(report_iri(""))
        owners = {source.key: source for source in read_sources(store)}
        for iri, source in zip((iri for iri, _ in self.reports), self.sources):
            owner = owners.get(iri[len(prefix):])
            if owner is None or source is None or owner.path == source:
                continue
            if owner.checksum != file_checksum(source):
                raise StoreError(f"{self.store_dir}: while this build ran, another build stored {owner.path} as "
                                 f"report {owner.key}, the key this build gave {source}; nothing was written: "
                                 "build again and kg gives it a key of its own")


def apply_spool(store, spool):
    """Load a complete spool into the store, then drop the journal and the spool; safe to repeat."""
    from .local import _unlink

    spool = Path(spool)
    for iri in (spool / REPORTS).read_text(encoding="utf-8").split():
        target = ox.NamedNode(iri)
        if store.contains_named_graph(target):  # a rebuilt report: its old graph and record go first
            store.update(_unlink(iri) + f"DROP GRAPH <{iri}> ;\n" + forget_update(iri))
    loads = [dict(path=str(path), format=ox.RdfFormat.N_QUADS) for path in sorted(spool.glob(f"{QUADS}-*.nq"))]
    loads += [dict(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
              for path in sorted(spool.glob(f"{UNION}-*.nt"))]
    # each bulk load keeps to one core and lets go of the GIL while it works: the chunks load side by side
    with ThreadPoolExecutor(max_workers=load_threads()) as pool:
        for _ in pool.map(lambda load: store.bulk_load(**load), loads):
            pass
    store.update(f"DROP SILENT GRAPH <{JOURNAL.value}>")
    store.optimize()  # bulk loads leave many small files: compacted, queries run 2-3x faster
    store.flush()
    shutil.rmtree(spool, ignore_errors=True)


def load_threads():
    """Bulk loads run side by side: one per core, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def chunk_size():
    """Quads per spooled file (per bulk load): IN_FLIGHT shared by the loads that run at once."""
    return IN_FLIGHT // load_threads()


class _Chunks:
    """Text written to numbered files of at most size lines each (a report's lines stay in one file)."""

    def __init__(self, folder, stem, suffix, size):
        self.folder, self.stem, self.suffix, self.size = folder, stem, suffix, size
        self.count, self.lines, self.stream = 0, 0, None

    def write(self, text, lines):
        if self.stream is None or self.lines + lines > self.size and self.lines:
            self.close()
            name = f"{self.stem}-{self.count:06d}.{self.suffix}"
            self.stream = open(self.folder / name, "w", encoding="utf-8", newline="\n")
            self.count, self.lines = self.count + 1, 0
        self.stream.write(text)
        self.lines += lines

    def close(self):
        if self.stream is not None:
            self.stream.close()
            self.stream = None


def recover(store, store_dir="the store"):
    """Finish a load that a crash interrupted (the journal names its spool).

    When finishing fails (a full disk), the journal and the spool stay for the next try and the
    error says so; when the spool is gone, the journal is dropped and the error says which reports
    were lost, so nothing goes silently.
    """
    entries = [q.object.value for q in store.quads_for_pattern(JOURNAL, SPOOL, None, JOURNAL)]
    for spool in entries:
        if (Path(spool) / REPORTS).is_file():
            try:
                apply_spool(store, spool)
                continue
            except (OSError, ValueError, SyntaxError, KgError) as exc:
                raise StoreError(f"{store_dir}: a build cut short earlier could not be finished now ({_first_line(exc)}); "
                                 f"its reports wait in {spool}: free space (or fix the cause) and run any write "
                                 "to finish it") from None
        store.update(f"DROP SILENT GRAPH <{JOURNAL.value}>")
        raise StoreError(f"{store_dir}: a build cut short earlier left its reports in {spool}, which is gone, so they "
                         "were never written; the store holds the reports from before that build: build them again")


def collect_orphans(store_dir, store):
    """Remove the spools of builds that were killed before their commit (their process is gone and no journal
    names them): each held a copy of the reports it had parsed."""
    store_dir = Path(store_dir)
    journaled = {q.object.value for q in store.quads_for_pattern(JOURNAL, SPOOL, None, JOURNAL)}
    for spool in store_dir.resolve().parent.glob(f".{store_dir.name}.kg-load-*"):
        pid = spool.name[len(f".{store_dir.name}.kg-load-"):].split("-")[0]
        if pid.isdigit() and not _alive(int(pid)) and str(spool.resolve()) not in journaled:
            shutil.rmtree(spool, ignore_errors=True)


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _journaled(spool):
    """Whether a commit got as far as naming the spool in the store's journal (then recovery needs it)."""
    return (spool / _JOURNALED).exists()


def spool_error(exc, store_dir):
    """The StoreError for an OSError met while spooling (a full disk): nothing reached the store."""
    return StoreError(f"could not spool the reports beside {store_dir} ({exc.strerror or exc}); "
                      "the store is unchanged")


def _spool_dir(store_dir):
    parent = store_dir.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkdtemp(prefix=f".{store_dir.name}.kg-load-{os.getpid()}-", dir=parent)
    except OSError:
        return tempfile.mkdtemp(prefix=f"kg-load-{os.getpid()}-")


def _escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _first_line(exc):
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]

