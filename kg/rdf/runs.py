"""Merging stage: sorted line lists from many reports into one sorted, unique stream, in bounded memory.

Lines are held in memory up to a budget; past it they are sorted into a run file on disk. The
final stream merges the runs with what is still in memory, dropping repeated lines (a region
or an indicator that several reports state).
"""
import heapq
import os
import tempfile

DEFAULT_BUDGET = 32_000_000  # characters held before a run goes to disk (~100 MB of str objects)


class SortedRuns:
    """Collects text (lines joined by newlines) and yields every distinct line once, sorted."""

    def __init__(self, directory=None, budget=DEFAULT_BUDGET):
        self.directory, self.budget = directory, budget
        self.texts, self.size, self.runs = [], 0, []
        self._tmp = None

    def add(self, text):
        """Add lines (one string, lines separated by newlines) to the collection."""
        if not text:
            return
        self.texts.append(text)
        self.size += len(text)
        if self.size >= self.budget:
            self._spill()

    def _lines(self):
        # each text's lines come sorted (a report's): one sort of them all merges those runs, as a set would not
        lines = []
        for text in self.texts:
            lines.extend(text.split("\n"))
        self.texts, self.size = [], 0
        lines.sort()
        return [line for line, previous in zip(lines, [""] + lines) if line != previous]

    def _spill(self):
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix=".kg-runs-", dir=self.directory)
        path = os.path.join(self._tmp.name, f"run-{len(self.runs):05d}")
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.writelines(line + "\n" for line in self._lines())
        self.runs.append(path)

    def lines(self):
        """Every distinct line, sorted; read once."""
        memory = self._lines()
        if not self.runs:
            yield from memory
            return
        files = [open(path, encoding="utf-8", newline="\n") for path in self.runs]
        try:
            previous = None
            streams = [(line[:-1] for line in f) for f in files] + [iter(memory)]
            for line in heapq.merge(*streams):
                if line != previous:
                    yield line
                    previous = line
        finally:
            for f in files:
                f.close()

    def close(self):
        """Remove the run files."""
        self.texts, self.size = [], 0
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
        self.runs = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
