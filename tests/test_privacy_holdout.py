"""The held-out privacy corpus (tests/privacy_holdout.py) measured with tests/test_privacy.py's
machinery and thresholds: how the anonymizer, tuned on tests/privacy_corpus.py, generalizes.

The holdout's rows form their own register (with a few extra rows), compiled once, and every text
is anonymized against all of it, as in an office's export. What counts as removed, the thresholds
and why, and the report are test_privacy.py's; only the corpus differs. test_privacy.py's
soundness checks read that module's corpus globals, so they are pointed at the holdout while
they run rather than copied.
"""

from __future__ import annotations

import re

import pytest

from sync.anonymize import RegisterValues, anonymize, fold, scan
from sync.publishing import Publishing
from tests import test_privacy as tp
from tests.privacy_corpus import KINDS, Case, Secret
from tests.privacy_holdout import CASES, EXTRA_ROWS

_first = max(case.row for case in CASES) + 1
ROWS = [(case.row, case.cells) for case in CASES] + [
    (_first + i, dict(zip(tp.CELL_KEYS, cells, strict=True))) for i, cells in enumerate(EXTRA_ROWS)
]
RECORDS = [tp._record(case.row, case.cells, {case.column: case.text}) for case in CASES] + [
    tp._record(row, cells, {}) for row, cells in ROWS[len(CASES) :]
]
# The module globals test_privacy.py's soundness checks read, for the holdout.
HOLDOUT_GLOBALS = {
    "CASES": CASES,
    "ROWS": ROWS,
    "ALL_NAMES": {row: tp._row_names(cells) for row, cells in ROWS},
    "ALL_ROOMS": set().union(*(tp._rooms(cells["unit"]) for _, cells in ROWS)),
    "ALL_PHONES": {p for _, cells in ROWS for p in tp._phones(cells)},
}


def test_the_holdout_is_sound(monkeypatch: pytest.MonkeyPatch):
    for name, value in HOLDOUT_GLOBALS.items():
        monkeypatch.setattr(tp, name, value)
    assert len(CASES) >= 200
    assert {s.kind for c in CASES for s in c.secrets} == set(KINDS)
    problems = tp.corpus_problems()
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def known() -> RegisterValues:
    return RegisterValues.from_records(RECORDS, Publishing().staff_roles)


@pytest.fixture(scope="module")
def outcomes(known: RegisterValues) -> list[tp.Outcome]:
    results = []
    for case in CASES:
        output = anonymize(case.text, known)
        folded = fold(output)
        left = tuple(s for s in case.secrets if tp.survives(s, output))
        lost = tuple(w for w in case.keep if fold(w) not in folded)
        results.append(tp.Outcome(case, output, left, lost))
    print("\n" + tp.report(results))
    return results


def test_register_values_never_survive(outcomes):
    gone, total = tp._recall(outcomes, lambda s: s.register)
    assert gone == total, f"register-derived recall {tp._ratio(gone, total)}\n{tp.report(outcomes)}"


def test_free_text_names_are_found(outcomes):
    gone, total = tp._recall(outcomes, lambda s: not s.register and s.kind == "姓名")
    assert gone >= 0.98 * total, (
        f"free-text name recall {tp._ratio(gone, total)}\n{tp.report(outcomes)}"
    )


def test_free_text_numbers_addresses_and_accounts_never_survive(outcomes):
    gone, total = tp._recall(outcomes, lambda s: not s.register and s.kind != "姓名")
    assert gone == total, (
        f"free-text recall (not names) {tp._ratio(gone, total)}\n{tp.report(outcomes)}"
    )


def test_ordinary_words_survive(outcomes):
    kept = sum(len(o.case.keep) - len(o.lost) for o in outcomes)
    words = sum(len(o.case.keep) for o in outcomes)
    assert kept >= 0.95 * words, f"precision {tp._ratio(kept, words)}\n{tp.report(outcomes)}"


# ---- the gate ----

# Numbers spoken as Chinese numerals (voice-to-text, a resident dictating) are left to the
# anonymizer: the gate's contract names separators and room context, not numerals.
_NUMERAL = re.compile("[零〇一幺二三四五六七八九]")


def _in_numerals(secret: Secret) -> bool:
    return secret.kind != "姓名" and bool(_NUMERAL.search(secret.text))


_HAN = "\u3400-\u4dbf\u4e00-\u9fff"


def _written_in_full(secret: Secret, case: Case) -> bool:
    """A register name the gate can be asked to match: one of the row's names as written in its
    cell, not a part of one. test_privacy._whole_value takes any substring of a name cell, and
    this corpus has parts (淑芬 for 鄧淑芬, 严太 for 严太太, 欧阳 for 欧阳慧敏) that the anonymizer
    must remove but a gate could only match by matching every two characters of every name."""
    if not tp._whole_value(secret, case):
        return False
    if secret.kind != "姓名":
        return True
    whole = re.compile(f"(?<![{_HAN}]){re.escape(fold(secret.text))}(?![{_HAN}])")
    return any(whole.search(name) for name in tp._row_names(case.cells))


def test_gate_finds_every_register_value_pasted_raw(known):
    misses, unattributed = [], []
    for case in CASES:
        page, offset, findings = tp._page_findings(case, known)
        for secret in case.secrets:
            if not secret.register or _in_numerals(secret) or not _written_in_full(secret, case):
                continue
            hits = tp._found(secret, case, offset, findings)
            if not hits:
                misses.append(f"  row {case.row} {secret.kind} {secret.text!r} in {case.text!r}")
            elif not any(case.row in f.rows for f in hits):
                unattributed.append(f"  row {case.row} {secret.text!r}: {hits}")
    assert not misses and not unattributed, (
        f"{len(misses)} register values not found:\n" + "\n".join(misses) + "\n"
        f"{len(unattributed)} found without their register row:\n" + "\n".join(unattributed)
    )


def test_gate_finds_pattern_kinds_pasted_raw(known):
    misses = []
    for case in CASES:
        page, offset, findings = tp._page_findings(case, known)
        for secret in case.secrets:
            patterned = secret.kind in ("电话", "证件号", "邮箱", "车牌", "账号")
            if secret.register or not patterned or _in_numerals(secret):
                continue
            if not tp._found(secret, case, offset, findings):
                misses.append(f"  row {case.row} {secret.kind} {secret.text!r} in {case.text!r}")
    assert not misses, f"{len(misses)} pattern values not found:\n" + "\n".join(misses)


def test_gate_lets_ordinary_pages_through(known):
    """The handbook and generated page lines against the holdout's register (other rooms, other
    names, short rooms such as 127 and 120) and the holdout's ordinary sentences."""
    plain = [c.text for c in CASES if not c.secrets]
    lines = tp.handbook_lines() + plain
    flagged = [
        f"  {f.kind} {line[f.start : f.end]!r} rows {f.rows} in {line!r}"
        for line in lines
        for f in scan(line, known)
    ]
    assert not flagged, f"{len(flagged)} findings on ordinary pages:\n" + "\n".join(flagged)
