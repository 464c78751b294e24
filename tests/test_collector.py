"""The shared pause of the garbage collector (desktop/collector.py)."""

import gc

from desktop.collector import collector_paused


class _Node:
    def __init__(self):
        self.other = None


def test_what_a_pause_made_is_old_when_it_ends_and_cycles_are_still_collected():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        made = [[i] for i in range(50_000)]
        a, b = _Node(), _Node()
        a.other, b.other = b, a  # a cycle, unreachable once dropped
    assert gc.isenabled()
    # Nothing left young: the next allocation does not walk the 50,000 lists.
    assert gc.get_count()[0] < 100
    assert any(o is made for o in gc.get_objects(generation=2))
    assert not gc.get_freeze_count()
    del a, b
    assert gc.collect() >= 2


def test_a_pause_inside_a_pause_and_a_collector_already_off():
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
