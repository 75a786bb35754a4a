from __future__ import annotations

from ingest import read_file
from nlp.metadata import extract_metadata
from nlp.places import find_provinces, main_province, province_after_merger
from nlp.references import find_references, normalize_id
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
