"""#17: an answer that does not give the kind of fact its question asks for (a figure, a
date, a name) from the passages is flagged, however closely its sentences follow them: that
is how the demo model answers what the documents do not say."""

from __future__ import annotations

import pytest

from app.core.questions.checking import check_answer
from app.core.questions.expected import expected_kind
from app.core.questions.retrieval import FoundPassage

LEASE = ("The lessee pays 1,200 ringgit a month to Syarikat Maju Sdn Bhd. The lease runs for "
         "two years from 1 March 2025. The premises are at Jalan Ampang, Kuala Lumpur.")
GIVEN = [FoundPassage(1, 5, 2, 0, len(LEASE), LEASE, 1.0)]


@pytest.mark.parametrize(("question", "kind"), [
    ("How much is the monthly rent?", "quantity"),
    ("How many parking bays come with the unit?", "quantity"),
    ("What is the amount of the deposit?", "quantity"),
    ("What interest rate does the bank charge on micro-loans?", "quantity"),
    ("What salary do the clerks earn?", "quantity"),
    ("What is the maximum fine under the law?", "quantity"),
    ("What was the population of Laos in 2024?", "quantity"),
    ("Berapa sewa bulanan?", "quantity"),
    ("Tiền thuê mỗi tháng là bao nhiêu?", "quantity"),
    ("ค่าเช่าเดือนละเท่าไร", "quantity"),
    ("When does the lease start?", "date"),
    ("What date is the rent due?", "date"),
    ("Kapan sewa dimulai?", "date"),
    ("Hợp đồng bắt đầu khi nào?", "date"),
    ("สัญญาเริ่มเมื่อไร", "date"),
    ("Who is the landlord?", "name"),
    ("Which bank holds the deposit?", "name"),
    ("Siapa pemilik rumah?", "name"),
    ("Ai là chủ nhà?", "name"),
    ("ใครเป็นผู้ให้เช่า", "name"),
    ("Why was the fee raised?", None),
    ("Does the policy cover outpatient dental?", None),
    ("What does the lease say about pets?", None),
    ("What penalty applies if the report is late?", None),
    ("What happens when the tenant leaves early?", None),
])
def test_the_kind_of_fact_a_question_asks_for(question, kind):
    assert expected_kind(question) == kind


def test_an_answer_without_the_fact_asked_for_is_flagged():
    # what the demo model does: a sentence of the passage, but not the deposit asked for
    evasive = check_answer("The lessee pays to Syarikat Maju Sdn Bhd.", GIVEN, None,
                           "How much is the security deposit?")
    assert evasive.gives_no == "quantity" and evasive.flagged == []
    answered = check_answer("The rent is 1,200 ringgit a month.", GIVEN, None,
                            "How much is the rent?")
    assert answered.gives_no == ""
    invented = check_answer("The deposit is 3,600 ringgit.", GIVEN, None,
                            "How much is the deposit?")
    assert invented.gives_no == "quantity" and [c["text"] for c in invented.flagged]
    dated = check_answer("It runs from 1 March 2025.", GIVEN, None, "When does it start?")
    assert dated.gives_no == ""
    undated = check_answer("The lease runs for two years.", GIVEN, None,
                           "When does the lessee have to renew?")
    assert undated.gives_no == "date"
    named = check_answer("The landlord is Syarikat Maju Sdn Bhd.", GIVEN, None,
                         "Who is the landlord?")
    assert named.gives_no == ""
    unnamed = check_answer("The lessee pays the landlord every month.", GIVEN, None,
                           "Who is the landlord?")
    assert unnamed.gives_no == "name"


def test_saying_the_documents_do_not_say_or_another_kind_of_question_is_not_flagged():
    assert check_answer("Not stated in the documents.", GIVEN, None,
                        "How much is the deposit?").gives_no == ""
    assert check_answer("The premises are at Jalan Ampang.", GIVEN, None,
                        "Where are the premises?").gives_no == ""
    # names are found by their capitals: a Thai answer is not checked for one
    assert check_answer("ผู้ให้เช่าคือบริษัท", GIVEN, None, "ใครเป็นผู้ให้เช่า").gives_no == ""
