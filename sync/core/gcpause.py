"""Pausing CPython's cyclic collector around the core's steps (a speed measure, not logic)."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def without_gc_pauses(step: Callable[P, T]) -> Callable[P, T]:
    """Run a core step with CPython's cyclic collector paused.

    The core builds acyclic data only, which reference counting frees; but CPython starts a
    full collection each time the objects alive grow by a quarter, and at 100,000 rows each
    one walks the whole register (about a million objects, 0.3 s) again, three times in
    one evaluation. Nothing is left uncollected: the next collection after the step sees all.
    """

    @functools.wraps(step)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        if not gc.isenabled():
            return step(*args, **kwargs)
        gc.disable()
        try:
            return step(*args, **kwargs)
        finally:
            gc.enable()

    return run
