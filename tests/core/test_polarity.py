"""Negation: a summary sentence that says the opposite of its passage is caught, and the
forms that only look negative are not. The sentences here are written for this test, on
other subjects than the evaluation set's report, so the rules are tried on text they were
not built from (#10)."""

from __future__ import annotations

import pytest

from app.core.grounding import sentence_support, split_passages
from app.core.grounding.polarity import negated, polarity_clash


@pytest.mark.parametrize("sentence, passage", [
    ("The board did not approve the merger.",
     "The board approved the merger with Hong Leong on 2 May."),
    ("The board approved the merger.",
     "The board did not approve the merger with Hong Leong."),
    ("The clinic no longer accepts walk-in patients.",
     "The clinic accepts walk-in patients on weekdays."),
    ("The auditors never inspected the Penang warehouse.",
     "The auditors inspected the Penang warehouse twice in 2023."),
    ("Inflation in the province has not fallen since 2022.",
     "Inflation in the province has fallen since 2022, the bureau said."),
    ("The ministry failed to publish its annual report.",
     "The ministry published its annual report in June."),
    ("None of the insurers raised premiums for diabetic patients.",
     "Three insurers raised premiums for diabetic patients."),
    ("The regulator, citing costs, has not required hospitals to encrypt backups.",
     "Citing patient safety, the regulator has required hospitals to encrypt backups."),
    # the users' own languages
    ("Bank itu tidak menaikkan suku bunga pinjaman rumah.",
     "Bank itu menaikkan suku bunga pinjaman rumah sebanyak 0,5 persen."),
    ("Kementerian belum menerbitkan pedoman keamanan data.",
     "Kementerian menerbitkan pedoman keamanan data pada bulan Maret."),
    ("Ngân hàng không tăng lãi suất cho vay mua nhà.",
     "Ngân hàng tăng lãi suất cho vay mua nhà thêm 0,5 điểm."),
    ("ธนาคารไม่ได้ขึ้นอัตราดอกเบี้ยเงินกู้บ้าน",
     "ธนาคารขึ้นอัตราดอกเบี้ยเงินกู้บ้าน"),
    ("银行没有提高住房贷款利率。", "银行提高了住房贷款利率。"),
    ("该医院不接受现金支付。", "该医院接受现金支付。"),
])
def test_a_sentence_of_opposite_polarity_is_caught(sentence, passage):
    clash = polarity_clash(sentence, passage)
    assert clash is not None
    assert clash.reason


@pytest.mark.parametrize("sentence, passage", [
    # the same polarity, said differently
    ("The merger was not approved by the board.", "The board did not approve the merger."),
    ("The board approved the merger.", "The board approved the merger on 2 May."),
    # a negation in another clause of the passage than the one the sentence restates
    ("The levy applies to commercial banks.",
     "The levy applies to commercial banks, but not to cooperatives."),
    ("Clinics in Sabah received the new scanners.",
     "Clinics in Sabah received the new scanners, while those in Sarawak did not."),
    # forms that only look negative
    ("The fund lent to small firms and also to cooperatives.",
     "The fund lent not only to small firms but also to cooperatives."),
    ("At least 40 branches will close.", "No fewer than 40 branches will close."),
    ("Filings are due by 31 March.", "Filings are due no later than 31 March."),
    ("Delays at the port are common.", "Delays at the port are not uncommon, not without cost."),
    ("The agency reported the breach.", "It is no doubt that the agency reported the breach."),
    ("Clause 4 covers leased vehicles.", "Clause No. 4 covers leased vehicles."),
    ("Both banks cut fees.", "Neither bank kept its fees; both banks cut fees."),
    # words that begin with a cue and negate nothing
    ("Bank itu tidak hanya menaikkan bunga tetapi juga biaya.",
     "Bank itu menaikkan bunga dan biaya."),
    ("Chất lượng không khí ở Hà Nội được cải thiện.",
     "Chất lượng không khí ở Hà Nội được cải thiện đáng kể."),
    ("银行未来将提高贷款利率。", "银行计划在未来提高贷款利率。"),
    ("该医院的收入非常高。", "该医院的收入非常高，增长了20%。"),
    # a sentence that matches no clause of the passage well says nothing about it
    ("The governor did not attend.", "Exports of palm oil rose by 12% in the year."),
])
def test_the_same_polarity_or_a_false_cue_is_not_flagged(sentence, passage):
    assert polarity_clash(sentence, passage) is None


def test_two_negations_in_a_clause_cancel_and_neither_nor_is_one():
    assert not negated("No bank failed to report")
    assert negated("Neither the bank nor the insurer reported")
    assert negated("The bank did not report")
    assert not negated("The bank reported not only losses")


PAGES = [(1, "The hospital board approved the new triage system in March 2024. "
             "Waiting times fell by a fifth in the first year.")]


def test_a_sentence_that_negates_its_passage_is_only_partly_supported_with_the_reason():
    passages = split_passages(PAGES)
    document = PAGES[0][1]
    faithful = sentence_support("In March 2024 the hospital board approved the new triage "
                                "system.", passages, document)
    negated_one = sentence_support("The hospital board did not approve the new triage "
                                   "system in March 2024.", passages, document)
    assert faithful.level == "supported"
    assert negated_one.level == "partly"
    (claim,) = [c for c in negated_one.claims if c.kind == "negation"]
    assert claim.status == "opposite" and claim.where == 1
    assert "did not approve" in claim.text
