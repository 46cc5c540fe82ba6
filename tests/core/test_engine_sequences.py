"""Several answers written at once by the real engine (EngineClient.generate_many, the
host's sequences.py): each as it would be written alone, each reported as it ends, a
cancel ending them all, and the engine as it was afterwards."""

from __future__ import annotations

from app.core.engine import EngineFailure, Finished, PrefillProgress
from app.core.engine.events import Answered, BatchWriting

GREEDY = {"temperature": 0.0, "max_tokens": 48}
TOPICS = ("the water supply of a small town", "a library's opening hours",
          "the rules of a football match")


def _ask(topic: str) -> list[dict]:
    return [{"role": "user", "content": f"Write three sentences about {topic}."}]


def _alone(engine, messages, params) -> Finished:
    return [e for e in engine.generate(messages, **params) if isinstance(e, Finished)][-1]


def test_answers_written_at_once_are_the_answers_written_alone(fresh_engine, model_path):
    engine = fresh_engine
    engine.load(model_path, n_ctx=1024, sequences=3)
    assert engine.sequences == 3 and engine.model.n_ctx == 1024  # each sequence's context
    alone = [_alone(engine, _ask(topic), GREEDY) for topic in TOPICS]

    events = list(engine.generate_many([(_ask(topic), GREEDY) for topic in TOPICS]))
    answered = {e.index: e.answer for e in events if isinstance(e, Answered)}
    assert sorted(answered) == [0, 1, 2]
    assert isinstance(events[-1], Finished) and events[-1].finish_reason == "stop"
    assert any(isinstance(e, PrefillProgress) for e in events)
    for index, one in enumerate(alone):
        together = answered[index]
        assert together.finish_reason == one.finish_reason
        # greedy: the same words (a batch's sums may round apart in the last bits late on)
        assert together.text.split()[:6] == one.text.split()[:6] and one.text.strip()
        assert together.timings.output_tokens > 0
        assert together.timings.prompt_tokens == one.timings.prompt_tokens
    # the answers' decode times are their shares of the steps: together, the wall time
    assert sum(a.timings.decode_s for a in answered.values()) > 0

    # the batch left nothing behind: a chat's answer is the one it was before
    assert _alone(engine, _ask(TOPICS[0]), GREEDY).text == alone[0].text


def test_a_cancel_ends_every_answer_and_the_engine_goes_on(fresh_engine, model_path):
    engine = fresh_engine
    engine.load(model_path, n_ctx=1024, sequences=2)
    long = {"temperature": 0.0, "max_tokens": 600}
    essay = [[{"role": "user", "content": f"Write a long essay of ten paragraphs about {topic}."}]
             for topic in TOPICS[:2]]
    events = []
    for event in engine.generate_many([(messages, long) for messages in essay]):
        events.append(event)
        if isinstance(event, BatchWriting):
            engine.cancel()  # both answers under way, and told of: the user pauses
    assert isinstance(events[-1], Finished) and events[-1].finish_reason == "cancelled"
    # while none had ended, how far they were came about twice a second (the job's ETA)
    writing = [e for e in events if isinstance(e, BatchWriting)][0]
    assert writing.answers == 2 and writing.tokens >= 2 and writing.seconds >= 0.5
    answers = [e.answer for e in events if isinstance(e, Answered)]
    assert [a.finish_reason for a in answers] == ["cancelled", "cancelled"]
    assert all(a.timings.output_tokens < 600 for a in answers)
    assert engine.alive  # obeyed within a step, not killed
    assert _alone(engine, _ask(TOPICS[2]), GREEDY).text.strip()


def test_more_answers_than_the_model_was_loaded_for_are_refused(fresh_engine, model_path):
    engine = fresh_engine
    engine.load(model_path, n_ctx=512, sequences=2)
    events = list(engine.generate_many([(_ask(topic), GREEDY) for topic in TOPICS]))
    assert isinstance(events[-1], EngineFailure) and "loaded for 2" in events[-1].message
    assert _alone(engine, _ask(TOPICS[0]), GREEDY).text.strip()
