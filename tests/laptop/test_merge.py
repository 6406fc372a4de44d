"""The three-way merge behind a refused stale save (and later the offline sync)."""

from hypothesis import given
from hypothesis import strategies as st

from intake_desktop.domain.merge import three_way_merge

VALUES = st.sampled_from(["", "a", "b", "c"])
RECORDS = st.fixed_dictionaries({"x": VALUES, "y": VALUES, "z": VALUES})


def test_one_sided_changes_merge_and_two_sided_ones_conflict():
    base = {"city": "Voorbeeld", "phone": "", "email": ""}
    mine = {"city": "Mijnstad", "phone": "0701234567", "email": ""}
    theirs = {"city": "Anderstad", "phone": "", "email": "a@b.nl"}
    merged, conflicts = three_way_merge(base, mine, theirs)
    assert conflicts == ["city"]
    assert merged == {"city": "Anderstad", "phone": "0701234567", "email": "a@b.nl"}


@given(base=RECORDS, mine=RECORDS, theirs=RECORDS)
def test_no_change_is_lost_silently(base, mine, theirs):
    merged, conflicts = three_way_merge(base, mine, theirs)
    for field in base:
        if field in conflicts:
            assert mine[field] != base[field] and theirs[field] not in (base[field], mine[field])
            continue
        # Every change either side made is in the result.
        if mine[field] != base[field]:
            assert merged[field] == mine[field]
        if theirs[field] != base[field]:
            assert merged[field] == theirs[field] or theirs[field] == mine[field]
