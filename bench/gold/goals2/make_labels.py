"""Write catalogue.jsonl and goals.jsonl of the second goals-tracking gold set from the hand labels.

Run from the repository root: `.venv/bin/python bench/gold/goals2/make_labels.py`.

Same format, rules and checks as `../goals/make_labels.py` (see NOTES.md). FIGURES lists every
figure of every document (goal or result), labelled by hand. GOALS holds, for every goal of the
catalogue, the hand-labelled results that say how far it is reached (with their relation), its
status and share. The script

- checks every snippet: it occurs exactly once in the text `ingest.read_file(doc).text` gives
  (NFC, whitespace folded), has 6-15 words, and the number stands in it as a number of its own;
- re-derives every goal's links from the extra hand tags of each figure (indicator, flow / level
  / share, the goal a stated share refers to) with the rules of NOTES.md, and fails if the hand
  links differ: a second, independent way to the same labels;
- recomputes status and share from the linked results and fails if the hand values differ;
- lists every number in the documents that is not catalogued (dates, years, document numbers,
  section numbers and the like are skipped), to be read by eye.

The extra tags (indicator, type, direction, ref) stay in this script; the JSONL files carry the
fields the brief asks for.
"""

from __future__ import annotations

import calendar
import json
import re
import sys
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from ingest import read_file  # noqa: E402

DOCS = "bench/gold/goals2/docs/"
FILES = {
    "TA": "thanhhoa_nghiquyet_daihoi_2023.txt",
    "TB": "thanhhoa_baocao_nam_2024.txt",
    "TC": "thanhhoa_chuongtrinh_2025.txt",
    "TD": "thanhhoa_baocao_6thang_2025.txt",
    "TE": "thanhhoa_soket_2nam_ruoi_2025.docx",
    "DA": "dienbien_nghiquyet_daihoi_2023.txt",
    "DB": "dienbien_baocao_nam_2024.txt",
    "DC": "dienbien_kehoach_2025.txt",
    "DD": "dienbien_baocao_6thang_2025.txt",
    "DE": "dienbien_baocao_nam_2025.md",
    "CA": "caobang_nghiquyet_daihoi_2023.txt",
    "CB": "caobang_chuongtrinh_2024.txt",
    "CC": "caobang_baocao_nam_2024.txt",
    "CD": "caobang_tintuc_soket_2025.html",
}
PROVINCE_OF = {"T": "Thanh Hóa", "D": "Điện Biên", "C": "Cao Bằng"}

# Indicators (the thing counted). Goals exist for the first group only.
#   mem_new    new members admitted (flow)          cdcs_new  new grassroots unions (flow)
#   mem_total  total members (level)                tu_rate   % of enterprise CĐCS with a
#   hn_cbccvc  % of public bodies holding the staff           collective agreement (level)
#              conference (level)                   hn_nld    % of enterprises holding the
#   party_ref  members introduced to the Party (flow)         workers' conference (level)
#   houses     Mái ấm houses built/repaired (flow)  fund      Mái ấm fund raised, money (flow)
#   care       total care spending, money (flow)    strikes   collective work stoppages (flow)
#   weak_rate  % of CĐCS failing (level)            loans     members helped to a loan (flow,
#                                                             "lượt"; added in this set)
# Figures with no goal anywhere: cdcs_total, party_admit, tet_gifts, tet_money, loan_money,
# share_of_total, mem_growth, mem_new_avg (a yearly average), yoy (a % of last year's figure).
RATE = {"tu_rate", "hn_cbccvc", "hn_nld", "weak_rate"}
MONEY = {"fund", "care", "tet_money", "loan_money"}

# Types: "flow" / "level" (results), "share" (a stated % of a goal; ref = (indicator, period of
# the goal it is a share of)), "other" (a result that is neither); goals: "floor" / "ceiling".
FLOW, LEVEL, SHARE, OTHER, FLOOR, CEIL = "flow", "level", "share", "other", "floor", "ceiling"
R, G = "result", "goal"
P = "province"
KKT = "Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp"
NGHISON = "LĐLĐ thị xã Nghi Sơn"
TPTH = "LĐLĐ thành phố Thanh Hóa"
DBP = "LĐLĐ thành phố Điện Biên Phủ"
TPCB = "LĐLĐ thành phố Cao Bằng"
PHUCHOA = "Công đoàn Công ty TNHH May Phục Hòa"

FIGURES: list[dict] = []


def fig(id_, snippet, number, period, kind, ind, type_, what, body=P, province=None, ref=None):
    FIGURES.append(
        {
            "id": id_,
            "doc": DOCS + FILES[id_[:2]],
            "snippet": snippet,
            "number": number,
            "province": province or PROVINCE_OF[id_[0]],
            "body": body,
            "period": period,
            "kind": kind,
            "what": what,
            "ind": ind,
            "type": type_,
            "ref": ref,
        }
    )


T = "2023-2028"
OLD = "2018-2023"
H1 = "2025-01..06"
TTD_T = "2023-06..2025-11"  # Thanh Hóa: from the congress (June 2023) to 30/11/2025
TTD_D = "2023-08..2025-12"  # Điện Biên: from the congress (August 2023) to 31/12/2025
TTD_C = "2023-07..2025-06"  # Cao Bằng: from the congress (July 2023) to 30/6/2025

# =============================================================================================
# TA: Nghị quyết Đại hội đại biểu Công đoàn tỉnh Thanh Hóa lần thứ XX (28/6/2023)
fig(
    "TA1",
    "các cấp công đoàn tỉnh đã kết nạp mới 58.420 đoàn viên",
    "58.420",
    OLD,
    R,
    "mem_new",
    FLOW,
    "new members, previous term 2018-2023",
)
fig(
    "TA2",
    "đạt 116,8% chỉ tiêu Nghị quyết Đại hội XIX",
    "116,8%",
    OLD,
    R,
    "mem_new",
    SHARE,
    "new members as % of the previous term's goal",
    ref=("mem_new", OLD),
)
fig(
    "TA3",
    "thành lập mới 412 công đoàn cơ sở.",
    "412",
    OLD,
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, previous term",
)
fig(
    "TA4",
    "Đến ngày 31/5/2023, toàn tỉnh có 236.500 đoàn viên.",
    "236.500",
    OLD,
    R,
    "mem_total",
    LEVEL,
    "members just before the congress (end of the previous term)",
)
fig(
    "TA5",
    "68,4% công đoàn cơ sở doanh nghiệp ký kết được thỏa ước",
    "68,4%",
    OLD,
    R,
    "tu_rate",
    LEVEL,
    "% of enterprise CĐCS with a collective agreement, end of previous term",
)
fig(
    "TA6",
    "các cấp công đoàn giới thiệu 7.850 đoàn viên ưu tú cho Đảng",
    "7.850",
    OLD,
    R,
    "party_ref",
    FLOW,
    "members introduced to the Party, previous term",
)
fig(
    "TA7",
    "Quỹ “Mái ấm Công đoàn” tỉnh vận động được 38,6 tỷ đồng",
    "38,6 tỷ",
    OLD,
    R,
    "fund",
    FLOW,
    "Mái ấm fund raised, previous term",
)
fig(
    "TA8",
    "xây mới, sửa chữa 512 nhà cho đoàn viên khó khăn.",
    "512",
    OLD,
    R,
    "houses",
    FLOW,
    "Mái ấm houses, previous term",
)
fig(
    "TA9",
    "không hoàn thành nhiệm vụ còn 2,8%;",
    "2,8%",
    "2022",
    R,
    "weak_rate",
    LEVEL,
    "% of CĐCS failing their duties, 2022",
)
fig(
    "TA10",
    "Kết nạp mới từ 60.000 đoàn viên trở lên; thành lập mới",
    "60.000",
    T,
    G,
    "mem_new",
    FLOOR,
    "term goal (Chỉ tiêu 1): new members",
)
fig(
    "TA11",
    "thành lập mới ít nhất 400 công đoàn cơ sở.",
    "400",
    T,
    G,
    "cdcs_new",
    FLOOR,
    "term goal (Chỉ tiêu 1): new CĐCS",
)
fig(
    "TA12",
    "Phấn đấu đến năm 2028, toàn tỉnh có 260.000 đoàn viên công đoàn.",
    "260.000",
    T,
    G,
    "mem_total",
    FLOOR,
    "term goal (Chỉ tiêu 2): total members by 2028 (stock)",
)
fig(
    "TA13",
    "Hằng năm có trên 90% doanh nghiệp có tổ chức công đoàn",
    "90%",
    T,
    G,
    "hn_nld",
    FLOOR,
    "term goal (Chỉ tiêu 3): % of enterprises holding the workers' conference, every year",
)
fig(
    "TA14",
    "80% công đoàn cơ sở doanh nghiệp có thỏa ước lao động tập thể",
    "80%",
    T,
    G,
    "tu_rate",
    FLOOR,
    "term goal (Chỉ tiêu 4): % of enterprise CĐCS with a collective agreement",
)
fig(
    "TA15",
    "Giới thiệu ít nhất 8.000 đoàn viên ưu tú để cấp ủy Đảng",
    "8.000",
    T,
    G,
    "party_ref",
    FLOOR,
    "term goal (Chỉ tiêu 5): members introduced to the Party",
)
fig(
    "TA16",
    "Vận động Quỹ “Mái ấm Công đoàn” 40 tỷ đồng;",
    "40 tỷ",
    T,
    G,
    "fund",
    FLOOR,
    "term goal (Chỉ tiêu 6): Mái ấm fund (tỷ đồng)",
)
fig(
    "TA17",
    "hỗ trợ xây mới, sửa chữa 500 nhà “Mái ấm Công đoàn”.",
    "500",
    T,
    G,
    "houses",
    FLOOR,
    "term goal (Chỉ tiêu 6): Mái ấm houses",
)
fig(
    "TA18",
    "không hoàn thành nhiệm vụ xuống dưới 2%.",
    "2%",
    T,
    G,
    "weak_rate",
    CEIL,
    "term goal (Chỉ tiêu 7, ceiling): % of CĐCS failing below 2%",
)

# TB: LĐLĐ Thanh Hóa, year report 2024 (24/12/2024; figures to 15/12/2024)
fig(
    "TB1",
    "trong năm 2024 vận động được 8.450 triệu đồng;",
    "8.450 triệu",
    "2024",
    R,
    "fund",
    FLOW,
    "Mái ấm fund raised in 2024 (triệu đồng)",
)
fig(
    "TB2",
    "đã hỗ trợ xây mới, sửa chữa 112 nhà cho đoàn viên",
    "112",
    "2024",
    R,
    "houses",
    FLOW,
    "Mái ấm houses in 2024",
)
fig(
    "TB3",
    "có 74,6% công đoàn cơ sở doanh nghiệp ký kết thỏa ước",
    "74,6%",
    "2024-12-15",
    R,
    "tu_rate",
    LEVEL,
    "% of enterprise CĐCS with a collective agreement at 15/12/2024",
)
fig(
    "TB4",
    "91,2% doanh nghiệp có tổ chức công đoàn đã tổ chức hội nghị",
    "91,2%",
    "2024",
    R,
    "hn_nld",
    LEVEL,
    "% of enterprises holding the workers' conference, 2024",
)
fig(
    "TB5",
    "trên địa bàn tỉnh xảy ra 3 cuộc ngừng việc tập thể",
    "3",
    "2024",
    R,
    "strikes",
    FLOW,
    "collective work stoppages in 2024",
)
fig(
    "TB6",
    "toàn tỉnh kết nạp mới 12.840 đoàn viên, đạt 107% kế hoạch năm",
    "12.840",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024",
)
fig(
    "TB7",
    "đạt 107% kế hoạch năm, bằng 112,6% so với cùng kỳ",
    "107%",
    "2024",
    R,
    "mem_new",
    SHARE,
    "new members 2024 as % of the 2024 plan (plan not in the set)",
    ref=("mem_new", "2024"),
)
fig(
    "TB8",
    "bằng 112,6% so với cùng kỳ năm 2023.",
    "112,6%",
    "2024",
    R,
    "yoy",
    OTHER,
    "new members 2024 as % of 2023's (not a share of a goal)",
)
fig(
    "TB9",
    "Thành lập mới 86 công đoàn cơ sở, nâng tổng số",
    "86",
    "2024",
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS 2024",
)
fig(
    "TB10",
    "tổng số công đoàn cơ sở toàn tỉnh lên 3.412 đơn vị.",
    "3.412",
    "2024-12-15",
    R,
    "cdcs_total",
    LEVEL,
    "total CĐCS at 15/12/2024 (not new CĐCS)",
)
fig(
    "TB11",
    "Tổng số đoàn viên toàn tỉnh là 245.300 người.",
    "245.300",
    "2024-12-15",
    R,
    "mem_total",
    LEVEL,
    "members at 15/12/2024 (the report's data date)",
)
fig(
    "TB12",
    "các khu công nghiệp kết nạp 3.260 đoàn viên; LĐLĐ",
    "3.260",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024 of the economic-zone union",
    body=KKT,
)
fig(
    "TB13",
    "LĐLĐ thị xã Nghi Sơn kết nạp 1.150 đoàn viên",
    "1.150",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024 of a district union",
    body=NGHISON,
)
fig(
    "TB14",
    "tỷ lệ công đoàn cơ sở không hoàn thành nhiệm vụ là 2,3%",
    "2,3%",
    "2024",
    R,
    "weak_rate",
    LEVEL,
    "% of CĐCS failing their duties, 2024",
)
fig(
    "TB15",
    "Các cấp công đoàn đã giới thiệu 1.720 đoàn viên ưu tú",
    "1.720",
    "2024",
    R,
    "party_ref",
    FLOW,
    "members introduced to the Party, 2024",
)
fig(
    "TB16",
    "trong năm có 1.108 đoàn viên công đoàn được kết nạp vào Đảng",
    "1.108",
    "2024",
    R,
    "party_admit",
    FLOW,
    "members admitted to the Party, 2024 (not introductions)",
)

# TC: LĐLĐ Thanh Hóa, Chương trình công tác năm 2025 (08/01/2025)
fig(
    "TC1",
    "Năm 2024, toàn tỉnh kết nạp mới 12.840 đoàn viên,",
    "12.840",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024 (restated)",
)
fig(
    "TC2",
    "thành lập mới 86 công đoàn cơ sở; đến 31/12/2024",
    "86",
    "2024",
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS 2024 (restated)",
)
fig(
    "TC3",
    "đến 31/12/2024 toàn tỉnh có 245.780 đoàn viên.",
    "245.780",
    "2024-12-31",
    R,
    "mem_total",
    LEVEL,
    "members at 31/12/2024",
)
fig(
    "TC4",
    "từ Đại hội đến hết năm 2024 đã kết nạp mới 18.710 đoàn viên",
    "18.710",
    "2023-06..2024-12",
    R,
    "mem_new",
    FLOW,
    "new members, from the congress to 31/12/2024",
)
fig(
    "TC5",
    "(chỉ tiêu Nghị quyết: 60.000 đoàn viên)",
    "60.000",
    T,
    G,
    "mem_new",
    FLOOR,
    "term goal: new members (restated in brackets, correct)",
)
fig(
    "TC6",
    "Kết nạp mới 12.000 đoàn viên (bằng 93,5% so với thực hiện",
    "12.000",
    "2025",
    G,
    "mem_new",
    FLOOR,
    "2025 goal: new members",
)
fig(
    "TC7",
    "(bằng 93,5% so với thực hiện năm 2024 do dự kiến",
    "93,5%",
    "2025",
    R,
    "yoy",
    OTHER,
    "the 2025 plan as % of 2024's result (not a share of a goal)",
)
fig(
    "TC8",
    "thành lập mới 80 công đoàn cơ sở trở lên.",
    "80",
    "2025",
    G,
    "cdcs_new",
    FLOOR,
    "2025 goal: new CĐCS",
)
fig(
    "TC9",
    "Đến 31/12/2025, toàn tỉnh có ít nhất 252.000 đoàn viên.",
    "252.000",
    "2025",
    G,
    "mem_total",
    FLOOR,
    "2025 goal: members at 31/12/2025 (stock)",
)
fig(
    "TC10",
    "có thỏa ước lao động tập thể đạt 77%.",
    "77%",
    "2025",
    G,
    "tu_rate",
    FLOOR,
    "2025 goal: % of enterprise CĐCS with a collective agreement",
)
fig(
    "TC11",
    "Không để xảy ra quá 4 cuộc ngừng việc tập thể",
    "4",
    "2025",
    G,
    "strikes",
    CEIL,
    "2025 goal (ceiling): at most 4 collective work stoppages",
)
fig(
    "TC12",
    "Giới thiệu 1.700 đoàn viên ưu tú cho tổ chức Đảng",
    "1.700",
    "2025",
    G,
    "party_ref",
    FLOOR,
    "2025 goal: members introduced to the Party",
)
fig(
    "TC13",
    "Vận động Quỹ “Mái ấm Công đoàn” 8 tỷ đồng,",
    "8 tỷ",
    "2025",
    G,
    "fund",
    FLOOR,
    "2025 goal: Mái ấm fund (tỷ đồng)",
)
fig(
    "TC14",
    "hỗ trợ xây mới, sửa chữa 100 nhà “Mái ấm Công đoàn”.",
    "100",
    "2025",
    G,
    "houses",
    FLOOR,
    "2025 goal: Mái ấm houses",
)
fig(
    "TC15",
    "các khu công nghiệp kết nạp mới 3.500 đoàn viên.",
    "3.500",
    "2025",
    G,
    "mem_new",
    FLOOR,
    "2025 goal of the economic-zone union: new members",
    body=KKT,
)

# TD: LĐLĐ Thanh Hóa, six-month report 2025 (18/6/2025)
fig(
    "TD1",
    "Quỹ “Mái ấm Công đoàn” các cấp vận động được 4.260 triệu đồng,",
    "4.260 triệu",
    H1,
    R,
    "fund",
    FLOW,
    "Mái ấm fund raised, first half of 2025",
)
fig(
    "TD2",
    "4.260 triệu đồng, hỗ trợ xây mới, sửa chữa 46 nhà.",
    "46",
    H1,
    R,
    "houses",
    FLOW,
    "Mái ấm houses, first half of 2025",
)
fig(
    "TD3",
    "Trên địa bàn tỉnh xảy ra 1 cuộc ngừng việc tập thể",
    "1",
    H1,
    R,
    "strikes",
    FLOW,
    "collective work stoppages, first half of 2025",
)
fig(
    "TD4",
    "mới có 78,5% doanh nghiệp có tổ chức công đoàn tổ chức hội nghị",
    "78,5%",
    "2025-05-31",
    R,
    "hn_nld",
    LEVEL,
    "% of enterprises that had held the workers' conference "
    "by the end of May 2025 (season not over)",
)
fig(
    "TD5",
    "doanh nghiệp có thỏa ước lao động tập thể đạt 76,1%.",
    "76,1%",
    H1,
    R,
    "tu_rate",
    LEVEL,
    "% of enterprise CĐCS with a collective agreement, first half of 2025",
)
fig(
    "TD6",
    "Các cấp công đoàn kết nạp mới 6.240 đoàn viên, đạt 52% kế hoạch năm",
    "6.240",
    H1,
    R,
    "mem_new",
    FLOW,
    "new members, first half of 2025",
)
fig(
    "TD7",
    "6.240 đoàn viên, đạt 52% kế hoạch năm; thành lập",
    "52%",
    H1,
    R,
    "mem_new",
    SHARE,
    "new members H1 2025 as % of the 2025 plan",
    ref=("mem_new", "2025"),
)
fig(
    "TD8",
    "thành lập mới 37 công đoàn cơ sở, đạt 46,3%.",
    "37",
    H1,
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, first half of 2025",
)
fig(
    "TD9",
    "thành lập mới 37 công đoàn cơ sở, đạt 46,3%.",
    "46,3%",
    H1,
    R,
    "cdcs_new",
    SHARE,
    "new CĐCS H1 2025 as % of the 2025 plan",
    ref=("cdcs_new", "2025"),
)
fig(
    "TD10",
    "các khu công nghiệp kết nạp 1.920 đoàn viên; LĐLĐ thành phố",
    "1.920",
    H1,
    R,
    "mem_new",
    FLOW,
    "new members H1 2025 of the economic-zone union",
    body=KKT,
)
fig(
    "TD11",
    "LĐLĐ thành phố Thanh Hóa kết nạp 980 đoàn viên.",
    "980",
    H1,
    R,
    "mem_new",
    FLOW,
    "new members H1 2025 of a city union",
    body=TPTH,
)
fig(
    "TD12",
    "Tính đến ngày 15/6/2025, toàn tỉnh có 249.100 đoàn viên.",
    "249.100",
    "2025-06-15",
    R,
    "mem_total",
    LEVEL,
    "members at 15/6/2025",
)
fig(
    "TD13",
    "Các cấp công đoàn giới thiệu 812 đoàn viên ưu tú cho tổ chức Đảng",
    "812",
    H1,
    R,
    "party_ref",
    FLOW,
    "members introduced to the Party, first half of 2025",
)

# TE: LĐLĐ Thanh Hóa, sơ kết 2 năm rưỡi (15/12/2025), Word tables
ROW_MEM = "Kết nạp đoàn viên mới | 60.000 | 26.350 | 43,9"
ROW_CDCS = "Thành lập CĐCS mới | 400 | 168 | 42,0"
ROW_TOT = "Tổng số đoàn viên | 260.000 | 251.600 | 96,8"
ROW_TU = "thỏa ước lao động tập thể (%) | 80 | 78,3 | 97,9"
ROW_PARTY = "Giới thiệu đoàn viên ưu tú cho Đảng | 6.000 | 3.910 | 65,2"
ROW_HOUSE = "Xây mới, sửa chữa nhà “Mái ấm Công đoàn” | 500 | 236 | 47,2"
ROW_23 = "Từ Đại hội đến 31/12/2023 | 5.870 | 39 | 860"
ROW_24 = "Năm 2024 | 12.840 | 86 | 1.720"
ROW_25 = "11 tháng năm 2025 | 7.640 | 43 | 1.330"
P23 = "2023-06..12"  # from the congress (June 2023) to the end of 2023
M11 = "2025-01..11"  # eleven months of 2025
fig("TE1", ROW_MEM, "60.000", T, G, "mem_new", FLOOR, "term goal: new members (table, restated)")
fig("TE2", ROW_MEM, "26.350", TTD_T, R, "mem_new", FLOW, "new members, term to 30/11/2025")
fig(
    "TE3",
    ROW_MEM,
    "43,9",
    TTD_T,
    R,
    "mem_new",
    SHARE,
    "new members to 30/11/2025 as % of the term goal",
    ref=("mem_new", T),
)
fig("TE4", ROW_CDCS, "400", T, G, "cdcs_new", FLOOR, "term goal: new CĐCS (restated)")
fig("TE5", ROW_CDCS, "168", TTD_T, R, "cdcs_new", FLOW, "new CĐCS, term to 30/11/2025")
fig(
    "TE6",
    ROW_CDCS,
    "42,0",
    TTD_T,
    R,
    "cdcs_new",
    SHARE,
    "new CĐCS as % of the term goal",
    ref=("cdcs_new", T),
)
fig("TE7", ROW_TOT, "260.000", T, G, "mem_total", FLOOR, "term goal: total members (restated)")
fig("TE8", ROW_TOT, "251.600", "2025-11-30", R, "mem_total", LEVEL, "members at 30/11/2025")
fig(
    "TE9",
    ROW_TOT,
    "96,8",
    "2025-11-30",
    R,
    "mem_total",
    SHARE,
    "members as % of the term goal",
    ref=("mem_total", T),
)
fig("TE10", ROW_TU, "80", T, G, "tu_rate", FLOOR, "term goal: agreement rate (restated)")
fig(
    "TE11",
    ROW_TU,
    "78,3",
    "2025-11-30",
    R,
    "tu_rate",
    LEVEL,
    "% of enterprise CĐCS with a collective agreement at 30/11/2025",
)
fig(
    "TE12",
    ROW_TU,
    "97,9",
    "2025-11-30",
    R,
    "tu_rate",
    SHARE,
    "agreement rate as % of the term goal",
    ref=("tu_rate", T),
)
fig(
    "TE13",
    ROW_PARTY,
    "6.000",
    T,
    G,
    "party_ref",
    FLOOR,
    "term goal: members introduced to the Party, restated WRONGLY (the resolution says 8.000)",
)
fig(
    "TE14",
    ROW_PARTY,
    "3.910",
    TTD_T,
    R,
    "party_ref",
    FLOW,
    "members introduced to the Party, term to 30/11/2025",
)
fig(
    "TE15",
    ROW_PARTY,
    "65,2",
    TTD_T,
    R,
    "party_ref",
    SHARE,
    "Party introductions as % of the misquoted 6.000",
    ref=("party_ref", T),
)
fig("TE16", ROW_HOUSE, "500", T, G, "houses", FLOOR, "term goal: Mái ấm houses (restated)")
fig("TE17", ROW_HOUSE, "236", TTD_T, R, "houses", FLOW, "Mái ấm houses, term to 30/11/2025")
fig(
    "TE18",
    ROW_HOUSE,
    "47,2",
    TTD_T,
    R,
    "houses",
    SHARE,
    "houses as % of the term goal",
    ref=("houses", T),
)
fig("TE19", ROW_23, "5.870", P23, R, "mem_new", FLOW, "new members, congress to end of 2023")
fig("TE20", ROW_23, "39", P23, R, "cdcs_new", FLOW, "new CĐCS, congress to end of 2023")
fig(
    "TE21", ROW_23, "860", P23, R, "party_ref", FLOW, "Party introductions, congress to end of 2023"
)
fig("TE22", ROW_24, "12.840", "2024", R, "mem_new", FLOW, "new members 2024 (table)")
fig("TE23", ROW_24, "86", "2024", R, "cdcs_new", FLOW, "new CĐCS 2024 (table)")
fig("TE24", ROW_24, "1.720", "2024", R, "party_ref", FLOW, "Party introductions 2024 (table)")
fig("TE25", ROW_25, "7.640", M11, R, "mem_new", FLOW, "new members, Jan-Nov 2025")
fig("TE26", ROW_25, "43", M11, R, "cdcs_new", FLOW, "new CĐCS, Jan-Nov 2025")
fig("TE27", ROW_25, "1.330", M11, R, "party_ref", FLOW, "Party introductions, Jan-Nov 2025")
fig(
    "TE28",
    "bình quân mỗi năm các cấp công đoàn kết nạp mới trên 10.500 đoàn viên",
    "10.500",
    TTD_T,
    R,
    "mem_new_avg",
    OTHER,
    "yearly average of new members over the term so far (not a cumulative count)",
)
fig(
    "TE29",
    "tăng khá so với thời điểm Đại hội (236.500 đoàn viên).",
    "236.500",
    OLD,
    R,
    "mem_total",
    LEVEL,
    "members at the congress (baseline, restated)",
)
fig(
    "TE30",
    "lũy kế kết nạp 9.840 đoàn viên, chiếm 37,3% số đoàn viên",
    "9.840",
    TTD_T,
    R,
    "mem_new",
    FLOW,
    "new members of the economic-zone union, term to 30/11/2025",
    body=KKT,
)
fig(
    "TE31",
    "chiếm 37,3% số đoàn viên kết nạp mới toàn tỉnh.",
    "37,3%",
    TTD_T,
    R,
    "share_of_total",
    OTHER,
    "the economic-zone union's share of the province's new members",
    body=KKT,
)
fig(
    "TE32",
    "từ Đại hội đến 30/11/2025 vận động được 21.640 triệu đồng",
    "21.640 triệu",
    TTD_T,
    R,
    "fund",
    FLOW,
    "Mái ấm fund raised, term to 30/11/2025 (triệu đồng)",
)
fig(
    "TE33",
    "21.640 triệu đồng, đạt 54,1% chỉ tiêu Nghị quyết.",
    "54,1%",
    TTD_T,
    R,
    "fund",
    SHARE,
    "fund raised as % of the term goal",
    ref=("fund", T),
)
fig(
    "TE34",
    "Năm 2025 có 92,4% doanh nghiệp có tổ chức công đoàn",
    "92,4%",
    "2025",
    R,
    "hn_nld",
    LEVEL,
    "% of enterprises holding the workers' conference, 2025",
)
fig(
    "TE35",
    "trên địa bàn xảy ra 3 cuộc ngừng việc tập thể, giảm",
    "3",
    M11,
    R,
    "strikes",
    FLOW,
    "collective work stoppages, Jan-Nov 2025",
)
fig(
    "TE36",
    "tỷ lệ CĐCS xếp loại không hoàn thành nhiệm vụ còn 1,9%.",
    "1,9%",
    "2025-11-30",
    R,
    "weak_rate",
    LEVEL,
    "% of CĐCS failing at the review (data to 30/11/2025)",
)

# =============================================================================================
# DA: Nghị quyết Đại hội Công đoàn tỉnh Điện Biên lần thứ XIV (11/8/2023)
fig(
    "DA1",
    "các cấp công đoàn tỉnh đã kết nạp mới được 7.860 đoàn viên",
    "7.860",
    OLD,
    R,
    "mem_new",
    FLOW,
    "new members, previous term",
)
fig(
    "DA2",
    "thành lập 64 công đoàn cơ sở; đến ngày 30/6/2023",
    "64",
    OLD,
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, previous term",
)
fig(
    "DA3",
    "đến ngày 30/6/2023 toàn tỉnh có 37.420 đoàn viên.",
    "37.420",
    OLD,
    R,
    "mem_total",
    LEVEL,
    "members at 30/6/2023 (end of the previous term)",
)
fig(
    "DA4",
    "thỏa ước lao động tập thể mới đạt 52,6%.",
    "52,6%",
    OLD,
    R,
    "tu_rate",
    LEVEL,
    "agreement rate, end of previous term",
)
fig(
    "DA5",
    "Các cấp công đoàn giới thiệu 1.240 đoàn viên ưu tú cho Đảng",
    "1.240",
    OLD,
    R,
    "party_ref",
    FLOW,
    "Party introductions, previous term",
)
fig(
    "DA6",
    "phối hợp xây dựng, sửa chữa 86 nhà “Mái ấm Công đoàn”;",
    "86",
    OLD,
    R,
    "houses",
    FLOW,
    "Mái ấm houses, previous term",
)
fig(
    "DA7",
    "hỗ trợ vay vốn cho 1.950 lượt đoàn viên phát triển kinh tế",
    "1.950",
    OLD,
    R,
    "loans",
    FLOW,
    "members helped to a loan, previous term",
)
fig(
    "DA8",
    "Kết nạp mới 9.000 đoàn viên trở lên trong nhiệm kỳ.",
    "9.000",
    T,
    G,
    "mem_new",
    FLOOR,
    "term goal: new members",
)
fig(
    "DA9",
    "Thành lập mới ít nhất 60 công đoàn cơ sở.",
    "60",
    T,
    G,
    "cdcs_new",
    FLOOR,
    "term goal: new CĐCS",
)
fig(
    "DA10",
    "Phấn đấu đến năm 2028, toàn tỉnh có trên 42.000 đoàn viên.",
    "42.000",
    T,
    G,
    "mem_total",
    FLOOR,
    "term goal: total members by 2028 (stock)",
)
fig(
    "DA11",
    "Có 65% công đoàn cơ sở doanh nghiệp trở lên ký kết",
    "65%",
    T,
    G,
    "tu_rate",
    FLOOR,
    "term goal: agreement rate",
)
fig(
    "DA12",
    "Giới thiệu 1.500 đoàn viên ưu tú cho tổ chức Đảng xem xét,",
    "1.500",
    T,
    G,
    "party_ref",
    FLOOR,
    "term goal: Party introductions",
)
fig(
    "DA13",
    "Xây dựng, sửa chữa 120 nhà “Mái ấm Công đoàn” cho đoàn viên",
    "120",
    T,
    G,
    "houses",
    FLOOR,
    "term goal: Mái ấm houses",
)
fig(
    "DA14",
    "Phối hợp hỗ trợ vay vốn cho ít nhất 2.500 lượt đoàn viên,",
    "2.500",
    T,
    G,
    "loans",
    FLOOR,
    "term goal: members helped to a loan",
)
fig(
    "DA15",
    "không hoàn thành nhiệm vụ xuống dưới 4%.",
    "4%",
    T,
    G,
    "weak_rate",
    CEIL,
    "term goal (ceiling): % of CĐCS failing below 4%",
)

# DB: LĐLĐ Điện Biên, year report 2024 (08/01/2025)
fig(
    "DB1",
    "công đoàn các cấp tặng 8.640 suất quà, tổng trị giá",
    "8.640",
    "2024",
    R,
    "tet_gifts",
    FLOW,
    "Tết Giáp Thìn gift parcels",
)
fig(
    "DB2",
    "8.640 suất quà, tổng trị giá 3,7 tỷ đồng.",
    "3,7 tỷ",
    "2024",
    R,
    "tet_money",
    FLOW,
    "Tết Giáp Thìn gift money",
)
fig(
    "DB3",
    "Trong năm, xây dựng, sửa chữa 27 nhà “Mái ấm Công đoàn”;",
    "27",
    "2024",
    R,
    "houses",
    FLOW,
    "Mái ấm houses 2024",
)
fig(
    "DB4",
    "phối hợp giải ngân vốn vay cho 540 lượt đoàn viên",
    "540",
    "2024",
    R,
    "loans",
    FLOW,
    "members helped to a loan, 2024",
)
fig(
    "DB5",
    "540 lượt đoàn viên với tổng số tiền 16,2 tỷ đồng.",
    "16,2 tỷ",
    "2024",
    R,
    "loan_money",
    FLOW,
    "amount lent 2024 (money, not the count of loans)",
)
fig(
    "DB6",
    "Cả năm kết nạp mới 1.985 đoàn viên, đạt 110,3% kế hoạch,",
    "1.985",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024",
)
fig(
    "DB7",
    "đạt 110,3% kế hoạch, bằng 96,4% so với cùng kỳ",
    "110,3%",
    "2024",
    R,
    "mem_new",
    SHARE,
    "new members 2024 as % of the 2024 plan (plan not in the set)",
    ref=("mem_new", "2024"),
)
fig(
    "DB8",
    "bằng 96,4% so với cùng kỳ năm trước; thành lập mới",
    "96,4%",
    "2024",
    R,
    "yoy",
    OTHER,
    "new members 2024 as % of 2023's",
)
fig(
    "DB9",
    "thành lập mới 14 công đoàn cơ sở. Đến 31/12/2024,",
    "14",
    "2024",
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS 2024",
)
fig(
    "DB10",
    "Đến 31/12/2024, toàn tỉnh có 39.460 đoàn viên",
    "39.460",
    "2024-12-31",
    R,
    "mem_total",
    LEVEL,
    "members at 31/12/2024",
)
fig(
    "DB11",
    "39.460 đoàn viên sinh hoạt tại 612 công đoàn cơ sở.",
    "612",
    "2024-12-31",
    R,
    "cdcs_total",
    LEVEL,
    "total CĐCS at 31/12/2024",
)
fig(
    "DB12",
    "LĐLĐ thành phố Điện Biên Phủ kết nạp 412 đoàn viên,",
    "412",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024 of a city union",
    body=DBP,
)
fig(
    "DB13",
    "Lũy kế từ Đại hội đến 31/12/2024 kết nạp mới 2.610 đoàn viên,",
    "2.610",
    "2023-08..2024-12",
    R,
    "mem_new",
    FLOW,
    "new members, congress to 31/12/2024",
)
fig(
    "DB14",
    "2.610 đoàn viên, đạt 29% chỉ tiêu nhiệm kỳ.",
    "29%",
    "2023-08..2024-12",
    R,
    "mem_new",
    SHARE,
    "new members to 31/12/2024 as % of the term goal",
    ref=("mem_new", T),
)
fig(
    "DB15",
    "thỏa ước lao động tập thể đến cuối năm đạt 58,9%.",
    "58,9%",
    "2024-12-31",
    R,
    "tu_rate",
    LEVEL,
    "agreement rate at the end of 2024",
)
fig(
    "DB16",
    "Giới thiệu 318 đoàn viên ưu tú cho tổ chức Đảng,",
    "318",
    "2024",
    R,
    "party_ref",
    FLOW,
    "Party introductions 2024",
)
fig(
    "DB17",
    "trong đó 206 đoàn viên đã được kết nạp vào Đảng.",
    "206",
    "2024",
    R,
    "party_admit",
    FLOW,
    "members admitted to the Party 2024 (not introductions)",
)
fig(
    "DB18",
    "không hoàn thành nhiệm vụ còn 4,6%, chưa đạt mục tiêu",
    "4,6%",
    "2024",
    R,
    "weak_rate",
    LEVEL,
    "% of CĐCS failing, 2024",
)

# DC: LĐLĐ Điện Biên, Kế hoạch năm 2025 (15/01/2025)
fig(
    "DC1",
    "Năm 2024 các cấp công đoàn kết nạp mới 1.985 đoàn viên.",
    "1.985",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024 (restated)",
)
fig(
    "DC2",
    "lũy kế từ Đại hội đến hết năm 2024 mới đạt 2.610 đoàn viên",
    "2.610",
    "2023-08..2024-12",
    R,
    "mem_new",
    FLOW,
    "new members, congress to 31/12/2024 (restated)",
)
fig(
    "DC3",
    "(chỉ tiêu Nghị quyết: 9.500 đoàn viên),",
    "9.500",
    T,
    G,
    "mem_new",
    FLOOR,
    "term goal: new members, restated WRONGLY in brackets (the resolution says 9.000)",
)
fig(
    "DC4",
    "Kết nạp mới 1.800 đoàn viên; thành lập mới 12 công đoàn cơ sở.",
    "1.800",
    "2025",
    G,
    "mem_new",
    FLOOR,
    "2025 goal: new members",
)
fig(
    "DC5",
    "Kết nạp mới 1.800 đoàn viên; thành lập mới 12 công đoàn cơ sở.",
    "12",
    "2025",
    G,
    "cdcs_new",
    FLOOR,
    "2025 goal: new CĐCS",
)
fig(
    "DC6",
    "Đến 31/12/2025, toàn tỉnh có 40.500 đoàn viên trở lên.",
    "40.500",
    "2025",
    G,
    "mem_total",
    FLOOR,
    "2025 goal: members at 31/12/2025",
)
fig(
    "DC7",
    "thỏa ước lao động tập thể đạt 62%.",
    "62%",
    "2025",
    G,
    "tu_rate",
    FLOOR,
    "2025 goal: agreement rate",
)
fig(
    "DC8",
    "Giới thiệu 300 đoàn viên ưu tú cho tổ chức Đảng.",
    "300",
    "2025",
    G,
    "party_ref",
    FLOOR,
    "2025 goal: Party introductions",
)
fig(
    "DC9",
    "Xây dựng, sửa chữa 25 nhà “Mái ấm Công đoàn”.",
    "25",
    "2025",
    G,
    "houses",
    FLOOR,
    "2025 goal: Mái ấm houses",
)
fig(
    "DC10",
    "Phối hợp hỗ trợ vay vốn cho 500 lượt đoàn viên,",
    "500",
    "2025",
    G,
    "loans",
    FLOOR,
    "2025 goal: members helped to a loan",
)
fig(
    "DC11",
    "công đoàn cơ sở không hoàn thành nhiệm vụ dưới 4%.",
    "4%",
    "2025",
    G,
    "weak_rate",
    CEIL,
    "2025 goal (ceiling): % of CĐCS failing below 4%",
)
fig(
    "DC12",
    "LĐLĐ thành phố Điện Biên Phủ kết nạp mới 350 đoàn viên;",
    "350",
    "2025",
    G,
    "mem_new",
    FLOOR,
    "2025 goal given to a city union: new members",
    body=DBP,
)

# DD: LĐLĐ Điện Biên, six-month report 2025 (03/7/2025)
fig(
    "DD1",
    "Hỗ trợ xây dựng, sửa chữa 9 nhà “Mái ấm Công đoàn”;",
    "9",
    H1,
    R,
    "houses",
    FLOW,
    "Mái ấm houses, first half of 2025",
)
fig(
    "DD2",
    "phối hợp hỗ trợ vay vốn cho 230 lượt đoàn viên.",
    "230",
    H1,
    R,
    "loans",
    FLOW,
    "members helped to a loan, first half of 2025",
)
fig(
    "DD3",
    "Sáu tháng đầu năm kết nạp mới 1.036 đoàn viên, đạt 57,6%",
    "1.036",
    H1,
    R,
    "mem_new",
    FLOW,
    "new members, first half of 2025",
)
fig(
    "DD4",
    "1.036 đoàn viên, đạt 57,6% kế hoạch năm;",
    "57,6%",
    H1,
    R,
    "mem_new",
    SHARE,
    "new members H1 2025 as % of the 2025 plan",
    ref=("mem_new", "2025"),
)
fig(
    "DD5",
    "thành lập mới 5 công đoàn cơ sở, đạt 41,7% kế hoạch.",
    "5",
    H1,
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, first half of 2025",
)
fig(
    "DD6",
    "thành lập mới 5 công đoàn cơ sở, đạt 41,7% kế hoạch.",
    "41,7%",
    H1,
    R,
    "cdcs_new",
    SHARE,
    "new CĐCS H1 2025 as % of the 2025 plan",
    ref=("cdcs_new", "2025"),
)
fig(
    "DD7",
    "LĐLĐ thành phố Điện Biên Phủ kết nạp 214 đoàn viên.",
    "214",
    H1,
    R,
    "mem_new",
    FLOW,
    "new members H1 2025 of a city union",
    body=DBP,
)
fig(
    "DD8",
    "Tính đến ngày 15/6/2025, toàn tỉnh có 40.020 đoàn viên;",
    "40.020",
    "2025-06-15",
    R,
    "mem_total",
    LEVEL,
    "members at 15/6/2025",
)
fig(
    "DD9",
    "thỏa ước lao động tập thể đạt 60,3%.",
    "60,3%",
    "2025-06-15",
    R,
    "tu_rate",
    LEVEL,
    "agreement rate at 15/6/2025",
)
fig(
    "DD10",
    "Tính từ Đại hội đến 30/6/2025, toàn tỉnh kết nạp mới 3.646 đoàn viên,",
    "3.646",
    "2023-08..2025-06",
    R,
    "mem_new",
    FLOW,
    "new members, congress to 30/6/2025",
)
fig(
    "DD11",
    "3.646 đoàn viên, đạt 40,5% chỉ tiêu Nghị quyết.",
    "40,5%",
    "2023-08..2025-06",
    R,
    "mem_new",
    SHARE,
    "new members to 30/6/2025 as % of the term goal",
    ref=("mem_new", T),
)
fig(
    "DD12",
    "Giới thiệu 146 đoàn viên ưu tú cho tổ chức Đảng xem xét.",
    "146",
    H1,
    R,
    "party_ref",
    FLOW,
    "Party introductions, first half of 2025",
)
fig(
    "DD13",
    "nơi 6 tháng đầu năm 2025 kết nạp mới 6.240 đoàn viên.",
    "6.240",
    H1,
    R,
    "mem_new",
    FLOW,
    "Thanh Hóa's new members H1 2025, quoted by Điện Biên",
    province="Thanh Hóa",
)
fig(
    "DD14",
    "LĐLĐ tỉnh Lai Châu 6 tháng đầu năm kết nạp 870 đoàn viên.",
    "870",
    H1,
    R,
    "mem_new",
    FLOW,
    "Lai Châu's new members H1 2025 (a province outside the set)",
    province="Lai Châu",
)

# DE: LĐLĐ Điện Biên, year report 2025 (06/01/2026), Markdown table
DR_MEM = "Kết nạp đoàn viên mới | 1.800 | 1.742 | 96,8"
DR_CDCS = "Thành lập CĐCS mới | 12 | 13 | 108,3"
DR_TOT = "Tổng số đoàn viên đến 31/12/2025 | 40.500 | 40.680 | 100,4"
DR_TU = "Tỷ lệ CĐCS doanh nghiệp có thỏa ước (%) | 62 | 61,5 | 99,2"
DR_PARTY = "Giới thiệu đoàn viên ưu tú cho Đảng | 300 | 324 | 108,0"
DR_HOUSE = "Xây dựng, sửa chữa nhà “Mái ấm Công đoàn” | 25 | 22 | 88,0"
fig("DE1", DR_MEM, "1.800", "2025", G, "mem_new", FLOOR, "2025 goal: new members (table, restated)")
fig("DE2", DR_MEM, "1.742", "2025", R, "mem_new", FLOW, "new members 2025")
fig(
    "DE3",
    DR_MEM,
    "96,8",
    "2025",
    R,
    "mem_new",
    SHARE,
    "new members 2025 as % of the plan",
    ref=("mem_new", "2025"),
)
fig("DE4", DR_CDCS, "12", "2025", G, "cdcs_new", FLOOR, "2025 goal: new CĐCS (restated)")
fig("DE5", DR_CDCS, "13", "2025", R, "cdcs_new", FLOW, "new CĐCS 2025")
fig(
    "DE6",
    DR_CDCS,
    "108,3",
    "2025",
    R,
    "cdcs_new",
    SHARE,
    "new CĐCS 2025 as % of the plan",
    ref=("cdcs_new", "2025"),
)
fig(
    "DE7",
    DR_TOT,
    "40.500",
    "2025",
    G,
    "mem_total",
    FLOOR,
    "2025 goal: members at 31/12/2025 (restated)",
)
fig("DE8", DR_TOT, "40.680", "2025-12-31", R, "mem_total", LEVEL, "members at 31/12/2025")
fig(
    "DE9",
    DR_TOT,
    "100,4",
    "2025-12-31",
    R,
    "mem_total",
    SHARE,
    "members as % of the 2025 goal",
    ref=("mem_total", "2025"),
)
fig("DE10", DR_TU, "62", "2025", G, "tu_rate", FLOOR, "2025 goal: agreement rate (restated)")
fig("DE11", DR_TU, "61,5", "2025-12-31", R, "tu_rate", LEVEL, "agreement rate at the end of 2025")
fig(
    "DE12",
    DR_TU,
    "99,2",
    "2025-12-31",
    R,
    "tu_rate",
    SHARE,
    "agreement rate as % of the 2025 goal",
    ref=("tu_rate", "2025"),
)
fig(
    "DE13",
    DR_PARTY,
    "300",
    "2025",
    G,
    "party_ref",
    FLOOR,
    "2025 goal: Party introductions (restated)",
)
fig("DE14", DR_PARTY, "324", "2025", R, "party_ref", FLOW, "Party introductions 2025")
fig(
    "DE15",
    DR_PARTY,
    "108,0",
    "2025",
    R,
    "party_ref",
    SHARE,
    "Party introductions 2025 as % of the plan",
    ref=("party_ref", "2025"),
)
fig("DE16", DR_HOUSE, "25", "2025", G, "houses", FLOOR, "2025 goal: Mái ấm houses (restated)")
fig("DE17", DR_HOUSE, "22", "2025", R, "houses", FLOW, "Mái ấm houses 2025")
fig(
    "DE18",
    DR_HOUSE,
    "88,0",
    "2025",
    R,
    "houses",
    SHARE,
    "houses 2025 as % of the plan",
    ref=("houses", "2025"),
)
fig(
    "DE19",
    "riêng 6 tháng cuối năm kết nạp 706 đoàn viên",
    "706",
    "2025-07..12",
    R,
    "mem_new",
    FLOW,
    "new members, second half of 2025",
)
fig(
    "DE20",
    "trong năm hỗ trợ 548 lượt đoàn viên vay vốn, vượt 9,6% kế hoạch.",
    "548",
    "2025",
    R,
    "loans",
    FLOW,
    "members helped to a loan, 2025",
)
fig(
    "DE21",
    "trong năm hỗ trợ 548 lượt đoàn viên vay vốn, vượt 9,6% kế hoạch.",
    "9,6%",
    "2025",
    R,
    "loans",
    SHARE,
    "loans 2025: % above the plan (= 109,6%)",
    ref=("loans", "2025"),
)
fig(
    "DE22",
    "không hoàn thành nhiệm vụ năm 2025 giảm còn 3,6%.",
    "3,6%",
    "2025",
    R,
    "weak_rate",
    LEVEL,
    "% of CĐCS failing, 2025",
)
fig(
    "DE23",
    "toàn tỉnh kết nạp mới 4.352 đoàn viên, đạt 48,4% chỉ tiêu Nghị quyết;",
    "4.352",
    TTD_D,
    R,
    "mem_new",
    FLOW,
    "new members, congress to 31/12/2025 (lũy kế đến nay)",
)
fig(
    "DE24",
    "toàn tỉnh kết nạp mới 4.352 đoàn viên, đạt 48,4% chỉ tiêu Nghị quyết;",
    "48,4%",
    TTD_D,
    R,
    "mem_new",
    SHARE,
    "new members to date as % of the term goal",
    ref=("mem_new", T),
)
fig(
    "DE25",
    "thành lập mới 33 CĐCS, đạt 55% chỉ tiêu.",
    "33",
    TTD_D,
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, congress to 31/12/2025",
)
fig(
    "DE26",
    "thành lập mới 33 CĐCS, đạt 55% chỉ tiêu.",
    "55%",
    TTD_D,
    R,
    "cdcs_new",
    SHARE,
    "new CĐCS to date as % of the term goal",
    ref=("cdcs_new", T),
)
fig(
    "DE27",
    "đã giới thiệu 744 đoàn viên ưu tú cho Đảng, đạt 49,6%;",
    "744",
    TTD_D,
    R,
    "party_ref",
    FLOW,
    "Party introductions, congress to 31/12/2025",
)
fig(
    "DE28",
    "đã giới thiệu 744 đoàn viên ưu tú cho Đảng, đạt 49,6%;",
    "49,6%",
    TTD_D,
    R,
    "party_ref",
    SHARE,
    "Party introductions to date as % of the term goal",
    ref=("party_ref", T),
)
fig(
    "DE29",
    "sửa chữa 60 nhà “Mái ấm Công đoàn”, đạt 50% chỉ tiêu nhiệm kỳ;",
    "60",
    TTD_D,
    R,
    "houses",
    FLOW,
    "Mái ấm houses, congress to 31/12/2025",
)
fig(
    "DE30",
    "sửa chữa 60 nhà “Mái ấm Công đoàn”, đạt 50% chỉ tiêu nhiệm kỳ;",
    "50%",
    TTD_D,
    R,
    "houses",
    SHARE,
    "houses to date as % of the term goal",
    ref=("houses", T),
)
fig(
    "DE31",
    "hỗ trợ vay vốn cho 1.268 lượt đoàn viên, đạt 50,7%.",
    "1.268",
    TTD_D,
    R,
    "loans",
    FLOW,
    "members helped to a loan, congress to 31/12/2025",
)
fig(
    "DE32",
    "hỗ trợ vay vốn cho 1.268 lượt đoàn viên, đạt 50,7%.",
    "50,7%",
    TTD_D,
    R,
    "loans",
    SHARE,
    "loans to date as % of the term goal",
    ref=("loans", T),
)
fig(
    "DE33",
    "Năm 2026, phấn đấu kết nạp mới 1.900 đoàn viên;",
    "1.900",
    "2026",
    G,
    "mem_new",
    FLOOR,
    "2026 goal: new members",
)
fig(
    "DE34",
    "thỏa ước lao động tập thể lên 64%.",
    "64%",
    "2026",
    G,
    "tu_rate",
    FLOOR,
    "2026 goal: agreement rate",
)

# =============================================================================================
# CA: Nghị quyết Đại hội Công đoàn tỉnh Cao Bằng lần thứ XVIII (21/7/2023)
fig(
    "CA1",
    "Các cấp công đoàn kết nạp mới 5.420 đoàn viên, đạt 108,4%",
    "5.420",
    OLD,
    R,
    "mem_new",
    FLOW,
    "new members, previous term",
)
fig(
    "CA2",
    "đạt 108,4% chỉ tiêu đề ra, thành lập mới 38",
    "108,4%",
    OLD,
    R,
    "mem_new",
    SHARE,
    "new members as % of the previous term's goal",
    ref=("mem_new", OLD),
)
fig(
    "CA3",
    "thành lập mới 38 công đoàn cơ sở; đến ngày 30/6/2023",
    "38",
    OLD,
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, previous term",
)
fig(
    "CA4",
    "đến ngày 30/6/2023 toàn tỉnh có 29.640 đoàn viên.",
    "29.640",
    OLD,
    R,
    "mem_total",
    LEVEL,
    "members at 30/6/2023 (end of the previous term)",
)
fig(
    "CA5",
    "ký kết thỏa ước lao động tập thể đạt 48,5%.",
    "48,5%",
    OLD,
    R,
    "tu_rate",
    LEVEL,
    "agreement rate, end of previous term",
)
fig(
    "CA6",
    "Các cấp công đoàn đã giới thiệu 980 đoàn viên ưu tú cho Đảng;",
    "980",
    OLD,
    R,
    "party_ref",
    FLOW,
    "Party introductions, previous term",
)
fig(
    "CA7",
    "Quỹ “Mái ấm Công đoàn” vận động được 4,6 tỷ đồng,",
    "4,6 tỷ",
    OLD,
    R,
    "fund",
    FLOW,
    "Mái ấm fund, previous term",
)
fig(
    "CA8",
    "hỗ trợ xây dựng, sửa chữa 74 nhà cho đoàn viên nghèo,",
    "74",
    OLD,
    R,
    "houses",
    FLOW,
    "Mái ấm houses, previous term",
)
fig(
    "CA9",
    "không hoàn thành nhiệm vụ là 3,8%.",
    "3,8%",
    "2022",
    R,
    "weak_rate",
    LEVEL,
    "% of CĐCS failing, 2022",
)
fig(
    "CA10",
    "kết nạp mới ít nhất 6.000 đoàn viên và thành lập mới",
    "6.000",
    T,
    G,
    "mem_new",
    FLOOR,
    "term goal: new members",
)
fig(
    "CA11",
    "thành lập mới 40 công đoàn cơ sở trở lên;",
    "40",
    T,
    G,
    "cdcs_new",
    FLOOR,
    "term goal: new CĐCS",
)
fig(
    "CA12",
    "tổng số đoàn viên toàn tỉnh đạt 32.000 người vào cuối nhiệm kỳ.",
    "32.000",
    T,
    G,
    "mem_total",
    FLOOR,
    "term goal: total members at the end of the term",
)
fig(
    "CA13",
    "hằng năm 100% cơ quan, đơn vị sự nghiệp công lập",
    "100%",
    T,
    G,
    "hn_cbccvc",
    FLOOR,
    "term goal: % of public bodies holding the staff conference, every year",
)
fig(
    "CA14",
    "thỏa ước lao động tập thể đạt từ 60% trở lên.",
    "60%",
    T,
    G,
    "tu_rate",
    FLOOR,
    "term goal: agreement rate",
)
fig(
    "CA15",
    "giới thiệu 1.200 đoàn viên ưu tú cho Đảng;",
    "1.200",
    T,
    G,
    "party_ref",
    FLOOR,
    "term goal: Party introductions",
)
fig(
    "CA16",
    "Quỹ “Mái ấm Công đoàn” vận động 6 tỷ đồng,",
    "6 tỷ",
    T,
    G,
    "fund",
    FLOOR,
    "term goal: Mái ấm fund (tỷ đồng)",
)
fig(
    "CA17",
    "xây dựng, sửa chữa 100 nhà “Mái ấm Công đoàn”.",
    "100",
    T,
    G,
    "houses",
    FLOOR,
    "term goal: Mái ấm houses",
)
fig(
    "CA18",
    "công đoàn cơ sở không hoàn thành nhiệm vụ dưới 3%.",
    "3%",
    T,
    G,
    "weak_rate",
    CEIL,
    "term goal (ceiling): % of CĐCS failing below 3%",
)

# CB: LĐLĐ Cao Bằng, Chương trình công tác năm 2024 (12/01/2024)
fig(
    "CB1",
    "các cấp công đoàn kết nạp mới 1.310 đoàn viên, thành lập mới",
    "1.310",
    "2023",
    R,
    "mem_new",
    FLOW,
    "new members, whole year 2023",
)
fig(
    "CB2",
    "thành lập mới 9 công đoàn cơ sở; đến 31/12/2023",
    "9",
    "2023",
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, whole year 2023",
)
fig(
    "CB3",
    "đến 31/12/2023 toàn tỉnh có 30.120 đoàn viên.",
    "30.120",
    "2023-12-31",
    R,
    "mem_total",
    LEVEL,
    "members at 31/12/2023",
)
fig(
    "CB4",
    "doanh nghiệp có thỏa ước lao động tập thể đạt 51,8%.",
    "51,8%",
    "2023",
    R,
    "tu_rate",
    LEVEL,
    "agreement rate, 2023",
)
fig(
    "CB5",
    "Trong năm giới thiệu 214 đoàn viên ưu tú cho Đảng;",
    "214",
    "2023",
    R,
    "party_ref",
    FLOW,
    "Party introductions 2023",
)
fig(
    "CB6",
    "vận động được 1,12 tỷ đồng, xây dựng, sửa chữa 18 nhà.",
    "1,12 tỷ",
    "2023",
    R,
    "fund",
    FLOW,
    "Mái ấm fund raised 2023",
)
fig(
    "CB7",
    "vận động được 1,12 tỷ đồng, xây dựng, sửa chữa 18 nhà.",
    "18",
    "2023",
    R,
    "houses",
    FLOW,
    "Mái ấm houses 2023",
)
fig(
    "CB8",
    "người lao động năm 2023 là 19,6 tỷ đồng.",
    "19,6 tỷ",
    "2023",
    R,
    "care",
    FLOW,
    "care spending 2023",
)
fig(
    "CB9",
    "không hoàn thành nhiệm vụ năm 2023 là 3,4%.",
    "3,4%",
    "2023",
    R,
    "weak_rate",
    LEVEL,
    "% of CĐCS failing, 2023",
)
fig(
    "CB10",
    "Kết nạp mới 1.200 đoàn viên; thành lập mới 8 công đoàn cơ sở.",
    "1.200",
    "2024",
    G,
    "mem_new",
    FLOOR,
    "2024 goal: new members",
)
fig(
    "CB11",
    "Kết nạp mới 1.200 đoàn viên; thành lập mới 8 công đoàn cơ sở.",
    "8",
    "2024",
    G,
    "cdcs_new",
    FLOOR,
    "2024 goal: new CĐCS",
)
fig(
    "CB12",
    "Đến cuối năm 2024 toàn tỉnh có 30.600 đoàn viên.",
    "30.600",
    "2024",
    G,
    "mem_total",
    FLOOR,
    "2024 goal: members at the end of 2024",
)
fig(
    "CB13",
    "thỏa ước lao động tập thể đạt 54%.",
    "54%",
    "2024",
    G,
    "tu_rate",
    FLOOR,
    "2024 goal: agreement rate",
)
fig(
    "CB14",
    "Giới thiệu 220 đoàn viên ưu tú cho tổ chức Đảng.",
    "220",
    "2024",
    G,
    "party_ref",
    FLOOR,
    "2024 goal: Party introductions",
)
fig(
    "CB15",
    "Xây dựng, sửa chữa 20 nhà “Mái ấm Công đoàn”.",
    "20",
    "2024",
    G,
    "houses",
    FLOOR,
    "2024 goal: Mái ấm houses",
)
fig(
    "CB16",
    "người lao động đạt 22 tỷ đồng, tăng 12,2% so với năm 2023.",
    "22 tỷ",
    "2024",
    G,
    "care",
    FLOOR,
    "2024 goal: care spending (tỷ đồng)",
)
fig(
    "CB17",
    "người lao động đạt 22 tỷ đồng, tăng 12,2% so với năm 2023.",
    "12,2%",
    "2024",
    R,
    "yoy",
    OTHER,
    "the 2024 care goal's increase over 2023 (not a share of a goal)",
)

# CC: LĐLĐ Cao Bằng, year report 2024 (06/01/2025)
fig(
    "CC1",
    "các cấp công đoàn tặng 6.850 suất quà, trị giá 3.180 triệu đồng.",
    "6.850",
    "2024",
    R,
    "tet_gifts",
    FLOW,
    "Tết 2024 gift parcels",
)
fig(
    "CC2",
    "các cấp công đoàn tặng 6.850 suất quà, trị giá 3.180 triệu đồng.",
    "3.180 triệu",
    "2024",
    R,
    "tet_money",
    FLOW,
    "Tết 2024 gift money (a part of care spending)",
)
fig(
    "CC3",
    "người lao động đạt 23,8 tỷ đồng, đạt 108,2% kế hoạch.",
    "23,8 tỷ",
    "2024",
    R,
    "care",
    FLOW,
    "care spending 2024",
)
fig(
    "CC4",
    "người lao động đạt 23,8 tỷ đồng, đạt 108,2% kế hoạch.",
    "108,2%",
    "2024",
    R,
    "care",
    SHARE,
    "care spending 2024 as % of the plan",
    ref=("care", "2024"),
)
fig(
    "CC5",
    "Quỹ “Mái ấm Công đoàn” trong năm 2024 vận động được 1.340 triệu đồng;",
    "1.340 triệu",
    "2024",
    R,
    "fund",
    FLOW,
    "Mái ấm fund raised 2024 (triệu đồng)",
)
fig(
    "CC6",
    "hỗ trợ xây dựng, sửa chữa 19 nhà “Mái ấm Công đoàn”",
    "19",
    "2024",
    R,
    "houses",
    FLOW,
    "Mái ấm houses 2024",
)
fig(
    "CC7",
    "các cấp công đoàn kết nạp mới 1.268 đoàn viên, vượt 5,7% kế hoạch,",
    "1.268",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024",
)
fig(
    "CC8",
    "các cấp công đoàn kết nạp mới 1.268 đoàn viên, vượt 5,7% kế hoạch,",
    "5,7%",
    "2024",
    R,
    "mem_new",
    SHARE,
    "new members 2024: % above the plan (= 105,7%)",
    ref=("mem_new", "2024"),
)
fig(
    "CC9",
    "bằng 96,8% so với cùng kỳ; thành lập mới 7",
    "96,8%",
    "2024",
    R,
    "yoy",
    OTHER,
    "new members 2024 as % of 2023's",
)
fig(
    "CC10",
    "thành lập mới 7 công đoàn cơ sở, đạt 87,5% kế hoạch.",
    "7",
    "2024",
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS 2024",
)
fig(
    "CC11",
    "thành lập mới 7 công đoàn cơ sở, đạt 87,5% kế hoạch.",
    "87,5%",
    "2024",
    R,
    "cdcs_new",
    SHARE,
    "new CĐCS 2024 as % of the plan",
    ref=("cdcs_new", "2024"),
)
fig(
    "CC12",
    "LĐLĐ thành phố Cao Bằng kết nạp 286 đoàn viên, dẫn đầu",
    "286",
    "2024",
    R,
    "mem_new",
    FLOW,
    "new members 2024 of a city union",
    body=TPCB,
)
fig(
    "CC13",
    "Đến 31/12/2024, toàn tỉnh có 30.410 đoàn viên, chưa đạt",
    "30.410",
    "2024-12-31",
    R,
    "mem_total",
    LEVEL,
    "members at 31/12/2024",
)
fig(
    "CC14",
    "thỏa ước lao động tập thể đến 31/12/2024 đạt 55,2%.",
    "55,2%",
    "2024-12-31",
    R,
    "tu_rate",
    LEVEL,
    "agreement rate at 31/12/2024",
)
fig(
    "CC15",
    "100% cơ quan, đơn vị sự nghiệp công lập tổ chức hội nghị",
    "100%",
    "2024",
    R,
    "hn_cbccvc",
    LEVEL,
    "% of public bodies holding the staff conference, 2024",
)
fig(
    "CC16",
    "Các cấp công đoàn giới thiệu 236 đoàn viên ưu tú",
    "236",
    "2024",
    R,
    "party_ref",
    FLOW,
    "Party introductions 2024",
)
fig(
    "CC17",
    "236 đoàn viên ưu tú cho tổ chức Đảng, vượt 7,3% chỉ tiêu;",
    "7,3%",
    "2024",
    R,
    "party_ref",
    SHARE,
    "Party introductions 2024: % above the goal (= 107,3%)",
    ref=("party_ref", "2024"),
)
fig(
    "CC18",
    "152 đoàn viên được kết nạp vào Đảng trong năm.",
    "152",
    "2024",
    R,
    "party_admit",
    FLOW,
    "members admitted to the Party 2024 (not introductions)",
)
fig(
    "CC19",
    "không hoàn thành nhiệm vụ giảm còn 2,7%.",
    "2,7%",
    "2024",
    R,
    "weak_rate",
    LEVEL,
    "% of CĐCS failing, 2024",
)
fig(
    "CC20",
    "Năm 2025, phấn đấu kết nạp mới 1.300 đoàn viên, thành lập",
    "1.300",
    "2025",
    G,
    "mem_new",
    FLOOR,
    "2025 goal: new members",
)
fig(
    "CC21",
    "1.300 đoàn viên, thành lập mới 8 công đoàn cơ sở;",
    "8",
    "2025",
    G,
    "cdcs_new",
    FLOOR,
    "2025 goal: new CĐCS",
)

# CD: news story on the LĐLĐ Cao Bằng website (25/7/2025), conference of 24/7/2025
fig(
    "CD1",
    "các cấp công đoàn trong tỉnh kết nạp mới 3.290 đoàn viên,",
    "3.290",
    TTD_C,
    R,
    "mem_new",
    FLOW,
    "new members, congress to 30/6/2025",
)
fig(
    "CD2",
    "3.290 đoàn viên, đạt 54,8% chỉ tiêu nhiệm kỳ;",
    "54,8%",
    TTD_C,
    R,
    "mem_new",
    SHARE,
    "new members to 30/6/2025 as % of the term goal",
    ref=("mem_new", T),
)
fig(
    "CD3",
    "thành lập mới 18 công đoàn cơ sở, đạt 45%.",
    "18",
    TTD_C,
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, congress to 30/6/2025",
)
fig(
    "CD4",
    "thành lập mới 18 công đoàn cơ sở, đạt 45%.",
    "45%",
    TTD_C,
    R,
    "cdcs_new",
    SHARE,
    "new CĐCS to 30/6/2025 as % of the term goal",
    ref=("cdcs_new", T),
)
fig(
    "CD5",
    "Đến 30/6/2025, toàn tỉnh có 30.980 đoàn viên,",
    "30.980",
    "2025-06-30",
    R,
    "mem_total",
    LEVEL,
    "members at 30/6/2025",
)
fig(
    "CD6",
    "tăng 1.340 người so với đầu nhiệm kỳ.",
    "1.340",
    TTD_C,
    R,
    "mem_growth",
    OTHER,
    "growth of total members since the congress (not new members)",
)
fig(
    "CD7",
    "các cấp công đoàn kết nạp mới 1.182 đoàn viên, đạt 90,9% kế hoạch năm;",
    "1.182",
    H1,
    R,
    "mem_new",
    FLOW,
    "new members, first half of 2025",
)
fig(
    "CD8",
    "các cấp công đoàn kết nạp mới 1.182 đoàn viên, đạt 90,9% kế hoạch năm;",
    "90,9%",
    H1,
    R,
    "mem_new",
    SHARE,
    "new members H1 2025 as % of the 2025 plan",
    ref=("mem_new", "2025"),
)
fig(
    "CD9",
    "thành lập mới 4 công đoàn cơ sở, đạt 50% kế hoạch năm.",
    "4",
    H1,
    R,
    "cdcs_new",
    FLOW,
    "new CĐCS, first half of 2025",
)
fig(
    "CD10",
    "thành lập mới 4 công đoàn cơ sở, đạt 50% kế hoạch năm.",
    "50%",
    H1,
    R,
    "cdcs_new",
    SHARE,
    "new CĐCS H1 2025 as % of the 2025 plan",
    ref=("cdcs_new", "2025"),
)
fig(
    "CD11",
    "Công ty TNHH May Phục Hòa hiện có 1.150 đoàn viên,",
    "1.150",
    "2025-07-24",
    R,
    "mem_total",
    LEVEL,
    "members of one company's union",
    body=PHUCHOA,
)
fig(
    "CD12",
    "thỏa ước lao động tập thể đạt 57,4%.",
    "57,4%",
    "2025-06-30",
    R,
    "tu_rate",
    LEVEL,
    "agreement rate at 30/6/2025",
)
fig(
    "CD13",
    "giới thiệu 560 đoàn viên ưu tú cho tổ chức Đảng, đạt 46,7%",
    "560",
    TTD_C,
    R,
    "party_ref",
    FLOW,
    "Party introductions, congress to 30/6/2025",
)
fig(
    "CD14",
    "giới thiệu 560 đoàn viên ưu tú cho tổ chức Đảng, đạt 46,7%",
    "46,7%",
    TTD_C,
    R,
    "party_ref",
    SHARE,
    "Party introductions as % of the term goal",
    ref=("party_ref", T),
)
fig(
    "CD15",
    "từ đầu nhiệm kỳ vận động được 3,05 tỷ đồng, đạt 50,8% chỉ tiêu;",
    "3,05 tỷ",
    TTD_C,
    R,
    "fund",
    FLOW,
    "Mái ấm fund raised, congress to 30/6/2025",
)
fig(
    "CD16",
    "từ đầu nhiệm kỳ vận động được 3,05 tỷ đồng, đạt 50,8% chỉ tiêu;",
    "50,8%",
    TTD_C,
    R,
    "fund",
    SHARE,
    "fund raised as % of the term goal",
    ref=("fund", T),
)
fig(
    "CD17",
    "đã xây dựng, sửa chữa 49 nhà “Mái ấm Công đoàn”",
    "49",
    TTD_C,
    R,
    "houses",
    FLOW,
    "Mái ấm houses, congress to 30/6/2025",
)
fig(
    "CD18",
    "tổng kinh phí chăm lo cho đoàn viên, người lao động đạt 12,4 tỷ đồng.",
    "12,4 tỷ",
    H1,
    R,
    "care",
    FLOW,
    "care spending, first half of 2025 (no 2025 care goal in the set)",
)

# =============================================================================================
L, W, SF, PT, SS = "level", "whole", "so_far", "part", "stated_share"

TH_MEM = [
    ("TB6", PT),
    ("TC1", PT),
    ("TC4", SF),
    ("TD6", PT),
    ("TE2", SF),
    ("TE3", SS),
    ("TE19", SF),
    ("TE22", PT),
    ("TE25", PT),
    ("DD13", PT),
]
TH_CDCS = [
    ("TB9", PT),
    ("TC2", PT),
    ("TD8", PT),
    ("TE5", SF),
    ("TE6", SS),
    ("TE20", SF),
    ("TE23", PT),
    ("TE26", PT),
]
TH_TOT = [("TB11", L), ("TC3", L), ("TD12", L), ("TE8", L), ("TE9", SS)]
TH_TU = [("TB3", L), ("TD5", L), ("TE11", L), ("TE12", SS)]
TH_PARTY = [
    ("TB15", PT),
    ("TD13", PT),
    ("TE14", SF),
    ("TE15", SS),
    ("TE21", SF),
    ("TE24", PT),
    ("TE27", PT),
]
TH_HOUSE = [("TB2", PT), ("TD2", PT), ("TE17", SF), ("TE18", SS)]
DB_MEM = [
    ("DB6", PT),
    ("DB13", SF),
    ("DB14", SS),
    ("DC1", PT),
    ("DC2", SF),
    ("DD3", PT),
    ("DD10", SF),
    ("DD11", SS),
    ("DE2", PT),
    ("DE19", PT),
    ("DE23", SF),
    ("DE24", SS),
]
DB_MEM25 = [("DD3", SF), ("DD4", SS), ("DE2", W), ("DE3", SS), ("DE19", PT)]
DB_CDCS25 = [("DD5", SF), ("DD6", SS), ("DE5", W), ("DE6", SS)]
DB_TOT25 = [("DD8", L), ("DE8", L), ("DE9", SS)]
DB_TU25 = [("DD9", L), ("DE11", L), ("DE12", SS)]
DB_PARTY25 = [("DD12", SF), ("DE14", W), ("DE15", SS)]
DB_HOUSE25 = [("DD1", SF), ("DE17", W), ("DE18", SS)]

GOALS = {
    # ---- Thanh Hóa, term 2023-2028 ----
    "TA10": (
        TH_MEM,
        "on_the_way",
        43.9,
        "26.350 new members from the congress to 30/11/2025 (TE2) of 60.000; the 2023 "
        "congress-to-year-end row (5.870) and the 2024 cumulative (18.710) are earlier so-far "
        "counts; single years and months are parts, not summed; Điện Biên's report quotes "
        "Thanh Hóa's first half of 2025 (a part); the economic-zone, district and city unions "
        "are other bodies; 10.500 is a yearly average, not a count.",
    ),
    "TC5": (
        TH_MEM,
        "on_the_way",
        43.9,
        "The 2025 programme restates 60.000 in brackets, correctly; same results as TA10.",
    ),
    "TE1": (
        TH_MEM,
        "on_the_way",
        43.9,
        "The review's table restates 60.000 correctly; same results as TA10.",
    ),
    "TA11": (
        TH_CDCS,
        "on_the_way",
        42.0,
        "168 new CĐCS from the congress to 30/11/2025 of 400; 3.412 is the total of CĐCS, not "
        "new ones.",
    ),
    "TE4": (TH_CDCS, "on_the_way", 42.0, "Restated CĐCS goal (400, correct); same as TA11."),
    "TA12": (
        TH_TOT,
        "on_the_way",
        96.8,
        "251.600 members at 30/11/2025 of 260.000 by 2028; 236.500 is the congress baseline "
        "(previous term).",
    ),
    "TE7": (TH_TOT, "on_the_way", 96.8, "Restated total-members goal; same as TA12."),
    "TA13": (
        [("TB4", L), ("TD4", L), ("TE34", L)],
        "met",
        None,
        "A yearly rate goal: 92,4% of enterprises held the workers' conference in 2025 (91,2% "
        "in 2024), above 90%; the 78,5% at the end of May 2025 is a season still running and "
        "not the latest.",
    ),
    "TA14": (
        TH_TU,
        "on_the_way",
        None,
        "78,3% at 30/11/2025, below 80% with the term still running; 68,4% is the previous term's.",
    ),
    "TE10": (TH_TU, "on_the_way", None, "Restated agreement-rate goal (80); same as TA14."),
    "TA15": (
        TH_PARTY,
        "on_the_way",
        48.9,
        "3.910 members introduced to the Party from the congress to 30/11/2025 of the "
        "resolution's 8.000; the table's 65,2% is against its misquoted 6.000 but is a stated "
        "share of this goal; Party admissions (1.108) are another thing.",
    ),
    "TE13": (
        TH_PARTY,
        "on_the_way",
        65.2,
        "The review's table restates the Party goal as 6.000 (the resolution says 8.000); "
        "against 6.000, 3.910 is 65.2%.",
    ),
    "TA16": (
        [("TB1", PT), ("TD1", PT), ("TE32", SF), ("TE33", SS)],
        "on_the_way",
        54.1,
        "21.640 triệu đồng from the congress to 30/11/2025 = 21,64 of 40 tỷ; yearly amounts "
        "are parts; 38,6 tỷ is the previous term's.",
    ),
    "TA17": (TH_HOUSE, "on_the_way", 47.2, "236 houses from the congress to 30/11/2025 of 500."),
    "TE16": (TH_HOUSE, "on_the_way", 47.2, "Restated houses goal (500, correct); same as TA17."),
    "TA18": (
        [("TB14", L), ("TE36", L)],
        "met",
        None,
        "Ceiling: 2,3% failing in 2024 was above 2%, but 1,9% at the review (30/11/2025) is "
        "below it; 2,8% is 2022's.",
    ),
    # ---- Thanh Hóa, 2025 ----
    "TC6": (
        [("TD6", SF), ("TD7", SS), ("TE25", SF), ("DD13", SF)],
        "on_the_way",
        63.7,
        "7.640 new members in January-November 2025 of 12.000; Điện Biên's report quotes "
        "Thanh Hóa's first-half 6.240 (a so-far result of this goal); the 93,5% in the plan "
        "compares the plan with 2024, not a result with the goal.",
    ),
    "TC8": (
        [("TD8", SF), ("TD9", SS), ("TE26", SF)],
        "on_the_way",
        53.8,
        "43 new CĐCS in January-November 2025 of 80.",
    ),
    "TC9": (
        [("TD12", L), ("TE8", L)],
        "on_the_way",
        99.8,
        "251.600 members at 30/11/2025, just below 252.000, with December still to come; "
        "245.780 at 31/12/2024 is before the goal's year.",
    ),
    "TC10": (
        [("TD5", L), ("TE11", L)],
        "met",
        None,
        "78,3% at 30/11/2025 is above the 77% goal for 2025 (76,1% in the first half); 74,6% "
        "is 2024's.",
    ),
    "TC11": (
        [("TD3", SF), ("TE35", SF)],
        "met",
        75.0,
        "Ceiling kept so far: 3 collective work stoppages in January-November 2025 against at "
        "most 4; 2024's 3 is before the goal's year.",
    ),
    "TC12": (
        [("TD13", SF), ("TE27", SF)],
        "on_the_way",
        78.2,
        "1.330 members introduced to the Party in January-November 2025 of 1.700.",
    ),
    "TC13": (
        [("TD1", SF)],
        "on_the_way",
        53.3,
        "4.260 triệu đồng raised in the first half of 2025 = 4,26 of 8 tỷ; the term-to-date "
        "21.640 triệu does not start in 2025.",
    ),
    "TC14": ([("TD2", SF)], "on_the_way", 46.0, "46 houses in the first half of 2025 of 100."),
    "TC15": (
        [("TD10", SF)],
        "on_the_way",
        54.9,
        "The economic-zone union's own goal: 1.920 in the first half of 2025 of 3.500; its "
        "2024 count is before, its term-to-date 9.840 does not start in 2025; the province's "
        "counts are another body's.",
    ),
    # ---- Điện Biên, term 2023-2028 ----
    "DA8": (
        DB_MEM,
        "on_the_way",
        48.4,
        "4.352 new members from the congress to 31/12/2025 of 9.000; 2.610 (to 2024) and "
        "3.646 (to 30/6/2025) are earlier so-far counts; single years and half-years are "
        "parts; the city union's and other provinces' counts are not this body's.",
    ),
    "DC3": (
        DB_MEM,
        "on_the_way",
        45.8,
        "The 2025 plan restates the term goal as 9.500 in brackets (the resolution says "
        "9.000); against 9.500, 4.352 is 45.8%.",
    ),
    "DA9": (
        [("DB9", PT), ("DD5", PT), ("DE5", PT), ("DE25", SF), ("DE26", SS)],
        "on_the_way",
        55.0,
        "33 new CĐCS from the congress to 31/12/2025 of 60; 612 is the total of CĐCS.",
    ),
    "DA10": (
        [("DB10", L), ("DD8", L), ("DE8", L)],
        "on_the_way",
        96.9,
        "40.680 members at 31/12/2025 of more than 42.000 by 2028; 37.420 is the old term's.",
    ),
    "DA11": (
        [("DB15", L), ("DD9", L), ("DE11", L)],
        "on_the_way",
        None,
        "61,5% at 31/12/2025, below 65% with the term still running.",
    ),
    "DA12": (
        [("DB16", PT), ("DD12", PT), ("DE14", PT), ("DE27", SF), ("DE28", SS)],
        "on_the_way",
        49.6,
        "744 Party introductions from the congress to 31/12/2025 of 1.500; admissions (206) "
        "are another thing.",
    ),
    "DA13": (
        [("DB3", PT), ("DD1", PT), ("DE17", PT), ("DE29", SF), ("DE30", SS)],
        "on_the_way",
        50.0,
        "60 houses from the congress to 31/12/2025 of 120.",
    ),
    "DA14": (
        [("DB4", PT), ("DD2", PT), ("DE20", PT), ("DE31", SF), ("DE32", SS)],
        "on_the_way",
        50.7,
        "1.268 members helped to a loan from the congress to 31/12/2025 of 2.500; the amount "
        "lent (16,2 tỷ) is money, not the count.",
    ),
    "DA15": (
        [("DB18", L), ("DE22", L)],
        "met",
        None,
        "Ceiling: 4,6% failing in 2024 was above 4%, 3,6% in 2025 is below it.",
    ),
    # ---- Điện Biên, 2025 ----
    "DC4": (
        DB_MEM25,
        "not_met",
        96.8,
        "1.742 new members in 2025 of 1.800; the first half is so far, the second half (706) "
        "a part.",
    ),
    "DE1": (DB_MEM25, "not_met", 96.8, "The year-end table restates 1.800; same as DC4."),
    "DC5": (DB_CDCS25, "met", 108.3, "13 new CĐCS in 2025 of 12."),
    "DE4": (DB_CDCS25, "met", 108.3, "Restated CĐCS goal (12); same as DC5."),
    "DC6": (
        DB_TOT25,
        "met",
        100.4,
        "40.680 members at 31/12/2025, above 40.500 (40.020 at 15/6/2025 was below).",
    ),
    "DE7": (DB_TOT25, "met", 100.4, "Restated total-members goal; same as DC6."),
    "DC7": (
        DB_TU25,
        "not_met",
        None,
        "61,5% at 31/12/2025, the end of the goal's year, below 62%.",
    ),
    "DE10": (DB_TU25, "not_met", None, "Restated agreement-rate goal; same as DC7."),
    "DC8": (DB_PARTY25, "met", 108.0, "324 Party introductions in 2025 of 300."),
    "DE13": (DB_PARTY25, "met", 108.0, "Restated Party goal; same as DC8."),
    "DC9": (DB_HOUSE25, "not_met", 88.0, "22 houses in 2025 of 25."),
    "DE16": (DB_HOUSE25, "not_met", 88.0, "Restated houses goal; same as DC9."),
    "DC10": (
        [("DD2", SF), ("DE20", W), ("DE21", SS)],
        "met",
        109.6,
        "548 members helped to a loan in 2025 of 500 ('vượt 9,6%' is right).",
    ),
    "DC11": ([("DE22", L)], "met", None, "Ceiling kept: 3,6% of CĐCS failing in 2025, below 4%."),
    "DC12": (
        [("DD7", SF)],
        "on_the_way",
        61.1,
        "A city union's own 2025 goal: 214 in the first half of 2025 of 350; the city union "
        "ended on 01/7/2025 and nothing later reports it; its 2024 count is before.",
    ),
    # ---- Điện Biên, 2026 ----
    "DE33": ([], "no_result", None, "A 2026 goal; no document reports 2026 yet."),
    "DE34": ([], "no_result", None, "A 2026 goal; 61,5% at 31/12/2025 is before its year."),
    # ---- Cao Bằng, term 2023-2028 ----
    "CA10": (
        [("CB1", SF), ("CC7", PT), ("CD1", SF), ("CD2", SS), ("CD7", PT)],
        "on_the_way",
        54.8,
        "3.290 new members from the congress to 30/6/2025 of 6.000; the whole year 2023 counts "
        "from the start; 2024 and H1 2025 are parts; 1.340 is growth of the stock.",
    ),
    "CA11": (
        [("CB2", SF), ("CC10", PT), ("CD3", SF), ("CD4", SS), ("CD9", PT)],
        "on_the_way",
        45.0,
        "18 new CĐCS from the congress to 30/6/2025 of 40.",
    ),
    "CA12": (
        [("CB3", L), ("CC13", L), ("CD5", L)],
        "on_the_way",
        96.8,
        "30.980 members at 30/6/2025 of 32.000; 29.640 is the congress baseline; a company "
        "union's 1.150 is another body's.",
    ),
    "CA13": (
        [("CC15", L)],
        "met",
        None,
        "100% of public bodies held the staff conference in 2024.",
    ),
    "CA14": (
        [("CB4", L), ("CC14", L), ("CD12", L)],
        "on_the_way",
        None,
        "57,4% at 30/6/2025, below 60% with the term still running.",
    ),
    "CA15": (
        [("CB5", SF), ("CC16", PT), ("CD13", SF), ("CD14", SS)],
        "on_the_way",
        46.7,
        "560 Party introductions from the congress to 30/6/2025 of 1.200.",
    ),
    "CA16": (
        [("CB6", SF), ("CC5", PT), ("CD15", SF), ("CD16", SS)],
        "on_the_way",
        50.8,
        "3,05 tỷ đồng raised from the congress to 30/6/2025 of 6 tỷ; 2024's 1.340 triệu is a "
        "part; 4,6 tỷ is the previous term's.",
    ),
    "CA17": (
        [("CB7", SF), ("CC6", PT), ("CD17", SF)],
        "on_the_way",
        49.0,
        "49 houses from the congress to 30/6/2025 of 100 (no stated share).",
    ),
    "CA18": (
        [("CB9", L), ("CC19", L)],
        "met",
        None,
        "Ceiling: 3,4% failing in 2023 was above 3%, 2,7% in 2024 is below it; 3,8% is 2022's.",
    ),
    # ---- Cao Bằng, 2024 ----
    "CB10": ([("CC7", W), ("CC8", SS)], "met", 105.7, "1.268 new members in 2024 of 1.200."),
    "CB11": ([("CC10", W), ("CC11", SS)], "not_met", 87.5, "7 new CĐCS in 2024 of 8."),
    "CB12": (
        [("CC13", L)],
        "not_met",
        99.4,
        "30.410 members at 31/12/2024, the goal's date, below 30.600; 30.120 at 31/12/2023 is "
        "before the goal's year.",
    ),
    "CB13": ([("CC14", L)], "met", None, "55,2% at 31/12/2024, above 54%; 51,8% is 2023's."),
    "CB14": ([("CC16", W), ("CC17", SS)], "met", 107.3, "236 Party introductions in 2024 of 220."),
    "CB15": ([("CC6", W)], "not_met", 95.0, "19 houses in 2024 of 20."),
    "CB16": (
        [("CC3", W), ("CC4", SS)],
        "met",
        108.2,
        "23,8 tỷ đồng of care spending in 2024 of 22 tỷ; the Tết money (3.180 triệu) is only a "
        "part of it; 19,6 tỷ is 2023's.",
    ),
    # ---- Cao Bằng, 2025 ----
    "CC20": (
        [("CD7", SF), ("CD8", SS)],
        "on_the_way",
        90.9,
        "1.182 new members in the first half of 2025 of 1.300; the term-to-date 3.290 does not "
        "start in 2025.",
    ),
    "CC21": (
        [("CD9", SF), ("CD10", SS)],
        "on_the_way",
        50.0,
        "4 new CĐCS in the first half of 2025 of 8.",
    ),
}


# ---------------------------------------------------------------------------------------------
def fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def number_in(number: str, snippet: str) -> bool:
    pattern = r"(?<![\d.,/])" + re.escape(number) + r"(?![\d/]|[.,]\d)"
    return re.search(pattern, snippet) is not None


def value(number: str) -> Decimal:
    m = re.fullmatch(r"([\d.]+(?:,\d+)?)(%| tỷ| triệu)?", number)
    assert m, number
    v = Decimal(m.group(1).replace(".", "").replace(",", "."))
    return v * {None: 1, "%": 1, " tỷ": 10**9, " triệu": 10**6}[m.group(2)]


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def span(period: str) -> tuple[date, date]:
    if m := re.fullmatch(r"(\d{4})", period):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{4})", period):
        return date(int(m[1]), 1, 1), date(int(m[2]), 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{2})", period):
        y = int(m[1])
        return date(y, int(m[2]), 1), month_end(y, int(m[3]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})", period):
        return date(int(m[1]), int(m[2]), 1), month_end(int(m[3]), int(m[4]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", period):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    raise ValueError(period)


def derive_links(g: dict, figures: list[dict]) -> set[tuple[str, str]]:
    """The links the rules of NOTES.md give from the figures' tags."""
    g0, g1 = span(g["period"])
    term = g["period"] == T
    links = set()
    for r in figures:
        if r["kind"] != R or (r["province"], r["body"]) != (g["province"], g["body"]):
            continue
        if r["type"] == SHARE:
            if r["ref"] == (g["ind"], g["period"]):
                links.add((r["id"], SS))
            continue
        if r["ind"] != g["ind"] or r["type"] not in (FLOW, LEVEL):
            continue
        r0, r1 = span(r["period"])
        # a term goal starts in its first year (the congress's): any span starting that year
        starts_in = (r0.year >= g0.year) if term else (r0 >= g0)
        if not (starts_in and r1 <= g1):
            continue
        if r["type"] == LEVEL:
            links.add((r["id"], L))
        elif (r0, r1) == (g0, g1):
            links.add((r["id"], W))
        elif (r0.year == g0.year) if term else (r0 == g0):
            links.add((r["id"], SF))
        else:
            links.add((r["id"], PT))
    return links


def derive_status(g: dict, links: list[tuple[str, str]], by_id: dict) -> tuple[str, float | None]:
    primary = [(by_id[i], rel) for i, rel in links if rel in (L, W, SF)]
    if not primary:
        return "no_result", None
    last_end = max(span(r["period"])[1] for r, _ in primary)
    latest = [(r, rel) for r, rel in primary if span(r["period"])[1] == last_end]
    values = {value(r["number"]) for r, _ in latest}
    assert len(values) == 1, f"{g['id']}: latest results disagree: {[r['id'] for r, _ in latest]}"
    r, rel = latest[0]
    v, target = value(r["number"]), value(g["number"])
    reached = v >= target if g["type"] == FLOOR else v <= target
    g_end = span(g["period"])[1]
    at_end = rel == W or (rel == L and (last_end.year, last_end.month) == (g_end.year, 12))
    status = "met" if reached else ("not_met" if at_end else "on_the_way")
    if g["ind"] in RATE:
        return status, None
    share = (100 * v / target).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return status, float(share)


SKIP_NUMBER = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|[Nn]gày \d{1,2}/\d{1,2}|\b(?:19|20)\d{2}\b|[Ss]ố:? \d+[/-]|"
    r"^\d+\. |Chỉ tiêu \d+:|\d+ (?:tháng|THÁNG)|Điều \d+|\d+ năm|[Nn]gày \d+|tháng \d+|COVID-19|\d+%? đại biểu|"
    r"\d+ giờ \d+ phút",
    re.M,
)


def main() -> None:
    by_id = {f["id"]: f for f in FIGURES}
    assert len(by_id) == len(FIGURES), "duplicate id"
    problems = []

    texts, raw = {}, {}
    for key, name in FILES.items():
        raw[key] = unicodedata.normalize("NFC", read_file(str(ROOT / DOCS / name)).text)
        texts[key] = fold(raw[key])
    for f in FIGURES:
        text = texts[f["id"][:2]]
        s = fold(f["snippet"])
        n = text.count(s)
        if n != 1:
            problems.append(f"{f['id']}: snippet found {n} times: {s!r}")
        if not number_in(f["number"], s):
            problems.append(f"{f['id']}: number {f['number']!r} not in snippet")
        words = len(s.split())
        if not 6 <= words <= 15:
            problems.append(f"{f['id']}: snippet has {words} words")
        if f["kind"] == G and f["type"] not in (FLOOR, CEIL):
            problems.append(f"{f['id']}: goal without direction")
        span(f["period"])

    goal_ids = [f["id"] for f in FIGURES if f["kind"] == G]
    if sorted(goal_ids) != sorted(GOALS):
        problems.append(f"goals not labelled: {set(goal_ids) ^ set(GOALS)}")
    for gid, (links, status, share, _why) in GOALS.items():
        g = by_id[gid]
        for rid, _rel in links:
            if by_id[rid]["kind"] != R:
                problems.append(f"{gid}: {rid} is not a result")
        if len(set(links)) != len(links):
            problems.append(f"{gid}: a link twice")
        derived = derive_links(g, FIGURES)
        if derived != set(links):
            problems.append(
                f"{gid}: hand links differ from the rules: missing {sorted(derived - set(links))}, "
                f"extra {sorted(set(links) - derived)}"
            )
        d_status, d_share = derive_status(g, links, by_id)
        if (d_status, d_share) != (status, share):
            problems.append(f"{gid}: hand {status} {share}, derived {d_status} {d_share}")

    # numbers in the documents that are not catalogued (to read by eye)
    for key, text in raw.items():
        numbers = {f["number"].split()[0].rstrip("%") for f in FIGURES if f["id"][:2] == key}
        rest = SKIP_NUMBER.sub(" ", text)
        for tok in re.findall(r"\d[\d.,]*\d|\d", rest):
            if tok not in numbers:
                print(f"  not catalogued in {key}: {tok}")

    if problems:
        print("\n".join(problems))
        sys.exit(1)

    keys = ("id", "doc", "snippet", "number", "province", "body", "period", "kind", "what")
    with open(HERE / "catalogue.jsonl", "w", encoding="utf-8") as out:
        for f in FIGURES:
            out.write(json.dumps({k: f[k] for k in keys}, ensure_ascii=False) + "\n")
    with open(HERE / "goals.jsonl", "w", encoding="utf-8") as out:
        for gid in goal_ids:
            links, status, share, why = GOALS[gid]
            row = {
                "goal": gid,
                "results": [{"id": i, "relation": rel} for i, rel in links],
                "status": status,
                "share": share,
                "why": why,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")

    n_links: dict[str, int] = {}
    for links, *_ in GOALS.values():
        for _, rel in links:
            n_links[rel] = n_links.get(rel, 0) + 1
    statuses: dict[str, int] = {}
    for _, status, *_ in GOALS.values():
        statuses[status] = statuses.get(status, 0) + 1
    n_res = sum(f["kind"] == R for f in FIGURES)
    print(
        f"{len(FILES)} documents, {len(FIGURES)} figures ({len(goal_ids)} goals, {n_res} results), "
        f"{sum(n_links.values())} links {n_links}, statuses {statuses}"
    )


if __name__ == "__main__":
    main()
