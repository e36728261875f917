"""What every gold builder in this folder shares: the annotation helpers and the JSON they write.

A builder annotates one report sentence by sentence with obs(), target() and ent(), then calls
write(). The format is eval/gold-shanxi-2024.json's (see eval/README.md).
"""
import json
import os


class Gold:
    """One report's annotation: observations and entities in the order they were written."""

    def __init__(self, area, target_year):
        self.area, self.target_year = area, target_year
        self.observations, self.entities = [], []

    def obs(self, ind, keys=None, value=None, unit=None, change=None, change_value=None, rank=None, bound=None,
            area=None, period=None, status=None, industry=None, optional=False, **extra):
        """A figure: main number, unit, change, rank, bound; period only where it differs from the report's."""
        fields = dict(indicator=ind, keys=keys or [ind], value=value, unit=unit, change_percent=change,
                      change_value=change_value, rank=rank, bound=bound, area=area or self.area, period=period,
                      status=status, industry=industry, optional=optional or None, **extra)
        self.observations.append({k: v for k, v in fields.items() if v is not None})

    def target(self, *args, **kwargs):
        """A planned figure, for the coming year unless a period is given."""
        kwargs.setdefault("period", self.target_year)
        self.obs(*args, status="target", **kwargs)

    def ent(self, kind, label, *aliases, part_of=None, optional=False):
        entity = {"type": kind, "label": label}
        if aliases:
            entity["aliases"] = list(aliases)
        if part_of:
            entity["part_of"] = part_of
        if optional:
            entity["optional"] = True
        self.entities.append(entity)

    def write(self, name, document, period, not_values, area=None):
        """Write name (beside this file) and print the counts."""
        gold = {"document": document, "period": period, "area": area or self.area,
                "entities": self.entities, "observations": self.observations, "not_values": not_values}
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), "w", encoding="utf-8") as out:
            json.dump(gold, out, ensure_ascii=False, indent=1)
        required = [o for o in self.observations if not o.get("optional")]
        print(len(self.observations), "observations,", len(required), "required,",
              sum(1 for o in required if o.get("status") == "target"), "required targets;",
              len(self.entities), "entities,", sum(1 for e in self.entities if not e.get("optional")), "required")
