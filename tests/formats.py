"""Test helpers for the reading stage: what a parsed report says, to compare copies of one report in several formats."""


def observations(parsed):
    """The observations of a parsed report as comparable rows: region, year, indicator, value, unit and the rest."""
    info = parsed.info
    return {(info.region.code, info.year, o.indicator, o.value, o.unit, o.change_percent, o.change_value,
             o.change_points, o.rank, o.rank_scope, o.bound, o.period, o.area, o.target) for o in parsed.observations}
