"""Comparing provinces and the registry of cited documents, through the CLI and the API,
on the seed corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from nlp.records import Figure
from service.api import create_app
from service.cli import app
from service.compare import Claim, compare

runner = CliRunner()


def cli_json(*args: str) -> dict:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_compare_party_referrals(seeded_home: Path) -> None:
    data = cli_json("compare", "party_referrals", "--home", str(seeded_home))
    assert data["indicator"] == "party_referrals"
    rows = {(r["province"], r["value"], r["kind"]): r for r in data["rows"]}
    bac_giang = rows[("Bắc Giang", 343, "achievement")]
    assert bac_giang["period"] == "2018-2023"
    assert "343 đoàn viên ưu tú" in bac_giang["sentence"]
    unnamed = rows[(None, 2158, "achievement")]
    assert unnamed["period"] == "2024" and "2.158" in unnamed["sentence"]
    assert all(r["doc_id"] and r["source"] for r in data["rows"])


def test_compare_members_with_qualifiers(seeded_home: Path) -> None:
    data = cli_json("compare", "members", "--home", str(seeded_home))
    named = {r["province"]: r for r in data["rows"] if r["province"]}
    assert (named["Bắc Giang"]["value"], named["Bắc Giang"]["qualifier"]) == (3120, "over")
    assert (named["Thái Nguyên"]["value"], named["Thái Nguyên"]["qualifier"]) == (3092, "exact")
    assert not any(r["unit"].startswith("lượt") for r in data["rows"])  # visits are not members


def test_compare_free_text_csv_and_merger(seeded_home: Path) -> None:
    result = runner.invoke(
        app,
        [
            "compare",
            "giới thiệu đoàn viên ưu tú cho Đảng",
            "--after-merger",
            "--csv",
            "--home",
            str(seeded_home),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    bac_giang = next(r for r in rows if r["province_as_written"] == "Bắc Giang")
    assert bac_giang["province"] == "Bắc Ninh"  # Bắc Giang merged into Bắc Ninh on 1/7/2025
    unknown = runner.invoke(app, ["compare", "giá vàng thế giới", "--home", str(seeded_home)])
    assert unknown.exit_code == 2 and "no indicator matches" in unknown.output


def test_conflicting_claims_are_flagged_never_summed() -> None:
    def claim(doc: str, value: float, organisation: str | None = None) -> Claim:
        figure = Figure(
            text=str(value),
            value=value,
            unit="đoàn viên",
            indicator="members",
            province="Nghệ An",
            period="2024",
            organisation=organisation,
            sentence=f"Có {value} đoàn viên.",
            start=0,
            end=3,
        )
        return Claim(doc, f"{doc}.txt", figure)

    result = compare("members", [claim("a", 100), claim("b", 120), claim("c", 100)])
    assert [(r.value, r.conflict, r.also_in) for r in result.rows] == [
        (100, True, ["c"]),
        (120, True, []),
    ]
    # one document's two values are its parts, not a dispute with itself
    parts = compare("members", [claim("a", 100), claim("a", 120)])
    assert [r.conflict for r in parts.rows] == [False, False]
    # ... even when another document says one of them (a report's 1.742 new members of the
    # year, which its annex's table gives too, and its 4.315 since the term began)
    shared = compare("members", [claim("a", 100), claim("a", 120), claim("b", 100)])
    assert [(r.value, r.also_in, r.conflict) for r in shared.rows] == [
        (100, ["b"], False),
        (120, [], False),
    ]
    # ... but a third document's value disputes them both
    third = compare("members", [claim("a", 100), claim("a", 120), claim("b", 100), claim("c", 90)])
    assert [(r.value, r.conflict) for r in third.rows] == [(100, True), (120, True), (90, True)]
    # ... but a copy of the same report (a .docx and its .txt) disputes nothing
    copies = [claim("a", 100), claim("a", 120), claim("b", 100), claim("b", 120)]
    assert [r.conflict for r in compare("members", copies).rows] == [False, False]
    # a district's union counts its own members, no claim on the province's
    district = claim("d", 9, "LĐLĐ huyện Yên Thành")
    levels = compare("members", [claim("a", 100, "LĐLĐ tỉnh Nghệ An"), district])
    assert [r.conflict for r in levels.rows] == [False, False]
    # ... but two documents on the same district disagree
    again = compare("members", [district, claim("e", 10, "LĐLĐ huyện Yên Thành")])
    assert [r.conflict for r in again.rows] == [True, True]
    # "đoàn viên công đoàn" counts what "đoàn viên" does: the two disagree
    longer = claim("f", 130, None)
    longer.figure.unit = "đoàn viên công đoàn"
    assert [r.conflict for r in compare("members", [claim("a", 100), longer]).rows] == [
        True,
        True,
    ]
    # after the merger, two old provinces' own totals are no dispute
    bac_giang, bac_ninh = claim("g", 242_000), claim("h", 315_000)
    bac_giang.figure.province, bac_ninh.figure.province = "Bắc Giang", "Bắc Ninh"
    merged = compare("members", [bac_giang, bac_ninh], after_merger=True)
    assert {r.province for r in merged.rows} == {"Bắc Ninh"}
    assert [r.conflict for r in merged.rows] == [False, False]


def test_refs_list_and_one_id(seeded_home: Path) -> None:
    listed = {r["id"] for r in cli_json("refs", "--home", str(seeded_home))["references"]}
    assert listed >= {
        "217-QĐ/TW",
        "218-QĐ/TW",
        "11/NQ-TU",
        "01/NQ-TU",
        "05/CT-TW",
        "167/2017/NĐ-CP",
        "58-KH/TU",
        "02/CTr-LĐLĐ",
        "02-NQ/TW",
    }
    entry = cli_json("refs", "02- NQ/TW", "--home", str(seeded_home))
    assert (entry["id"], entry["date"], entry["issuer"]) == ("02-NQ/TW", "2021-06-12", "Trung ương")
    assert entry["title"].startswith("Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam")
    [nghe_an] = entry["cited_by"]
    assert nghe_an["province"] == "Nghệ An"
    assert any(
        "Nghị quyết 02- NQ/TW ngày 12/6/2021 của Bộ Chính trị khóa XIII" in s
        for s in nghe_an["sentences"]
    )
    missing = runner.invoke(app, ["refs", "99-NQ/TW", "--home", str(seeded_home)])
    assert missing.exit_code == 1


def test_api_compare_references_and_cites(seeded_home: Path) -> None:
    client = TestClient(create_app(seeded_home))
    rows = client.get("/api/compare", params={"indicator": "members"}).json()["rows"]
    assert {r["province"] for r in rows} >= {"Bắc Giang", "Thái Nguyên"}
    csv_text = client.get("/api/compare", params={"indicator": "members", "format": "csv"}).text
    assert csv_text.startswith("indicator,province,value")
    assert client.get("/api/compare", params={"indicator": "giá vàng"}).status_code == 422
    entry = client.get("/api/references/02-NQ/TW").json()
    assert entry["cited_by"][0]["province"] == "Nghệ An"
    # each citing sentence with its place in its document, to open it there
    citing = entry["cited_by"][0]
    text = client.get(f"/api/documents/{citing['doc_id']}").json()["text"]
    assert len(citing["spans"]) == len(citing["sentences"]) > 0
    assert [text[a:b] for a, b in citing["spans"]] == citing["sentences"]
    assert client.get("/api/references/99-NQ/TW").status_code == 404
    assert len(client.get("/api/references").json()["references"]) >= 9
    hits = client.get("/api/search", params={"q": "công đoàn", "cites": "02-NQ/TW"}).json()
    assert hits["hits"] and {h["province"] for h in hits["hits"]} == {"Nghệ An"}
    indicators = client.get("/api/indicators").json()["indicators"]
    assert "party_referrals" in {i["id"] for i in indicators}


def test_an_ingested_resolution_is_linked_to_its_citations(shared: Path) -> None:
    from index.store import Numbered
    from ingest import read_file
    from nlp.analyze import analyze
    from service.registry import build, registry

    folder = shared / "corpus/real/resolutions_md"
    resolution = analyze(read_file(folder / "NQ57-NQ-TW_2024_bangoc.md"))
    programme = analyze(read_file(folder / "NQ03-NQ-CP_2025.md"))
    assert resolution.number == "57-NQ/TW"
    entry = build("57- NQ/TW", [programme, resolution], resolution, with_citations=True)
    assert entry is not None
    assert (entry.document, entry.date) == (resolution.id, "2024-12-22")
    assert [c.doc_id for c in entry.cited_by] == [programme.id]  # not the resolution itself
    assert entry.title and entry.title.startswith("đột phá phát triển khoa học, công nghệ")
    pairs = [(d.id, r) for d in (programme, resolution) for r in d.references]
    numbered = [Numbered(resolution.id, resolution.number, resolution.date)]
    entries = {e.id: e for e in registry(pairs, numbered)}
    assert entries["57-NQ/TW"].document == resolution.id


def test_the_instruments_of_one_file_are_stored_and_linked(shared: Path, tmp_path: Path) -> None:
    # NQ 57's page carries Kết luận 69-KL/TW and Nghị quyết 20-NQ/TW (2012) after it: a
    # report citing KL 69 is linked to that part of the file, and a report citing the other
    # 20-NQ/TW (2008, on the working class) is not linked to the 2012 one
    path = shared / "corpus/real/resolutions_md/NQ57-NQ-TW_2024_bangoc.md"
    report = tmp_path / "bao_cao.txt"
    report.write_text(
        "BÁO CÁO kết quả thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị.\n"
        "Thực hiện Nghị quyết số 20-NQ/TW ngày 28/01/2008 về xây dựng giai cấp công nhân.\n",
        encoding="utf-8",
    )
    home = str(tmp_path / "home")
    for name in (path, report):
        added = runner.invoke(app, ["ingest", str(name), "--home", home])
        assert added.exit_code == 0, added.output
    resolution = cli_json("extract", str(path))
    parts = [(i["kind"], i["number"], i["date"]) for i in resolution["instruments"]]
    assert parts == [
        ("Nghị quyết", "57-NQ/TW", "2024-12-22"),
        ("Kết luận", "69-KL/TW", "2024-01-11"),
        ("Nghị quyết", "20-NQ/TW", "2012-11-01"),
    ]
    conclusion = resolution["instruments"][1]
    assert "TÌNH HÌNH" not in resolution["instruments"][2]["title"]  # the body's first section
    listed = {e["id"]: e for e in cli_json("refs", "--home", home)["references"]}
    assert listed["69-KL/TW"]["document"] == resolution["id"]
    span = (listed["69-KL/TW"]["document_start"], listed["69-KL/TW"]["document_end"])
    assert span == (conclusion["start"], conclusion["end"])
    assert listed["20-NQ/TW"]["document"] is None  # 2008's, not the file's 2012 one
    # ... and the file printing the 2012 one is no citer of the 2008 one
    cited_2008 = cli_json("refs", "20-NQ/TW", "--home", home)
    assert [c["doc_id"] for c in cited_2008["cited_by"]] != [resolution["id"]]
    assert resolution["id"] not in {c["doc_id"] for c in cited_2008["cited_by"]}
    assert cited_2008["date"] == "2008-01-28" and listed["20-NQ/TW"]["date"] == "2008-01-28"
    entry = cli_json("refs", "69-KL/TW", "--home", home)
    assert (entry["document"], entry["date"]) == (resolution["id"], "2024-01-11")
    assert entry["title"] == "Kết luận số 69-KL/TW"  # its part's, not the file's (NQ 57)
    # a hit in KL 69's part names the report citing KL 69; a search kept to "69-KL/TW"
    # searches the file holding it
    hits = cli_json("search", "tiềm lực khoa học", "--doc", "69-KL/TW", "--home", home)["hits"]
    assert hits and {h["doc_id"] for h in hits} == {resolution["id"]}
    # ... only in its part, and each hit there names the report citing KL 69
    assert all(conclusion["start"] <= h["start"] < conclusion["end"] for h in hits)
    cited = {resolution["id"]} | {d for h in hits for d in h["cited_by"]}
    assert len(cited) == 2


def test_compare_by_subject_reads_a_province_table(shared: Path, home_copy: Path) -> None:
    # the 2003 budget plan counts no indicator of the catalogue: "tổng thu NSNN" is a column
    from tests.test_legacy import XLS

    added = runner.invoke(
        app, ["ingest", str(shared / XLS / "MOF_Plan_2003.xls"), "--home", str(home_copy)]
    )
    assert added.exit_code == 0, added.output
    data = cli_json("compare", "Tổng thu NSNN", "--home", str(home_copy))
    assert data["by"] == "subject" and data["indicator"] == "Tổng thu NSNN"
    rows = {r["province"]: r for r in data["rows"]}
    assert len(rows) >= 55  # every province of 2003 the gazetteer knows, one row each
    hanoi = rows["Hà Nội"]
    assert (hanoi["value"], hanoi["unit"], hanoi["period"]) == (19_348_000e6, "đồng", "2003")
    assert hanoi["sentence"].startswith("1 | HÀ NỘI | 19.348.000")
    assert not any(r["conflict"] for r in data["rows"])  # the sheet's copy claims the same
    # provinces in Vietnamese alphabetical order, not by code point
    named = [r["province"] for r in data["rows"] if r["province"]]
    assert named.index("Bạc Liêu") < named.index("Bắc Giang") < named.index("Bình Dương")
    # seed figures do not leak in: their subjects do not hold these words
    assert {r["doc_id"] for r in data["rows"]} == {hanoi["doc_id"]}
    # Hà Tây (until 2008) is a row of its own; after the merger it is part of Hà Nội, and two
    # claims for one province and year differ
    assert rows["Hà Tây"]["value"] == 715_300e6
    merged = cli_json("compare", "Tổng thu NSNN", "--after-merger", "--home", str(home_copy))
    assert "Hà Tây" in merged["merged"]["Hà Nội"]
    assert {r["value"] for r in merged["rows"] if r["province"] == "Hà Nội"} >= {
        19_348_000e6,
        715_300e6,
    }
    # a figure of a table row is found by search, typed alone: the row's cells are terms
    # of their own ("| 715.300 |" was one term "|_715.300"), and a word found in one
    # passage alone is not drowned by the dense ranking
    found = cli_json("search", "715.300", "--k", "3", "--home", str(home_copy))
    assert "715.300" in found["hits"][0]["passage"]
    assert found["hits"][0]["doc_id"] == hanoi["doc_id"]


def test_compare_by_subject_over_http(seeded_home: Path) -> None:
    client = TestClient(create_app(seeded_home))
    # "đoàn viên ưu tú" names the party_referrals indicator: compared as an indicator
    assert client.get("/api/compare", params={"indicator": "đoàn viên ưu tú"}).json()["by"] == (
        "indicator"
    )
    missing = client.get("/api/compare", params={"indicator": "giá vàng thế giới"})
    assert missing.status_code == 422
    assert "no figure's subject contains it" in missing.json()["detail"]


def test_a_hit_is_not_cited_by_its_own_document(shared: Path, home_copy: Path) -> None:
    # Nghị quyết 57-NQ/TW names its own number in its text; NQ03/NQ-CP cites it
    folder = shared / "corpus/real/resolutions_md"
    for name in ("NQ57-NQ-TW_2024_bangoc.md", "NQ03-NQ-CP_2025.md"):
        added = runner.invoke(app, ["ingest", str(folder / name), "--home", str(home_copy)])
        assert added.exit_code == 0, added.output
    data = cli_json(
        "search", "đột phá phát triển khoa học, công nghệ", "--k", "20", "--home", str(home_copy)
    )
    own = {h["doc_id"] for h in data["hits"] if h["cited_by"]}
    assert own, "a hit on NQ57 carries the documents citing it"
    for hit in data["hits"]:
        assert hit["doc_id"] not in hit["cited_by"]
    # a search kept to one document, named by its own number in any spelling
    for spelling in ("57-NQ/TW", "số 57- nq/tw", *own):
        within = cli_json("search", "chuyển đổi số", "--doc", spelling, "--home", str(home_copy))
        assert within["hits"] and {h["doc_id"] for h in within["hits"]} == own


def test_one_entry_for_the_spellings_of_an_id() -> None:
    from nlp.records import Document, Reference
    from service.registry import citation, registry

    def cited(written: str) -> Reference:
        return Reference(id=written, type="Chỉ thị", text=written, start=0, end=len(written))

    # a union report writes the Party directive in the State's order, a chi bộ in its own
    entries = registry([("a", cited("05/CT-TW")), ("b", cited("05-CT/TW"))], [])
    assert [(e.id, e.citing_documents) for e in entries] == [("05/CT-TW", 2)]
    # a sentence cut where the id ends a line is not listed beside the whole sentence
    text = "Thực hiện Chỉ thị 05-CT/TW.\nThực hiện Chỉ thị 05-CT/TW và Nghị quyết Trung ương 4."
    refs = [
        Reference(id="05-CT/TW", type="Chỉ thị", text="05-CT/TW", start=18, end=26),
        Reference(id="05-CT/TW", type="Chỉ thị", text="05-CT/TW", start=46, end=54),
    ]
    doc = Document(id="d", source="s", text=text, kind="report", pages=1)
    assert citation(doc, refs).sentences == [text.split("\n")[1]]


def test_a_registry_entry_names_its_genre_where_the_type_is_other() -> None:
    from nlp.records import Document, Reference
    from service.registry import build

    text = "Thực hiện Quy định số 294-QĐ/TW ngày 26/5/2025 và Tờ trình số 04/TTr-BKHCN."
    quy_dinh = Reference(id="294-QĐ/TW", type="other", genre="Quy định", text="", start=10, end=36)
    # a store analysed before genres were read: the code still names a Tờ trình
    to_trinh = Reference(id="04/TTr-BKHCN", type="other", text="", start=50, end=75)
    doc = Document(id="d", source="s", text=text, references=[quy_dinh, to_trinh])
    regulation = build("294-QĐ/TW", [doc], None, with_citations=False)
    proposal = build("04/TTr-BKHCN", [doc], None, with_citations=False)
    assert regulation and (regulation.type, regulation.genre) == ("other", "Quy định")
    assert proposal and (proposal.type, proposal.genre) == ("other", "Tờ trình")


def test_an_achieved_count_is_a_share_of_its_target_but_a_rate_is_not() -> None:
    def claim(value: float, unit: str, kind: str, row: str = "1") -> Claim:
        figure = Figure(
            text=f"{value}",
            value=value,
            unit=unit,
            kind=kind,
            province="Nghệ An",
            period="2024",
            sentence=f"{row} | Kết nạp mới ({unit}) | kế hoạch | thực hiện",
            start=0,
            end=3,
        )
        return Claim("bc", "x.txt", figure)

    rows = compare(
        "members",
        [
            claim(9_000, "đoàn viên", "achievement"),
            claim(10_000, "đoàn viên", "target"),
            claim(112, "%", "achievement"),  # "ước đạt 112% kế hoạch"
            claim(3, "%", "target"),  # "tăng 3%"
        ],
    ).rows
    shares = {(r.unit, r.kind): r.achieved_share for r in rows}
    assert shares[("đoàn viên", "achievement")] == 90.0
    assert shares[("%", "achievement")] is None
    # a target set elsewhere (another row, sentence or document) may count another part or
    # another time ("kết nạp thêm 2.000 đoàn viên trong 6 tháng cuối năm"): no share
    apart = compare(
        "members",
        [claim(3_142, "đoàn viên", "achievement"), claim(2_000, "đoàn viên", "target", "2")],
    ).rows
    assert [r.achieved_share for r in apart] == [None, None]


def test_two_citing_lines_differing_by_their_last_mark_are_one_sentence() -> None:
    # a letter's "Căn cứ" list and its closing line: each had made the other a part of it,
    # and the letter was listed citing the law in no sentence at all
    from nlp.records import Document, Reference
    from service.registry import citation

    text = "Căn cứ Luật Công đoàn số 50/2024/QH15;\nCăn cứ Luật Công đoàn số 50/2024/QH15.\n"
    refs = [
        Reference(id="50/2024/QH15", type="Luật", text="", start=text.index("50/"), end=0),
        Reference(id="50/2024/QH15", type="Luật", text="", start=text.rindex("50/"), end=0),
    ]
    cited = citation(Document(id="d", source="s", text=text, references=refs), refs)
    assert cited.sentences == ["Căn cứ Luật Công đoàn số 50/2024/QH15;"]


def test_a_rate_of_completion_is_compared_with_its_like() -> None:
    # "71,4% CĐCS có thỏa ước" (coverage) and "đạt 95,2% kế hoạch" (completion) had stood
    # side by side as one province's collective_agreements rate, and disputed each other
    def claim(doc: str, text: str, sentence: str) -> Claim:
        figure = Figure(
            text=text,
            value=float(text.rstrip("%").replace(",", ".")),
            unit="%",
            indicator="collective_agreements",
            province="Thái Bình",
            period="2025",
            sentence=sentence,
            start=0,
            end=3,
        )
        return Claim(doc, f"{doc}.txt", figure)

    rows = compare(
        "collective_agreements",
        [
            claim("a", "71,4%", "Có 71,4% CĐCS ký kết thỏa ước lao động tập thể."),
            claim("b", "95,2%", "Ký kết thỏa ước đạt 95,2% kế hoạch."),
        ],
    ).rows
    assert [(r.value, r.of_plan, r.conflict) for r in rows] == [
        (71.4, False, False),
        (95.2, True, False),
    ]


def test_figures_naming_no_province_conflict_only_for_one_named_union() -> None:
    """Two reports of unions they leave unnamed may be two provinces': no conflict (a national
    store holds thousands of such rows); the Tổng Liên đoàn's national totals do conflict."""

    def claim(doc: str, value: float, organisation: str | None) -> Claim:
        text = f"{value:,.0f}".replace(",", ".")  # "11.000.000"
        figure = Figure(
            text=text, value=value, unit="đoàn viên", indicator="members", period="2024",
            organisation=organisation, sentence=f"Có {text} đoàn viên.", start=3,
            end=3 + len(text),
        )  # fmt: skip
        return Claim(doc, f"{doc}.txt", figure)

    unnamed = compare("members", [claim("a", 300, None), claim("b", 900, None)])
    assert [r.conflict for r in unnamed.rows] == [False, False]
    national = "Tổng Liên đoàn Lao động Việt Nam"
    named = compare(
        "members",
        [claim("c", 11e6, national), claim("d", 10e6, national), claim("e", 5e6, None)],
    )
    assert [(r.value, r.conflict) for r in named.rows] == [
        (11e6, True),
        (10e6, True),
        (5e6, False),
    ]
