"""Viz stage, geometry: where nodes go. A report is drawn as a mind map (the report in the middle,
its sections in two columns, what each section names in rows beside it); several maps are tiled to
fit a screen; a graph without reports falls back to a seeded spring layout."""
import math
import unicodedata
from dataclasses import dataclass

import networkx as nx

SCREEN = (880, 600)  # the drawing area of the page in a 1280 × 800 window, less a margin
FIT_MARGIN = 1.1  # vis-network leaves this much room around what it fits
ROW_WIDTH = 330  # how far a section's rows reach out from it
GAP = 10
SEED = 7


def text_width(text, font):
    """About how wide a label is drawn: CJK and full-width characters are square, the rest narrower.

    >>> text_width("山西 2023", 10)
    50.0
    """
    return float(sum(font if unicodedata.east_asian_width(c) in "WF" else 0.6 * font for c in text))


@dataclass(frozen=True)
class Item:
    """One node to place: the room it takes (its shape and label), and where the node sits in that room
    (a dot sits above its label, dy from the middle)."""

    id: str
    width: float
    height: float
    dy: float = 0.0


@dataclass(frozen=True)
class Band:
    """A section (or a report's own list) and what it names: the shown items, then the folded ones."""

    head: Item
    shown: tuple
    folded: tuple


def _rows(items, width):
    """Items packed into rows no wider than `width`: [(row height, [(item, x offset)])]."""
    rows, row, used, tall = [], [], 0.0, 0.0
    for item in items:
        if row and used + item.width > width:
            rows.append((tall, row))
            row, used, tall = [], 0.0, 0.0
        row.append((item, used))
        used += item.width + GAP
        tall = max(tall, item.height)
    if row:
        rows.append((tall, row))
    return rows


def _height(rows):
    return sum(tall + GAP for tall, _ in rows)


def _place_rows(rows, x0, y0, side, pos):
    """Rows of items starting at x0 (growing right for side 1, left for side -1), centred on y0."""
    y = y0 - _height(rows) / 2
    for tall, row in rows:
        for item, dx in row:
            pos[item.id] = (x0 + side * (dx + item.width / 2), y + tall / 2 + item.dy)
        y += tall + GAP


def mind_map(center, region, bands):
    """Positions of one report's nodes around (0, 0), and the box (x0, y0, x1, y1) they take."""
    pos = {center.id: (0.0, 0.0)}
    if region is not None:
        pos[region.id] = (0.0, -(center.height + region.height) / 2 - GAP + region.dy)
    half = (len(bands) + 1) // 2
    sides = ((1, bands[:half]), (-1, list(reversed(bands[half:]))))
    reach = center.width / 2 + 70
    for side, column in sides:
        packed = []
        for band in column:
            rows = _rows(band.shown, ROW_WIDTH)
            shown_width = max((dx + item.width for _, row in rows for item, dx in row), default=0.0)
            # Folded things open in a block beyond the shown ones; it may reach into the next band,
            # since reserving its height would leave holes in the first view.
            folded_rows = max(1, len(rows), math.ceil(math.sqrt(len(band.folded) / 3)))
            folded = _rows(band.folded, max(ROW_WIDTH, _fit_width(band.folded, folded_rows)))
            tall = max(_height(rows), band.head.height + GAP)
            packed.append((band, rows, shown_width, folded, tall))
        total = sum(p[4] for p in packed)
        y = -total / 2
        for band, rows, shown_width, folded, tall in packed:
            mid = y + tall / 2
            pos[band.head.id] = (side * (reach + band.head.width / 2), mid + band.head.dy)
            start = reach + band.head.width + 40
            _place_rows(rows, side * start, mid, side, pos)
            _place_rows(folded, side * (start + shown_width + 30), mid, side, pos)
            y += tall
    return pos, _box(pos, [center, *( [region] if region else []), *_all_items(bands)])


def _fit_width(items, rows):
    """A row width that packs the folded items in about as many rows as the shown ones."""
    total = sum(item.width + GAP for item in items)
    return total / max(1, rows) + 1


def _all_items(bands):
    for band in bands:
        yield band.head
        yield from band.shown
        yield from band.folded


def _box(pos, items):
    xs0 = [pos[i.id][0] - i.width / 2 for i in items if i.id in pos]
    xs1 = [pos[i.id][0] + i.width / 2 for i in items if i.id in pos]
    ys0 = [pos[i.id][1] - i.height / 2 for i in items if i.id in pos]
    ys1 = [pos[i.id][1] + i.height / 2 for i in items if i.id in pos]
    return (min(xs0, default=0), min(ys0, default=0), max(xs1, default=0), max(ys1, default=0))


def tile(boxes):
    """Offsets that tile boxes (x0, y0, x1, y1) in the grid that fits a screen best, in order."""
    if not boxes:
        return [], 1.0
    best = None
    for columns in range(1, len(boxes) + 1):
        grid = [boxes[i:i + columns] for i in range(0, len(boxes), columns)]
        widths = [max(b[2] - b[0] for b in boxes[c::columns]) for c in range(columns)]
        heights = [max(b[3] - b[1] for b in row) for row in grid]
        total_w, total_h = sum(widths) + 120 * (columns - 1), sum(heights) + 120 * (len(grid) - 1)
        scale = min(SCREEN[0] / total_w, SCREEN[1] / total_h)
        if best is None or scale > best[0] + 1e-9:
            best = (scale, columns, widths, heights)
    scale, columns, widths, heights = best
    offsets = []
    for index, box in enumerate(boxes):
        row, col = divmod(index, columns)
        cell_x = sum(widths[:col]) + 120 * col + widths[col] / 2
        cell_y = sum(heights[:row]) + 120 * row + heights[row] / 2
        offsets.append((cell_x - (box[0] + box[2]) / 2, cell_y - (box[1] + box[3]) / 2))
    return offsets, scale


def fit_scale(box):
    """The zoom at which a box (x0, y0, x1, y1) fills the screen."""
    return min(SCREEN[0] / max(1.0, box[2] - box[0]), SCREEN[1] / max(1.0, box[3] - box[1])) / FIT_MARGIN


def _spring(graph, scale):
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    pos = nx.spring_layout(graph, seed=SEED, iterations=60)
    center = sum(pos.values()) / len(pos)
    radii = {n: float(((p - center) ** 2).sum()) ** 0.5 for n, p in pos.items()}
    reach = max(radii.values()) or 1.0
    out = {}
    for n in sorted(pos):  # a square-root radial spread: a dense core opens up, outliers come in
        stretch = scale * (radii[n] / reach) ** 0.5 / radii[n] if radii[n] else 0.0
        out[n] = (float(pos[n][0] - center[0]) * stretch, float(pos[n][1] - center[1]) * stretch)
    return out


def spring(edges, nodes):
    """Positions for a network with no reports: each connected part laid out by a seeded spring, in rows."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(nodes))
    graph.add_edges_from(sorted(edges))
    parts = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    width = 120 * math.sqrt(len(graph)) + 200
    for part in parts:
        sub = nx.Graph(graph.subgraph(part))  # a copy with sorted node order: no set order leaks in
        radius = 60 * math.sqrt(len(part))
        for node, (px, py) in _spring(sub, radius).items():
            pos[node] = (x + radius + px, y + radius + py)
        x += 2 * radius + 80
        row_height = max(row_height, 2 * radius)
        if x > width:
            x, y, row_height = 0.0, y + row_height + 80, 0.0
    return pos
