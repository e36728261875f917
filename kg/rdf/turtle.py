"""Turtle stage: a sorted stream of triple lines written as Turtle, one subject block at a time."""
from .ntriples import turtle_prefixes


def write_turtle(lines, stream, prefixes=None, classes=None):
    """Write sorted 'subject TAB predicate TAB object' lines to a text stream as Turtle.

    Lines of one subject are adjacent in a sorted stream, so each subject is one block with its
    types first ('a'), objects of one predicate joined by commas. prefixes (names) are those to
    declare, by default all of kg's; classes, a Counter, counts the objects of 'a'. Returns the
    triples written.
    """
    stream.write("".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in turtle_prefixes()
                         if prefixes is None or prefix in prefixes))
    count = 0
    block, subject = [], None
    for line in lines:
        s, p, o = line.split("\t", 2)
        if s != subject:
            if block:
                stream.write(_block(subject, block))
            block, subject = [], s
        block.append((p, o))
        count += 1
        if p == "a" and classes is not None:
            classes[o] += 1
    if block:
        stream.write(_block(subject, block))
    return count


def _block(subject, pairs):
    types = [o for p, o in pairs if p == "a"]
    parts = [f"\n{subject} a {', '.join(types)}" if types else f"\n{subject}"]
    predicate, first = None, not types
    for p, o in pairs:
        if p == "a":
            continue
        if p == predicate:
            parts.append(f",\n        {o}")
        else:
            parts.append(f" {p} {o}" if first else f" ;\n    {p} {o}")
            predicate, first = p, False
    parts.append(" .\n")
    return "".join(parts)
