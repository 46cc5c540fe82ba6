"""The claim checker on the cases the issue (#10) found wrong, and on real sentences in
the users' other languages, which must not raise false flags."""

from __future__ import annotations

import pytest

from app.core.grounding import check_claims, find_support, sentence_support, split_passages
from app.core.summarize.grounding import unsupported_claims

ARTICLE = (
    "More than 3.8 billion people use LLMs, about 80% of all internet users. Spending "
    "reached $20.7 billion. The new chips gave a 4x efficiency ratio. Tests ran on GPT-5.5 "
    "and Microsoft Azure. The Infocomm Media Development Authority (IMDA) of Singapore "
    "published its framework on 14 March 2025."
)


@pytest.mark.parametrize("sentence, flagged", [
    ("More than 3.8 million people use LLMs.", ["3.8 million"]),
    ("Spending reached $20.7 million.", ["$20.7 million"]),
    ("About 8% of internet users use LLMs.", ["8%"]),
    ("The chips gave a 5x efficiency ratio.", ["5x"]),
    ("Tests ran on GPT-6.", ["GPT-6"]),
    ("Tests ran on Google Cloud and Microsoft Azure.", ["Google Cloud"]),
    ("Most tests ran at Google.", ["Google"]),
    ("The framework carries a fine (penalty RM 75,000 if late).", ["RM 75,000"]),
])
def test_the_planted_errors_the_issue_found_are_flagged(sentence, flagged):
    assert unsupported_claims(sentence, ARTICLE) == flagged


@pytest.mark.parametrize("sentence", [
    "Singapore's IMDA published its framework on 14 March 2025.",
    "The Infocomm Media Development Authority published its framework.",
    "The framework was published on March 14, 2025 (p. 4).",
    "It was published on 14/03/2025, in Q1 2025, by the IMDA (pp. 3–5).",
    "It came out on 2025-03-14; 3,800 million people, some 80 per cent, use LLMs.",
    "Spending reached US$20.7bn, with a fourfold efficiency ratio on the new chips.",
])
def test_true_sentences_the_issue_found_flagged_pass(sentence):
    assert unsupported_claims(sentence, ARTICLE) == []


def test_a_claim_is_supported_in_its_passage_found_elsewhere_with_its_page_or_not_found():
    pages = [(1, "The council approved 12 million ringgit for new wards in Seberang."),
             (2, "The wards open in 2027 with 120 beds."),
             (3, "Staffing: 40 nurses will be hired from the Penang nursing college.")]
    passages = split_passages(pages)
    document = " ".join(text for _, text in pages)
    result = sentence_support("The council approved 12 million ringgit for 120 new wards in "
                              "Seberang and Kedah.", passages, document)
    statuses = {c.text: (c.status, c.where) for c in result.claims}
    assert statuses == {"12 million ringgit": ("supported", 1), "120": ("elsewhere", 2),
                        "Seberang": ("supported", 1), "Kedah": ("not_found", None)}
    assert result.level == "not_found"
    assert result.passages[0][0] == passages[0]
    assert sentence_support("The council approved 12 million ringgit for wards.", passages,
                            document).level == "supported"
    joined = sentence_support("The council approved 12 million ringgit for wards that open in "
                              "2027 with 120 beds.", passages, document)
    assert sorted(p.page for p, _ in joined.passages) == [1, 2]  # a sentence joining two pages
    assert {c.text: c.where for c in joined.claims} == {
        "12 million ringgit": 1, "2027": 2, "120": 2}
    assert joined.level == "supported"


@pytest.mark.parametrize("claim, source", [
    ("RM 2.45 million", "RM2,450,000"), ("3.8bn", "3,812 million"), ("36 months", "three years"),
    ("two weeks", "14 days"), ("three days", "72 hours"), ("10 to 20 times", "10-20x"),
    ("tenfold", "10x"),
    ("between ten and twenty times", "10-20x"), ("between 3 and 5 million", "3-5 million"),
    ("a five-year plan", "5 years"), ("Rp 3,5 triliun", "Rp 3.5 trillion"),
    ("75.000 đồng", "₫75,000"), ("S$150m", "150 million Singapore dollars"),
    ("12 500", "12,500"), ("Q3 2025", "14 August 2025"), ("March 2026", "2026-03-31"),
    ("3 September 2024", "03/09/2024"), ("2025", "ngày 14 tháng 6 năm 2025"),
    ("FY2024", "March 2024"), ("the BoT", "the Bank of Thailand"), ("an LLM", "LLMs"),
])
def test_the_same_value_written_another_way_is_supported(claim, source):
    checks = check_claims(f"It was {claim}.", f"It was {source}.", f"It was {source}.")
    assert [c.status for c in checks] == ["supported"], checks


@pytest.mark.parametrize("claim, source", [
    ("RM 2.45 billion", "RM 2.45 million"), ("3.9 billion", "3.8 billion"), ("8%", "80%"),
    ("5%", "5x"), ("$1.4 trillion", "฿1.4 trillion"), ("36 weeks", "36 months"),
    ("14 April 2025", "14 March 2025"), ("Q4 2025", "14 August 2025"), ("2024", "2025"),
    ("3,812 million", "3.8 billion"), ("up to 30x", "10-20x"), ("end-2023", "end-2024"),
    ("48 hours", "three days"),
])
def test_a_different_value_is_not_supported(claim, source):
    checks = check_claims(f"It was {claim}.", f"It was {source}.", f"It was {source}.")
    assert [c.status for c in checks] == ["not_found"], checks


# Real sentences in Malay, Indonesian, Vietnamese, Thai and Chinese: a source passage, a
# faithful summary of it (which must raise no flag) and one with a changed scale (which must).
LANGUAGES = {
    "malay": (
        "Bank Negara Malaysia mengeluarkan garis panduan AI pada 3 September 2024. Garis "
        "panduan itu terpakai kepada 26 bank perdagangan dan 16 bank Islam. Kementerian "
        "Kesihatan menandatangani kontrak bernilai RM2.45 juta dengan Prima Medika untuk "
        "projek rintis di 12 hospital.",
        "Pada 3 September 2024, Bank Negara Malaysia mengeluarkan garis panduan AI untuk 26 "
        "bank perdagangan dan 16 bank Islam. Kontrak Kementerian Kesihatan dengan Prima "
        "Medika bernilai RM 2.45 juta bagi dua belas hospital.",
        "Kontrak Kementerian Kesihatan dengan Prima Medika bernilai RM 2.45 bilion.",
    ),
    "indonesian": (
        "Kementerian Komunikasi dan Digital menetapkan peta jalan AI nasional 2025–2030 "
        "dengan anggaran Rp 3,5 triliun. Bank Rakyat Indonesia memakai pembelajaran mesin "
        "untuk menilai kredit bagi 9 juta usaha mikro. Peta jalan itu diumumkan pada 14 "
        "Maret 2025.",
        "Peta jalan AI nasional Indonesia untuk 2025 hingga 2030 didukung anggaran Rp3,5 "
        "triliun. Pada 14 Maret 2025, Kementerian Komunikasi dan Digital mengumumkan peta "
        "jalan tersebut. BRI menilai kredit 9 juta usaha mikro dengan pembelajaran mesin.",
        "Peta jalan AI nasional didukung anggaran Rp 3,5 miliar.",
    ),
    "vietnamese": (
        "Quốc hội Việt Nam đã thông qua Luật Công nghiệp Công nghệ số vào ngày 14 tháng 6 "
        "năm 2025. Luật có hiệu lực từ ngày 1 tháng 1 năm 2026. FPT đã huấn luyện một mô "
        "hình ngôn ngữ tiếng Việt trên 1,6 nghìn tỷ token. Viettel dự kiến xây dựng ba trung "
        "tâm dữ liệu tại Hà Nội và Thành phố Hồ Chí Minh.",
        "Luật Công nghiệp Công nghệ số được Quốc hội thông qua ngày 14 tháng 6 năm 2025 và có "
        "hiệu lực từ ngày 1 tháng 1 năm 2026. Mô hình ngôn ngữ của FPT được huấn luyện trên "
        "1,6 nghìn tỷ token. Viettel sẽ xây ba trung tâm dữ liệu ở Hà Nội và Thành phố Hồ "
        "Chí Minh.",
        "Mô hình ngôn ngữ của FPT được huấn luyện trên 1,6 tỷ token.",
    ),
    "thai": (
        "ธนาคารแห่งประเทศไทยประเมินว่า AI อาจเพิ่มมูลค่าให้เศรษฐกิจ 1.4 ล้านล้านบาท "
        "ภายในปี 2573 สำนักงานพัฒนาธุรกรรมทางอิเล็กทรอนิกส์ (ETDA) เผยแพร่ร่างกฎเกณฑ์ AI "
        "เมื่อวันที่ 18 ตุลาคม 2567 ธนาคารกสิกรไทยลดความเสียหายจากการทุจริตได้ 35% "
        "หลังใช้แบบจำลองตรวจจับในปี 2566",
        "ETDA เผยแพร่ร่างกฎเกณฑ์ AI เมื่อ 18 ตุลาคม 2567 และธนาคารแห่งประเทศไทยคาดว่า AI "
        "จะเพิ่มมูลค่า 1.4 ล้านล้านบาทภายในปี 2573 ธนาคารกสิกรไทยลดความเสียหายจากการทุจริตได้ 35%",
        "ธนาคารแห่งประเทศไทยคาดว่า AI จะเพิ่มมูลค่า 1.4 ล้านบาทภายในปี 2573",
    ),
    "chinese": (
        "新加坡资讯通信媒体发展局于2022年5月25日推出AI Verify计划。截至2024年12月，已有172家"
        "公司使用AI Verify测试其系统。全球约有38亿人每月至少使用一次大语言模型，"
        "约占互联网用户的80%。",
        "资讯通信媒体发展局在2022年5月25日推出了AI Verify。到2024年12月，172家公司已用它测试"
        "系统。每月使用大语言模型的人数约为38亿，占互联网用户的80%。",
        "每月使用大语言模型的人数约为38万，占互联网用户的80%。",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_other_languages_raise_no_false_flag_and_still_catch_a_changed_scale(language):
    source, faithful, planted = LANGUAGES[language]
    assert unsupported_claims(faithful, source) == []
    assert len(unsupported_claims(planted, source)) == 1


def test_headings_labels_and_table_headers_are_typography_but_their_contents_are_checked():
    source = ("The Ministry of Health signed a contract with Prima Medika on 14 March 2025. "
              "It is worth RM 2.45 million; the company reports every month.")
    summary = ("## Key Points\n**Summary of Obligations:**\n"
               "- **Parties:** Prima Medika and the Ministry of Health\n\n"
               "| Fact | Date | Amount | Parties | Obligation |\n|---|---|---|---|---|\n"
               "| Contract signed | 14 March 2025 | RM 2.45 million | Prima Medika, Google | "
               "reports monthly |\n| Penalty | 2 April 2025 | RM 75,000 | | |")
    assert sorted(unsupported_claims(summary, source)) == ["2 April 2025", "Google", "RM 75,000"]


def test_passages_are_sentences_with_their_page_and_offsets():
    pages = [(3, "Dr. Tan signed on 14 March 2025. The fee is RM 2.45 million (p. 4).\n\n"
                 "Scope\nThe audit covers 12 hospitals! 中国人口很多。我们很好。"),
             (4, "  Last page, no full stop")]
    passages = split_passages(pages)
    assert [p.text for p in passages] == [
        "Dr. Tan signed on 14 March 2025.", "The fee is RM 2.45 million (p. 4).",
        "Scope\nThe audit covers 12 hospitals!", "中国人口很多。", "我们很好。",
        "Last page, no full stop"]
    texts = dict(pages)
    assert all(texts[p.page][p.start : p.end] == p.text for p in passages)
    found = find_support("Tan signed the contract in March 2025.", passages, k=2)
    assert found[0][0] == passages[0] and 0 < found[0][1] <= 1


def test_checking_a_sentence_is_fast():
    import time

    passages = split_passages([(n, ARTICLE) for n in range(1, 201)])  # a 200-page document
    document = " ".join(p.text for p in passages)
    started = time.perf_counter()
    for _ in range(20):
        sentence_support("More than 3.8 billion people use LLMs, says the IMDA.", passages,
                         document)
    assert (time.perf_counter() - started) / 20 < 0.5


def test_every_sentence_of_a_real_document_is_supported_by_that_document(corpus):
    """A document's own sentences are the most faithful summary there is: none of their
    claims may be flagged (real PDFs, read as the app reads them, wrapped lines, headers)."""
    from app.core.documents.errors import DocumentError
    from app.core.documents.extract import extract_text

    checked = 0
    for pdf in sorted(corpus.glob("*/*.pdf")):
        try:
            pages = [(p.number, p.text) for p in extract_text(pdf).pages]
        except DocumentError:
            continue  # encrypted or without text: nothing to check
        passages = split_passages(pages)
        document = "\n".join(text for _, text in pages)
        for passage in passages[:40]:
            result = sentence_support(passage.text, passages, document)
            assert result.level != "not_found", (pdf.name, passage.text, result.claims)
            checked += 1
    assert checked > 200


def test_a_line_break_ends_a_name_and_the_pronoun_i_is_none():
    from app.core.grounding.names import find_names
    text = "A poem called The Crazy Ones\nHeres to the misfits, as I've said and I'll say."
    assert [n.text for n in find_names(text)] == ["Crazy Ones"]
    assert unsupported_claims("As I've said, the IMDA published its framework, and I agree.",
                              ARTICLE) == []
