"""heldout25: the invented figures shared by make_report.py, make_annex.py and make_stats.py,
so that the three documents of Liên đoàn Lao động tỉnh Lào Cai agree with each other.

Every figure here is invented. The checks at the bottom (run on import) hold the documents
together: the tables' totals, and the totals that the report's prose and table 2 restate.
"""

from decimal import ROUND_HALF_UP, Decimal

# The nine unions directly above the grassroots (công đoàn cấp trên trực tiếp cơ sở), in the
# order all three documents list them.
UNITS = [
    "LĐLĐ phường Yên Bái",
    "LĐLĐ phường Lào Cai",
    "LĐLĐ phường Nghĩa Lộ",
    "LĐLĐ phường Sa Pa",
    "Công đoàn Viên chức tỉnh",
    "Công đoàn ngành Giáo dục",
    "Công đoàn ngành Y tế",
    "Công đoàn các Khu công nghiệp tỉnh",
    "Công đoàn ngành Nông nghiệp và Môi trường",
]

# Table 1 of report.docx (stocks at 31/12/2025, new members of 2025):
# (CĐCS total, of which non-state (None = "-"), members, women, new members 2025)
T1 = [
    (248, 96, 12486, 6215, 742),
    (276, 131, 14352, 7108, 968),
    (132, 38, 5847, 3012, 315),
    (118, 74, 6193, 3386, 586),
    (186, None, 9724, 4851, 237),
    (412, 17, 21638, 15412, 408),
    (94, 6, 7915, 5236, 194),
    (164, 153, 18427, 11388, 2163),
    (58, 11, 3216, 1174, 172),
]
KCN_NET = 9  # "164 (tăng 9)": the KCN union's CĐCS, 9 more than at the end of 2024
VC_RECEIVED = 41  # Ghi chú of row 5: CĐCS taken over from the old district unions

CDCS = sum(r[0] for r in T1)
CDCS_NN = sum(r[1] or 0 for r in T1)
MEMBERS = sum(r[2] for r in T1)
WOMEN = sum(r[3] for r in T1)
NEW_MEMBERS = sum(r[4] for r in T1)

# stats.xlsx: CĐCS founded in 2025, CĐCS dissolved or merged (None = empty cell, "-" = a dash)
FOUNDED = [8, 10, 4, 6, 3, 5, 2, 11, 3]
DISSOLVED = [6, 8, 2, 3, None, 2, "-", 2, 1]
NEW_CDCS = sum(FOUNDED)
GONE = sum(x for x in DISSOLVED if isinstance(x, int))

# annex.pdf: (Tết gifts, Tết money, Tháng Công nhân people, TCN money, houses, house money)
# money in triệu đồng; None = "-"
ANNEX = [
    (4120, 2060, 1180, 708, 6, 300),
    (4860, 2511, 1350, 810, 7, 350),
    (1950, 936, 640, 384, 4, 230),
    (2240, 1120, 720, 432, 5, 200),
    (1680, 756, 560, 336, None, None),
    (3150, 1418, 1240, 744, 8, 400),
    (1210, 605, 480, 288, 2, 100),
    (12405, 6824, 2080, 1248, 7, 390),
    (800, 362, 400, 240, 2, 100),
]
ANNEX_TOT = [sum(r[i] or 0 for r in ANNEX) for i in range(6)]

# Table 2 of report.docx: plan 2025, result 2025, plan 2026
T2 = {
    "new_members": (5500, NEW_MEMBERS, 5800),
    "new_cdcs": (45, NEW_CDCS, 50),
    "party": (1100, 1186, 1150),
    "party_admitted": 694,
    "cba": (74, 72.4, 75),
    "training": (4600, 4862, 5000),
    "tet": (30000, ANNEX_TOT[0], 32000),
    "welfare": (25000, 27386, 27000),
    "houses": (35, ANNEX_TOT[4], 40),
    "finance": (96000, 98740, 100000),
}


def rate(num, den) -> float:
    """num / den as a percentage, one decimal, rounded half up (exact arithmetic)."""
    return float(
        (Decimal(str(num)) * 100 / Decimal(str(den))).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
    )


def vn(n) -> str:
    """12345 -> "12.345"."""
    return f"{n:,}".replace(",", ".")


def vn1(x: float) -> str:
    """One decimal with a decimal comma: 106.8 -> "106,8"."""
    return f"{x:.1f}".replace(".", ",")


def women_rate(i):
    return rate(T1[i][3], T1[i][2])


WOMEN_RATE = rate(WOMEN, MEMBERS)
CARE3 = ANNEX_TOT[1] + ANNEX_TOT[3] + ANNEX_TOT[5]  # Tết + Tháng Công nhân + Mái ấm money


def _check():
    assert len(UNITS) == len(T1) == len(FOUNDED) == len(DISSOLVED) == len(ANNEX) == 9
    assert (CDCS, CDCS_NN, MEMBERS, WOMEN, NEW_MEMBERS) == (1688, 526, 99798, 57782, 5785), (
        CDCS,
        CDCS_NN,
        MEMBERS,
        WOMEN,
        NEW_MEMBERS,
    )
    assert NEW_CDCS == 52 and GONE == 24, (NEW_CDCS, GONE)
    # "164 (tăng 9)": founded 11, dissolved 2
    assert FOUNDED[7] - DISSOLVED[7] == KCN_NET
    # the KCN footnote: 61,8 % women
    assert women_rate(7) == 61.8
    # no women's share ends in ",0" (an Excel 0.0 cell would print it, a reader might not)
    for i in range(9):
        assert women_rate(i) * 10 % 10 != 0, UNITS[i]
    assert WOMEN_RATE * 10 % 10 != 0
    # annex: 41 houses, 40-60 million each
    for r in ANNEX:
        if r[4]:
            assert 40 * r[4] <= r[5] <= 60 * r[4], r
    assert ANNEX_TOT[0] == 32415 and ANNEX_TOT[4] == 41, ANNEX_TOT
    assert ANNEX_TOT[1] > 16500  # the report: "hơn 16,5 tỷ đồng"
    assert ANNEX_TOT[1] < 16600
    assert CARE3 < T2["welfare"][1]
    # no number cell of a row equals another of the row or the row's number (TT)
    for i in range(9):
        for cells in (
            [vn(x) for x in T1[i] if x is not None],
            [str(x) for x in (FOUNDED[i], DISSOLVED[i], T1[i][0], T1[i][2]) if x is not None]
            + [vn1(women_rate(i))],
            [vn(x) for x in ANNEX[i] if x is not None],
        ):
            assert len(set(cells)) == len(cells) and str(i + 1) not in cells, (i, cells)
    # table 2: no two cells of a row with the same text
    for k, v in T2.items():
        if isinstance(v, tuple):
            cells = [v[0], v[1], rate(v[1], v[0]), v[2]]
            assert len({str(c) for c in cells}) == 4, (k, cells)


_check()
