from __future__ import annotations

from ingest import read_file
from nlp.metadata import extract_metadata
from nlp.places import find_provinces, main_province, province_after_merger
from nlp.references import find_references, issuer_code, issuer_name, normalize_id, type_from_code
from tests.conftest import SEEDS


def test_ids_are_normalised() -> None:
    assert normalize_id("02- NQ/TW") == "02-NQ/TW"
    assert normalize_id("số 217- QĐ/TW") == "217-QĐ/TW"
    assert normalize_id("167/2017/NĐ-CP") == "167/2017/NĐ-CP"


def test_nghe_an_cites_02_nq_tw_with_its_date() -> None:
    refs = find_references(read_file(SEEDS["nghe_an"]).text)
    ids = {r.id for r in refs}
    assert {"02-NQ/TW", "167/2017/NĐ-CP", "58-KH/TU", "02/CTr-LĐLĐ"} <= ids
    dated = [r for r in refs if r.id == "02-NQ/TW" and r.date]
    assert dated and dated[0].date == "2021-06-12" and dated[0].type == "Nghị quyết"
    programme = next(r for r in refs if r.id == "02/CTr-LĐLĐ")
    assert programme.type == "Chương trình"
    assert programme.text == "Chương trình hành động số 02/CTr-LĐLĐ"


def test_seed_references_and_their_types() -> None:
    found = {
        (r.id, r.type)
        for name in ("bac_giang", "quang_tri")
        for r in find_references(read_file(SEEDS[name]).text)
    }
    assert found == {
        ("217-QĐ/TW", "Quyết định"),
        ("218-QĐ/TW", "Quyết định"),
        ("11/NQ-TU", "Nghị quyết"),
        ("01/NQ-TU", "Nghị quyết"),
        ("05/CT-TW", "Chỉ thị"),
    }


def test_reference_offsets_point_at_the_mention() -> None:
    text = read_file(SEEDS["bac_giang"]).text
    for ref in find_references(text):
        assert text[ref.start : ref.end] == ref.text


# sentences copied from the real documents under ../shared/corpus/real (anle_pdf, MOF_Plan_2003)
CREDIT_CONTRACTS = (
    "Ngân hàng cho bà Nguyễn Thị L - Chủ Doanh nghiệp tư nhân thương mại dịch vụ Nguyễn Tấn Đ"
    " vay tổng cộng 8.000.000.000 đồng theo hợp đồng tín dụng số 6360-LAV-200900957 ngày"
    " 04/12/2009, phụ lục hợp đồng sửa đổi hợp đồng tín dụng số 01/PL/BS/HĐTD ngày 04/12/2009"
    " và 02 giấy nhận nợ (ngày 04/12/2009 số tiền vay 7.750.000.000 đồng)"
)
MORTGAGE = (
    "Bà L đã thế chấp các tài sản trên theo hợp đồng thế chấp tài sản số 6360- LCP-2009-00949"
    " ngày 01/12/2009 đã được công chứng và đăng ký tài sản"
)
CERTIFICATES = (
    "Ngân hàng A (Chi nhánh Ngân hàng A quận B) phải trả 02 giấy chứng nhận quyền sở hữu nhà ở"
    " và quyền sử dụng đất ở số 7332/2008/UB.GCN ngày 07/11/2008 và số 7331/2008/UB.GCN ngày"
    " 07/11/2008 do Ủy ban nhân dân quận P cấp cho bà Nguyễn Thị L."
)
FORM = (
    "BỘ TÀI CHÍNH Mẫu số 06/CKTC-NSNN DỰ TOÁN THU, CHI NGÂN SÁCH CỦA CÁC TỈNH, THÀNH PHỐ TRỰC"
    " THUỘC TRUNG ƯƠNG NĂM 2003 (Kèm theo Quyết định số 757/2003/QĐ-BTC ngày 08/04/2003 của"
    " Bộ trưởng Bộ Tài chính)"
)


def test_contract_certificate_and_form_numbers_are_not_references() -> None:
    assert find_references(CREDIT_CONTRACTS) == []
    assert find_references(MORTGAGE) == []
    assert find_references(CERTIFICATES) == []
    assert [(r.id, r.type, r.date) for r in find_references(FORM)] == [
        ("757/2003/QĐ-BTC", "Quyết định", "2003-04-08")
    ]
    # a contract's number does not stop a real citation of the same sentence
    text = "Căn cứ Luật Công đoàn số 50/2024/QH15 và hợp đồng lao động số 12/2024/HĐLĐ"
    assert [(r.id, r.type) for r in find_references(text)] == [("50/2024/QH15", "Luật")]


def test_the_words_before_a_number_name_its_type() -> None:
    found = find_references(
        "THỎA ƯỚC LAO ĐỘNG TẬP THỂ - Căn cứ Bộ luật Lao động số 45/2019/QH14; - Căn cứ Nghị"
        " định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ …; - Căn cứ Luật Công đoàn số"
        " 50/2024/QH15;"
    )
    assert [(r.id, r.type, r.text) for r in found] == [
        ("45/2019/QH14", "Luật", "Bộ luật Lao động số 45/2019/QH14"),
        ("145/2020/NĐ-CP", "Nghị định", "Nghị định số 145/2020/NĐ-CP ngày 14/12/2020"),
        ("50/2024/QH15", "Luật", "Luật Công đoàn số 50/2024/QH15"),
    ]
    # a judgment and a review decision of the Án lệ 72/2024/AL
    found = find_references(
        "Nguồn án lệ: Quyết định giám đốc thẩm số 60/2022/DS-GĐT ngày 19/12/2022 của Hội đồng"
        " Thẩm phán. Tại Bản án dân sự sơ thẩm số 04/2019/DS-ST ngày 16/4/2019, Tòa án nhân"
        " dân tỉnh Cà Mau quyết định"
    )
    assert [(r.id, r.type) for r in found] == [
        ("60/2022/DS-GĐT", "Quyết định"),
        ("04/2019/DS-ST", "other"),
    ]


def test_the_code_gives_the_type_when_no_word_does() -> None:
    # Party numbers: the type's abbreviation before the committee's
    party = ("101-QĐ/TW", "294-QĐ/TW", "57-NQ/TW", "05-CT/TW", "21-KL/TW", "02-HD/UBKTTW")
    assert [type_from_code(i) for i in party] == [
        "Quyết định",
        "Quyết định",
        "Nghị quyết",
        "Chỉ thị",
        "Kết luận",
        "Hướng dẫn",
    ]
    assert [type_from_code(i) for i in ("11384-CV/VPTW", "58-KH/TU", "45/2019/QH14")] == [
        "Công văn",
        "Kế hoạch",
        "Luật",
    ]
    # a ministry's letter carries no type code; a court case's stage says what decided it
    assert type_from_code("1552/BTTTT-TTH") == "Công văn"
    assert type_from_code("171/2013/KDTM-PT") == "other"  # a Bản án
    assert type_from_code("01/2019/KDTM-GĐT") == "Quyết định"
    assert type_from_code("04/TTr-BKHCN-BTTTT") == "other"  # a Tờ trình
    # listed after another, an id keeps its own code's type when that code differs
    found = find_references("theo Chỉ thị 05-CT/TW và 02-NQ/TW, Quy định 217-QĐ/TW, 218-QĐ/TW")
    assert [r.type for r in found] == ["Chỉ thị", "Nghị quyết", "other", "other"]


def test_issuers_read_from_the_code_only_when_known() -> None:
    assert issuer_name("757/2003/QĐ-BTC") == "Bộ Tài chính"
    assert issuer_name("11384-CV/VPTW") == "Văn phòng Trung ương Đảng"
    assert issuer_name("05/2022/QĐ-TTg") == "Thủ tướng Chính phủ"
    assert issuer_name("03/NQ-CP") == "Chính phủ"
    assert issuer_code("83/BKHCN-BTTTT-VP") == "BKHCN-BTTTT"  # "VP": the ministries' office
    # "CA" is the chief justice in "42/QĐ-CA" but also read as the police: no guess
    assert (issuer_code("42/QĐ-CA"), issuer_name("42/QĐ-CA")) == ("CA", None)
    # a court case number names no issuer: "GĐT" is the stage (giám đốc thẩm)
    assert (issuer_code("60/2022/DS-GĐT"), issuer_name("60/2022/DS-GĐT")) == ("", None)


def test_numbers_with_a_letter_and_footnote_marks() -> None:
    found = find_references(
        "được công bố theo Quyết định số 119A/QĐ-CA ngày 15 tháng 5 năm 2024 của Chánh án"
    )
    assert [(r.id, r.date) for r in found] == [("119A/QĐ-CA", "2024-05-15")]
    assert find_references("mạng 5G/LTE phủ toàn quốc") == []
    assert [r.id for r in find_references("ÁN LỆ SỐ 72/2024/AL1\nVề xác định di sản")] == [
        "72/2024/AL"
    ]


def test_provinces_from_the_gazetteer() -> None:
    assert [p for p, _, _ in find_provinces("tỉnh Thanh Hoá và tỉnh Khánh Hòa")] == [
        "Thanh Hóa",
        "Khánh Hòa",
    ]
    assert main_province(read_file(SEEDS["nghe_an"]).text) == "Nghệ An"
    assert main_province(read_file(SEEDS["unnamed"]).text) is None  # "trong tỉnh" names none


def test_merger_of_1_july_2025() -> None:
    assert province_after_merger("Bắc Giang") == "Bắc Ninh"
    assert province_after_merger("Quảng Bình") == "Quảng Trị"
    assert province_after_merger("Nghệ An") == "Nghệ An"
    assert province_after_merger("Atlantis") is None


def test_metadata_from_the_text_head() -> None:
    raw = read_file(SEEDS["thai_nguyen"])
    meta = extract_metadata(raw.text, raw.format, {})
    assert meta.date == "2023-06-03"  # the dateline, not a date the article cites
    assert meta.period == "2023-2028"
    assert meta.province == "Thái Nguyên"
    nghe_an = read_file(SEEDS["nghe_an"])
    # the only early date is the resolution's (12/6/2021), inside a long sentence
    assert extract_metadata(nghe_an.text, "txt", {}).date is None


def test_document_number_and_kind_from_a_resolution_head() -> None:
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 294-QĐ/TW\nHà Nội, ngày 26 tháng 5 năm 2025\n"
        "QUY ĐỊNH\nVề thi hành Điều lệ Đảng"
    )
    meta = extract_metadata(text, "pdf", {})
    assert (meta.number, meta.date, meta.kind) == ("294-QĐ/TW", "2025-05-26", "resolution")


def test_a_number_joined_to_so_by_ocr_is_still_read() -> None:
    """A scan's "Báo cáo số46/BC-LĐLĐ" (OCR lost the space, heldout12)."""
    found = find_references("(Kèm theo Báo cáo số46/BC-LĐLĐ ngày 06/3/2026 của Ban Thường vụ)")
    assert [(r.id, r.date) for r in found] == [("46/BC-LĐLĐ", "2026-03-06")]


def test_a_date_opening_the_clause_that_issues_the_document() -> None:
    text = (
        "Ngày 27/6/2025, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam ban hành Quyết định số "
        "2158/QĐ-TLĐ hợp nhất Liên đoàn Lao động tỉnh Yên Bái và Liên đoàn Lao động tỉnh Lào "
        "Cai. Ngày 12/5/2025, tỉnh tổ chức hội nghị; thực hiện Kế hoạch số 15/KH-LĐLĐ."
    )
    found = [(r.id, r.date) for r in find_references(text)]
    # the second date opens a clause that issues nothing
    assert found == [("2158/QĐ-TLĐ", "2025-06-27"), ("15/KH-LĐLĐ", None)]
