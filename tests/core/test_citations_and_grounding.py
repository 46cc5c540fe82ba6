"""Page references and the grounding check: deterministic, checked against the source."""

from __future__ import annotations

from app.core.summarize.alignment import cite_summary
from app.core.summarize.cite import SourcePage
from app.core.summarize.grounding import unsupported_claims
from app.core.summarize.prompts import load_prompts, strip_part_labels

SOURCE = (
    "The Ministry of Health signed a contract with Prima Medika on 14 March 2025. "
    "The contract is worth RM 2,450,000 and runs for 36 months. "
    "Bank Negara Malaysia must approve payments above 500 000 ringgit. Inflation was 3.2 %."
)


def test_a_planted_number_is_flagged_and_the_right_ones_are_not():
    summary = ("Prima Medika signed on 14 March 2025 a contract worth RM2,450,000 for 36 "
               "months; Bank Negara Malaysia approves payments above 500,000 and inflation "
               "was 3.2%. The penalty is RM 75,000.")
    # the amount is read with its currency: RM 75,000 is the claim, not the digits 75,000
    assert unsupported_claims(summary, SOURCE) == ["RM 75,000"]


def test_an_invented_name_and_date_are_flagged():
    summary = "Dr. Tan Ah Kow of Prima Medika signed on 2 April 2025."
    flagged = unsupported_claims(summary, SOURCE)
    assert "Dr. Tan Ah Kow" in flagged and "2 April 2025" in flagged
    assert "Prima Medika" not in flagged


def test_page_references_are_not_claims():
    assert unsupported_claims("Worth RM 2,450,000 (p. 12–13).", SOURCE) == []


PAGES = [
    SourcePage(1, "Introduction. The hospital network of Penang serves 1.7 million people."),
    SourcePage(2, "Budget: the council approved 12 million ringgit for new wards in Seberang."),
    SourcePage(3, "Budget details: the wards in Seberang open in 2027 with 120 beds."),
    SourcePage(4, "Staffing: 40 additional nurses will be hired from the Penang nursing college."),
]


def cite(summary: str, pages: list[SourcePage], *, paginated: bool) -> str:
    return cite_summary(summary, [], pages, paginated=paginated)[0]


def test_each_sentence_and_bullet_gets_its_pages():
    summary = ("The council approved 12 million ringgit for new wards in Seberang.\n"
               "- 40 nurses will be hired from the nursing college.\n"
               "- The weather was pleasant.")
    lines = cite(summary, PAGES, paginated=True).splitlines()  # with no steps to follow
    assert lines[0].endswith("(p. 2–3).") or lines[0].endswith("(p. 2).")
    assert lines[1].endswith("college (p. 4).")
    assert lines[2] == "- The weather was pleasant."  # no source: no reference invented


def test_sections_are_cited_by_heading_when_there_are_no_pages():
    sections = [SourcePage(1, "Scope of the audit of procurement.", "Scope"),
                SourcePage(2, "The audit found three late tenders in Sabah.", "Findings")]
    cited = cite("Three tenders in Sabah were late.", sections, paginated=False)
    assert cited == "Three tenders in Sabah were late (§ Findings)."


def test_a_reference_leads_back_to_its_pages():
    from app.core.summarize.references import pages_for

    stored = [{"number": n, "heading": h, "text": f"text {n}"}
              for n, h in ((1, None), (2, "Scope"), (3, "Findings"), (4, None))]
    assert [p["number"] for p in pages_for("p. 2–3", stored)] == [2, 3]
    assert [p["number"] for p in pages_for("p. 4", stored)] == [4]
    assert [p["number"] for p in pages_for("§ Findings", stored)] == [3]
    assert [p["number"] for p in pages_for("sections 1–2", stored)] == [1, 2]
    assert pages_for("p. 9", stored) == []


def test_part_labels_echoed_by_the_model_are_taken_out_before_citing():
    echoed = ("[p. 1–3]\nThe contract with Prima Medika runs for 36 months [p. 2].\n"
              "- **[p. 4–5]** Inflation was 3.2 %.\n\np. 6–7:\n\nSee the annex (p. 8).")
    cleaned = strip_part_labels(echoed)
    assert cleaned == ("The contract with Prima Medika runs for 36 months.\n"
                       "- Inflation was 3.2 %.\n\nSee the annex.")
    pages = [SourcePage(1, SOURCE)]
    assert "[p." not in cite(cleaned, pages, paginated=True)


def test_page_references_the_model_wrote_itself_never_reach_the_summary():
    """What the demo model wrote for a 6-page report on one CI machine: the map prompt's
    "(p. 1–6)" after the file's name in brackets, a page range cut to "2–3)", references of
    its own. Each stood in the summary as if the app had checked it (a "(p. 1–6)" on a
    sentence found nowhere); only the references the app matched may remain."""
    echoed = ("The document is:\n[Fee-Study.pdf] (p. 1–6)\nPurpose of the study (p. 1)\n"
              "The last review took place in 1998 (p. 1). Fees rose (pp. 2-3).\n2–3)\n"
              "The report (page 4) asks for comments.\n| Fee | 40 |")
    assert strip_part_labels(echoed) == (
        "The document is:\nPurpose of the study\nThe last review took place in 1998. "
        "Fees rose.\nThe report asks for comments.\n| Fee | 40 |")


def test_the_reduce_prompt_says_the_labels_are_not_to_be_copied():
    prompt = load_prompts().reduce_messages(document="d.pdf", text="[p. 1]\nx", style="brief")
    assert "do not copy them" in prompt[1]["content"]
    assert "do not copy" not in load_prompts("v1").reduce  # v1 stays as it was released
