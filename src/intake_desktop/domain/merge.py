"""Two people changed the same record: a three-way merge against the version both
started from. What only one side changed is taken; what both changed differently is a
conflict for a person to decide. (Used when a save is refused as stale; the offline
laptop's sync will use the same rule.)"""

from __future__ import annotations


def three_way_merge(base: dict, mine: dict, theirs: dict) -> tuple[dict, list[str]]:
    """Returns the merged values and the names of the fields in conflict (for those,
    the merged dict holds theirs until someone chooses)."""
    merged, conflicts = dict(theirs), []
    for name, value in mine.items():
        if value == base.get(name):
            continue  # not changed by me: theirs stands
        if theirs.get(name) in (base.get(name), value):
            merged[name] = value  # only I changed it, or we made the same change
        else:
            conflicts.append(name)
    return merged, conflicts
