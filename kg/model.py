"""Model stage: the plain, frozen data that flows between kg's stages."""
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional


@dataclass(frozen=True)
class Document:
    """A report as read from disk or stdin: its name, text and a checksum of its bytes.

    format is the file's format (text, pdf, html, docx); for a PDF, pages[i] is the offset in
    text where page i + 1 starts. key and source are the report's key and resolved path
    (kg/text/keys.py; an empty key is the file stem's; stdin has no source).
    """
    name: str
    text: str
    checksum: str
    format: str = "text"
    pages: tuple = ()
    key: str = ""
    source: Optional[str] = None

    def page_at(self, offset):
        """The 1-based page an offset into text falls on, or None for a document without pages."""
        if not self.pages:
            return None
        return bisect_right(self.pages, offset) or 1


@dataclass(frozen=True)
class OffsetMap:
    """Where each character of a normalized text stands in the original, kept as segments.

    Segment k starts at normalized index starts[k] and maps index i to i + shifts[k]: a run of
    characters copied as they stand is one segment, not one offset per character.

    >>> origin = OffsetMap(starts=(0, 3), shifts=(0, 2), length=5)
    >>> [origin[i] for i in range(len(origin))]
    [0, 1, 2, 5, 6]
    """
    starts: tuple
    shifts: tuple
    length: int

    def __len__(self):
        return self.length

    def __getitem__(self, index):
        if not 0 <= index < self.length:
            raise IndexError(f"offset {index} is outside the text (length {self.length})")
        return index + self.shifts[bisect_right(self.starts, index) - 1]


@dataclass(frozen=True)
class NormalizedText:
    """Text normalized for matching, with origin[i] the index in the original of character i.

    title_end is where the report's title block (title, delivery line, speaker) ends in text, 0 if none.
    """
    text: str
    origin: OffsetMap
    original_length: int
    title_end: int = 0

    def span(self, start, end):
        """Map a [start, end) span of the normalized text back onto the original text."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else self.original_length
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class Section:
    """A headed part of a report; index 0 is the untitled opening."""
    index: int
    title: str
    start: int
    end: int
    title_end: int = 0


@dataclass(frozen=True)
class Sentence:
    """One sentence: normalized text for matching, original offsets for quoting."""
    index: int
    text: str
    start: int
    end: int
    section: int


@dataclass(frozen=True)
class Quantity:
    """A number read from text with its magnitude folded in, and what follows it.

    start and end index the text the quantity was read from; unit is the unit word
    as written (元, 吨, 个, %), multiple marks 倍, tenths marks 成. A range (6%－6.5%) has
    its low end as value, its high end as upper, and bound "between".
    """
    value: Decimal
    unit: Optional[str]
    start: int
    end: int
    bound: Optional[str] = None
    kind: str = "plain"
    upper: Optional[Decimal] = None


@dataclass(frozen=True)
class Figure:
    """A quantity in a clause with its role: level, change (percent, value, points) or rank."""
    role: str
    quantity: Quantity
    sign: int = 1
    rank_scope: Optional[str] = None


@dataclass(frozen=True)
class Observation:
    """A figure stated in a report, read into indicator, value, change, rank and bound.

    period is the year the figure is for, or the last year of the span it covers from period_start
    (过去五年); annual_average marks an average annual rate (年均); lower and upper are the ends
    of a range (6%－6.5%), whose bound is "between".
    """
    indicator: str
    sentence: Sentence
    anchor: int
    value: Optional[Decimal] = None
    unit: Optional[str] = None
    change_percent: Optional[Decimal] = None
    change_value: Optional[Decimal] = None
    change_points: Optional[Decimal] = None
    rank: Optional[int] = None
    rank_scope: Optional[str] = None
    bound: Optional[str] = None
    period: Optional[int] = None
    area: Optional[str] = None
    target: bool = False
    period_start: Optional[int] = None
    annual_average: bool = False
    lower: Optional[Decimal] = None
    upper: Optional[Decimal] = None


@dataclass(frozen=True)
class Region:
    """An administrative division from the gazetteer (or a township/village met in text)."""
    code: str
    name: str
    short_name: str
    level: str
    parent_code: Optional[str] = None
    longitude: Optional[str] = None
    latitude: Optional[str] = None
    pinyin: Optional[str] = None
    aliases: tuple = ()


@dataclass(frozen=True)
class ReportInfo:
    """What kg works out about a report: key, title, region, the year it reviews, and its header.

    region_source and year_source say how each was found: "given" (by the user), "text", "header"
    or "guess" (the most named region or year: worth checking).
    """
    key: str
    name: str
    title: str
    region: Region
    year: int
    checksum: str
    delivered: Optional[str] = None
    session: Optional[str] = None
    speaker: Optional[str] = None
    speaker_role: Optional[str] = None
    region_source: str = "text"
    year_source: str = "text"
    delivery_year: Optional[int] = None  # the year it was delivered: the header's date, else the year after


@dataclass(frozen=True)
class Entity:
    """A thing a report names, once, with every way it was written and the sentences that name it.

    kind is a class name (Program, City, Village…); code is a division code for regions, parent
    the code of the region it lies in; links are (property name, Entity key) pairs.
    """
    kind: str
    label: str
    key: tuple
    aliases: tuple = ()
    sentences: tuple = ()
    code: Optional[str] = None
    parent: Optional[str] = None
    industry: Optional[str] = None
    links: tuple = ()
    roles: tuple = ()


@dataclass(frozen=True)
class ParsedReport:
    """Everything one report yields before it becomes triples."""
    info: ReportInfo
    document: Document
    sections: tuple
    sentences: tuple
    observations: tuple
    entities: tuple = ()


@dataclass(frozen=True)
class Mention:
    """A name found in a sentence: its kind, normalized label, span and what it was resolved to."""
    kind: str
    label: str
    start: int
    end: int
    written: str = ""
    code: Optional[str] = None
    parent: Optional[str] = None
    industry: Optional[str] = None
    role: Optional[str] = None
