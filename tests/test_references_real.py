"""Cited documents found in the real documents under ../shared/corpus/real: their types,
issuers and dates, and the numbers there that are not cited documents (contracts, land-use
certificates, a form). Skipped when ../shared is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_file
from nlp.records import Reference
from nlp.references import find_references, issuer_name

REAL = Path("corpus/real")
GRASSROOTS = "union_grassroots/"


def refs_in(shared: Path, path: str) -> list[Reference]:
    return find_references(read_file(shared / REAL / path).text)


def kinds(refs: list[Reference], field: str = "type") -> dict[str, set[str]]:
    """Every id with the types (or genres) its mentions got."""
    found: dict[str, set[str]] = {}
    for ref in refs:
        found.setdefault(ref.id, set()).add(getattr(ref, field))
    return found


def genres(refs: list[Reference]) -> dict[str, set[str]]:
    return kinds(refs, "genre")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # "- Căn cứ Bộ luật Lao động số 45/2019/QH14;" / "- Căn cứ Luật Công đoàn số 50/2024/QH15;"
        (GRASSROOTS + "04_Mau_Thoa_uoc_lao_dong_tap_the.docx", {"45/2019/QH14", "50/2024/QH15"}),
        (GRASSROOTS + "02_CacBuoc_ho_so_ky_ket_TULDTT_2025-2028_CDCS.docx", {"50/2024/QH15"}),
    ],
)
def test_a_law_named_before_its_number_is_a_law(
    shared: Path, path: str, expected: set[str]
) -> None:
    found = kinds(refs_in(shared, path))
    assert {i: found[i] for i in expected} == {i: {"Luật"} for i in expected}
    assert issuer_name("50/2024/QH15") == "Quốc hội"


def test_court_cases_of_a_precedent_have_the_type_the_text_names(shared: Path) -> None:
    found = kinds(refs_in(shared, "anle_pdf/an_le_so_722024AL.pdf"))
    # "Quyết định giám đốc thẩm số 60/2022/DS-GĐT ngày 19/12/2022 của Hội đồng Thẩm phán …"
    assert found["60/2022/DS-GĐT"] == {"Quyết định"}
    # "Tại Quyết định kháng nghị giám đốc thẩm số 01/QĐ-VKS-DS ngày 04/3/2022, Viện trưởng …"
    assert found["01/QĐ-VKS-DS"] == {"Quyết định"}
    # "Bản án dân sự sơ thẩm số 04/2019/DS-ST": a judgment, no ReferenceType holds it; its
    # genre says what it is
    assert found["04/2019/DS-ST"] == found["646/2019/DS-PT"] == {"other"}
    assert genres(refs_in(shared, "anle_pdf/an_le_so_722024AL.pdf"))["04/2019/DS-ST"] == {"Bản án"}
    # "được công bố theo Quyết định số 119A/QĐ-CA ngày 15 tháng 5 năm 2024"
    assert found["119A/QĐ-CA"] == {"Quyết định"}
    # "Phiếu cung cấp thông tin địa chính số 32/PCCTT ngày 29/12/2016": a slip, not cited
    assert "32/PCCTT" not in found
    assert "72/2024/AL" in found and "72/2024/AL1" not in found


def test_contract_and_certificate_numbers_are_not_cited_documents(shared: Path) -> None:
    refs = refs_in(shared, "anle_pdf/an_le_so_432021AL.pdf")
    found = kinds(refs)
    # "hợp đồng tín dụng số 6360-LAV-200900957", "hợp đồng thế chấp tài sản số
    # 6360-LCP-2009-00949", "phụ lục hợp đồng sửa đổi hợp đồng tín dụng số 01/PL/BS/HĐTD",
    # "giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở số 7332/2008/UB.GCN"
    for number in ("6360-LAV", "6360-LCP", "01/PL/BS/HĐTD", "7331/2008/UB", "7332/2008/UB"):
        assert not any(i.startswith(number) for i in found), number
    # the real documents stay: the decisions, the judgments, the Government's decree
    assert found["42/QĐ-CA"] == found["24/2016/KN-KDTM"] == {"Quyết định"}
    assert found["01/2019/KDTM-GĐT"] == {"Quyết định"}
    assert found["287/2013/KDTM-ST"] == found["171/2013/KDTM-PT"] == {"other"}
    assert found["163/2006/NĐ-CP"] == {"Nghị định"}
    judgment = next(r for r in refs if r.id == "287/2013/KDTM-ST")
    assert judgment.text == (
        "Bản án kinh doanh, thương mại sơ thẩm số 287/2013/KDTM-ST ngày 19/3/2013"
    )
    assert judgment.date == "2013-03-19"


def test_party_documents_keep_the_kind_their_words_name(shared: Path) -> None:
    refs = refs_in(shared, "union_grassroots/BAO_CAO_THANG_5_ChiBo.docx")
    found = kinds(refs)
    # "Quy định số 101-QĐ/TW ngày 07/6/2012 của Ban Bí thư": a Quy định, which ReferenceType
    # has no value for, not the Quyết định its code "QĐ" would give
    assert found["101-QĐ/TW"] == found["37-QĐ/TW"] == {"other"}
    assert genres(refs)["101-QĐ/TW"] == genres(refs)["37-QĐ/TW"] == {"Quy định"}
    # "Hướng dẫn số 02-HD/UBKT TW ngày 29/11/2021": the Party's "TW" written apart
    guidance = next(r for r in refs if r.id == "02-HD/UBKTTW")
    assert (guidance.type, guidance.date) == ("Hướng dẫn", "2021-11-29")
    assert issuer_name(guidance.id) == "Ủy ban Kiểm tra Trung ương"
    assert found["235-CV/ĐU"] == {"Công văn"}


def test_regulation_cited_by_the_party_guidance(shared: Path) -> None:
    refs = refs_in(shared, "party_pdf/HD06-HD-TW_2025-06-09_thi_hanh_Dieu_le_Dang.pdf")
    assert [(r.id, r.type, r.genre, r.date) for r in refs if r.id == "294-QĐ/TW"] == [
        ("294-QĐ/TW", "other", "Quy định", "2025-05-26")
    ]
    assert kinds(refs)["01-HD/TW"] == {"Hướng dẫn"}


def test_issuers_of_the_government_resolution(shared: Path) -> None:
    refs = refs_in(shared, "resolutions_md/NQ03-NQ-CP_2025.md")
    found = kinds(refs)
    # "… tại Tờ trình số 04/TTr-BKHCN-BTTTT ngày 02 tháng 01 năm 2025 và công văn số
    # 83/BKHCN-BTTTT-VP ngày 08 tháng 01 năm 2025": both ministries, "VP" is their office
    assert found["04/TTr-BKHCN-BTTTT"] == {"other"}
    assert found["83/BKHCN-BTTTT-VP"] == {"Công văn"}
    both = "Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông"
    assert issuer_name("04/TTr-BKHCN-BTTTT") == issuer_name("83/BKHCN-BTTTT-VP") == both
    appendix = kinds(refs_in(shared, "resolutions_md/NQ03-NQ-CP_2025_PL2.md"))
    # "đáp ứng yêu cầu tại văn bản số 1552/BTTTT-TTH và 708/BTTTT-CATTT": a ministry's letters
    assert appendix["1552/BTTTT-TTH"] == appendix["708/BTTTT-CATTT"] == {"Công văn"}
    assert issuer_name("1552/BTTTT-TTH") == "Bộ Thông tin và Truyền thông"
    assert issuer_name("37/2018/QĐ-TTg") == "Thủ tướng Chính phủ"


def test_a_bracketed_date_after_the_id(shared: Path) -> None:
    refs = refs_in(shared, "resolutions_md/NQ57-NQ-TW_2024_bangoc.md")
    # "… đã ký ban hành Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị …"
    dated = [r for r in refs if r.text == "Nghị quyết số 57-NQ/TW (ngày 22/12/2024)"]
    assert [(r.id, r.date) for r in dated] == [("57-NQ/TW", "2024-12-22")]


def test_a_form_number_is_not_cited_but_the_decision_is(shared: Path) -> None:
    refs = refs_in(shared, "legacy_encoding/tcvn3_xls/MOF_Plan_2003.xls")
    # "BỘ TÀI CHÍNH Mẫu số 06/CKTC-NSNN … (Kèm theo Quyết định số 757/2003/QĐ-BTC ngày
    # 08/04/2003 của Bộ trưởng Bộ Tài chính)"
    assert {r.id for r in refs} == {"757/2003/QĐ-BTC"}
    assert {(r.type, r.date) for r in refs} == {("Quyết định", "2003-04-08")}
    assert issuer_name("757/2003/QĐ-BTC") == "Bộ Tài chính"


def test_the_charter_cites_the_party_office_letter(shared: Path) -> None:
    refs = refs_in(shared, "resolutions_md/Luat_Cong_doan_2012_va_Dieu_le_CDVN.md")
    letter = next(r for r in refs if r.id == "11384-CV/VPTW")
    assert (letter.type, letter.date) == ("Công văn", "2020-01-13")
    assert issuer_name(letter.id) == "Văn phòng Trung ương Đảng"
    # "Căn cứ Hiến pháp … sửa đổi, bổ sung một số điều theo Nghị quyết số 51/2001/QH10"
    assert kinds(refs)["51/2001/QH10"] == {"Nghị quyết"}
