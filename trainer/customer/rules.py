"""The offline customer: reads each reply, feels something about it, and answers like a person.

Deterministic for a given scenario, reply sequence and seed. Mood moves with what the
trainee does (with diminishing returns), patience runs down on turns that go nowhere,
hidden facts come out only when asked for, and the customer keeps pressing for what
they still need until it is offered, or until they give up.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from trainer.customer import CustomerTurn
from trainer.customer.lines import (
    DEFAULT_LINES,
    DEFAULT_MOOD,
    DEFAULT_REPLIES,
    DIFFICULTY,
    TEMPERAMENT_WEIGHTS,
)
from trainer.language import (
    Analysis,
    Context,
    analyse,
    answers,
    content_words,
    customer_questions,
    family,
    find_patterns,
    is_question,
    matching_pattern,
    only_now,
    points_back,
    recent_words,
)
from trainer.meaning import similarity, stated_example, tokens
from trainer.models import Scenario
from trainer.text import normalise

NEGATIVE = ("blame", "rudeness", "secrets", "dismissal", "policy_wall", "deflection", "refusal", "wrong_name")
SUBSTANCE = frozenset({"offer", "commitment", "done", "follow_up", "question", "good_news", "bad_news", "refusal", "empathy", "understanding", "policy_wall"})
PROGRESS_ACTS = ("empathy", "understanding", "exploration", "offer", "commitment", "follow_up")
HELP = frozenset({"offer", "commitment", "done", "good_news", "follow_up", "hold", "transfer"})  # acts that move things on
_OPEN_QUESTION = re.compile(r"^(?:so |and |but |okay |ok )?(?:what|when|where|who|whom|whose|which|why|how)\b")
MAX_KNOWN_ANSWERS = 3  # details a customer reels off in one breath
MAX_PIECES = 3
_ASKS_FOR = re.compile(r"^(and |so |okay |ok |first,? )?(i (will |would |just |also )?need|i would like|please (tell|give|send|confirm|read)|(can|could|may) i (take|have|get|grab)|let me (take|have|get)|tell me)\b")
_DAYS = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b")
# Words any question may hold; sharing one says nothing about being on the same topic.
_GENERIC_TOPICS = frozenset({"like", "want", "need", "get", "go", "make", "take", "thing", "something", "anything", "know", "think",
                             "tell", "say", "see", "look", "today", "#today", "usual", "really", "okay", "good", "much", "many", "time"})


@dataclass
class State:
    mood: float
    patience: float
    turn: int = 0
    revealed: list[str] = field(default_factory=list)
    goals_met: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    acts_seen: Counter = field(default_factory=Counter)
    objections: Counter = field(default_factory=Counter)
    corrections: Counter = field(default_factory=Counter)
    ignored_streak: int = 0
    replies: list[str] = field(default_factory=list)
    customer_lines: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    outcome: str | None = None
    secrets_asked: int = 0
    opened: set[str] = field(default_factory=set)  # goals the trainee has made relevant
    hints_given: list[str] = field(default_factory=list)
    said_identity: bool = False
    choice: str | None = None  # this turn's answer to an either/or question
    substantive: int = 0  # replies that did more than greet
    stalls: int = 0
    empty_warmth: int = 0  # replies in a row with kind words and nothing done, answered or offered
    pressed: Counter = field(default_factory=Counter)  # times each need was pressed for
    closable: bool = False
    answered: list[str] = field(default_factory=list)  # what they have told about themselves
    met_by: dict[str, str] = field(default_factory=dict)  # goal -> the reply that met it


@dataclass
class Beat:
    """One trainee reply as the customer takes it in: what it did, and what they will say back."""

    analysis: Analysis
    norm: str
    acts: dict[str, int]
    pieces: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)
    revealed: list = field(default_factory=list)
    newly_met: list[str] = field(default_factory=list)
    progress: bool = False
    substantive_before: int = 0
    why: dict = field(default_factory=dict)  # what matched what, for authors (``trainer try``)

    def note(self, key: str, item: dict) -> None:
        self.why.setdefault(key, []).append(item)


# A clock time said loosely, which the phrasebook's times leave out: "with you about 9", "around 7.30".
_LOOSE_CLOCK = re.compile(r"(?i)\b(?:about|around|roughly|approximately|at|by) \d{1,2}(?:[:.]\d{2})?(?:\s?(?:am|pm))?(?![\d%]|\s?(?:minutes|mins|hours|days|percent|people|items))\b")
# Words that put a time on the customer's end of the promise: when it reaches them or is ready for them.
_ARRIVAL = re.compile(r"(?i)\b(?:with you|arrive|arrives|arriving|at your door|get to you|gets to you|reach you|delivered|ready|back to you)\b[^.,;]{0,14}$")
# a clock time said on its own ("2:15"), and the words that already stand before a time ("at", "by")
_BARE_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?$|^\d{1,2}[:.]\d{2}", re.IGNORECASE)
_TIME_PREPOSITION = re.compile(r"\b(?:at|by|for|from|until|till|before|after|around|about|to|between|and|or|of)\s*$", re.IGNORECASE)
# a time of day: "2:15", "half twelve", "this afternoon" are all about when, whatever the words
_TIME_OF_DAY = re.compile(r"\b(?:\d{1,2}[:.]\d{2}|\d{1,2} ?(?:am|pm)|noon|midday|lunchtime|morning|afternoon|evening|tonight|o'clock|half (?:past )?[a-z]+|quarter (?:past|to) [a-z]+)\b")
# "which one suits you?", "either of those?": a question about the options just put to them
_POINTS_BACK = re.compile(r"^(?:(?:and|so|okay|ok|then)[, ]+)?(?:which|either|both|would (?:either|one)|what about)\b|\b(?:those|these|either|them|the two)\b")


# options laid out with their times: "the doctor at 10:40, or the nurse at 2:15", "Thursday or Friday morning"
_CHOICES = re.compile(_TIME_OF_DAY.pattern + r".*\bor\b|\bor\b.*" + _TIME_OF_DAY.pattern + r"|" + _DAYS.pattern + r".*\bor\b.*" + _DAYS.pattern)


def _topics(text: str) -> frozenset[str]:
    """A text's meaning tokens, with any time of day as one topic."""
    found = tokens(text)
    return found | {"#time-of-day"} if _TIME_OF_DAY.search(text.lower()) else found


def _with_what_it_points_to(analysis: Analysis, questions: list) -> str:
    """The questions, each read with the sentence before it when it points back to it: "I can see
    €62 at a chemist this morning. Was that you?" asks about the chemist."""
    parts = []
    for question in questions:
        norm = normalise(question.quote)
        if question.quote in analysis.sentences and points_back(norm):
            place = analysis.sentences.index(question.quote)
            if place > 0:
                parts.append(normalise(analysis.sentences[place - 1]))
        parts.append(norm)
    return " ".join(parts)


_PATTERN_WORD = re.compile(r"[a-z]{4,}")


def _time_of_the_goal(reply: str, times: list, patterns: tuple[str, ...]):
    """ "A new card by courier to your hotel in 2 to 3 working days. ... I'll ring you tomorrow at 10": the
    card's time is in the sentence that shares most words with the goal's patterns, not the last one said."""
    words = {w for p in patterns for w in _PATTERN_WORD.findall(p)}
    best, best_score = None, 0
    for sentence in re.finditer(r"[^.!?]+[.!?]*", reply):
        inside = [m for m in times if sentence.start() <= m.start() < sentence.end()]
        score = len(words & set(_PATTERN_WORD.findall(sentence.group(0).lower())))
        if inside and score > best_score:
            best, best_score = inside[0], score
    return best


def _options_asked_about(analysis: Analysis, questions: list[str]) -> list[str]:
    """The sentence before each question that points back at it ("..., or 2:15. Which suits you?")."""
    return [analysis.sentences[analysis.sentences.index(q) - 1] for q in questions
            if q in analysis.sentences[1:] and _POINTS_BACK.search(normalise(q))]


class RuleCustomer:
    name = "rules"

    def __init__(self, scenario: Scenario, seed: int = 0):
        self.scenario = scenario
        self.persona = scenario.customer
        self.rng = random.Random(f"{scenario.id}:{seed}")
        self.positive_scale, self.negative_scale, patience_scale = DIFFICULTY[scenario.difficulty]
        self.weights = TEMPERAMENT_WEIGHTS.get(self.persona.temperament, {})
        self.state = State(mood=self.persona.mood, patience=self.persona.patience * patience_scale)
        self.state.opened = {g.id for g in scenario.goals if not g.after}  # most needs are live from the first line
        self.names = tuple(dict.fromkeys([*self.persona.address_as, scenario.first_name]))
        self._why: dict = {}  # this turn's notes on what matched what
        self._fact_topics: dict[str, frozenset[str]] = {}

    # --- lines -------------------------------------------------------------

    def _lines(self, situation: str) -> list[str]:
        return self.scenario.lines.get(situation) or DEFAULT_LINES.get(situation, [])

    def _pick(self, options: list[str]) -> str | None:
        """A seeded choice that avoids repeating a line while another one fits."""
        if not options:
            return None
        fresh = [o for o in options if o not in self.state.used]
        choice = self.rng.choice(fresh or options)
        self.state.used.add(choice)
        return choice

    def _say(self, situation: str) -> str | None:
        return self._pick(self._lines(situation))

    def _reply_for(self, act: str) -> str | None:
        reaction = self.scenario.reactions.get(act)
        if reaction and reaction.reply:
            return self._pick(reaction.reply)
        line = self._pick(DEFAULT_REPLIES.get(act, []))
        return line.replace("{name}", self.scenario.first_name) if line else line

    # --- the protocol ------------------------------------------------------

    def open(self) -> CustomerTurn:
        line = self._say("opening") or "Hello."
        self.state.customer_lines.append(line)
        return CustomerTurn(line, round(self.state.mood, 3))

    def hint(self) -> str:
        """One nudge towards what the customer still needs, without giving the words away; never the same twice running."""
        hints = self._hints()
        fresh = [h for h in hints if h not in self.state.hints_given] or hints
        self.state.hints_given.append(fresh[0])
        return fresh[0]

    def _hints(self) -> list[str]:
        s = self.state
        out = []
        need = self._next_need()
        if need and need.id not in s.opened:
            out.append("They don't know what has happened yet. Tell them plainly, then offer a way forward.")
        if s.acts_seen["empathy"] + s.acts_seen["understanding"] == 0 and self.persona.mood < 0:
            out.append(f"{self.scenario.first_name} is upset. Acknowledge how this feels for them, in their terms, before you fix it.")
        for fact in self.scenario.facts:
            if fact.id not in s.revealed and fact.asked_by:
                kinds = " or ".join(k for k in fact.asked_by if k != "any")
                out.append(f"There is something you have not asked yet. Try a question about their {kinds}.")
                break
        for goal in self.scenario.goals:
            if goal.id not in s.goals_met:
                out.append(f"They still need this: {goal.text}")
        if s.acts_seen["name"] == 0:
            out.append(f"You haven't used their name yet: {self.scenario.first_name}.")
        out.append("Summarise what will happen next, and when, and check they are happy with it.")
        return out

    def respond(self, reply: str, seconds: float | None = None) -> CustomerTurn:
        """Read the reply, feel something about it, learn from it, then answer or leave."""
        s = self.state
        if s.outcome:
            return CustomerTurn("", s.mood, outcome=s.outcome, reason="conversation already ended")
        s.turn += 1
        beat = self._read(reply if isinstance(reply, str) else str(reply))
        self._why = beat.why
        if not beat.norm.strip(" .?!,"):
            s.patience -= 1
            self._mood(-0.05)
            s.ignored_streak += 1
            return self._finish(beat.analysis, [self._say("silence") or "Hello?"], [], [], "silence")
        mood_before = s.mood
        beat.why["mood_before"] = round(mood_before, 3)
        self._feel_reply(beat)
        self._scenario_reactions(beat)
        self._first_reaction(beat)
        self._learn(beat)
        self._warmth_without_help(beat, mood_before)
        if mood_before - s.mood > 0.4 and beat.acts.get("rudeness", 0) < 2:
            s.mood = mood_before - 0.4  # one bad line hurts, but only outright abuse ends things at once
        self._attention(beat)
        self._patience(beat, seconds)
        s.closable = beat.substantive_before > 0  # a conversation cannot end before anything was said
        turn = self._finish(beat.analysis, beat.pieces, [f.id for f in beat.revealed], beat.newly_met, ",".join(beat.reasons), acts=beat.acts)
        acts = [{"act": a.name, "strength": a.strength, **({"kind": a.kind} if a.kind else {}), "quote": a.quote} for a in beat.analysis.acts]
        turn.why = {"acts": acts, **beat.why, "reasons": list(beat.reasons), "patience": round(s.patience, 2)}
        return turn

    # --- the steps of a turn ---------------------------------------------------

    def _read(self, reply: str) -> Beat:
        s = self.state
        context = Context(
            names=self.names,
            entities=tuple(self.scenario.entities),
            customer_words=recent_words(s.customer_lines),
            last_customer_line=s.customer_lines[-1] if s.customer_lines else "",
        )
        analysis = analyse(reply[:5000], context)
        return Beat(analysis=analysis, norm=normalise(reply), acts=self._acts_by_strength(analysis))

    def _feel_reply(self, beat: Beat) -> None:
        """What the reply's acts do to the mood: warmth with diminishing returns, stalling and repeats cost."""
        s, acts = self.state, beat.acts
        repeated = self._is_repeat(beat.norm)
        s.replies.append(beat.norm)
        beat.substantive_before = s.substantive
        if set(acts) & SUBSTANCE:
            s.substantive += 1
        for act, strength in acts.items():
            if act == "exploration" and strength < 2:
                continue  # a question that goes nowhere near them earns nothing by itself
            self._feel(act, strength)
        if "stalling" in acts and not set(acts) & {"offer", "commitment", "done", "good_news"}:
            s.stalls += 1
            self._mood(-0.05 * s.stalls * self.negative_scale)  # each "one moment" costs more than the last
        if repeated:
            self._mood(-0.1 * self.negative_scale)
            s.patience -= 1
            beat.reasons.append("repeated")
        if self._is_stuffing(beat.analysis):
            self._mood(-0.08)
            beat.reasons.append("stuffing")
        beat.negative = [a for a in NEGATIVE if a in acts and a != "refusal"]
        for act in beat.negative:
            line = self._reply_for(act)
            if line:
                beat.pieces.append(line)
                break
        if "secrets" in acts:
            s.secrets_asked += 1

    def _scenario_reactions(self, beat: Beat) -> None:
        """The scenario's own objections, and wrong statements of its policy."""
        s, norm, pieces = self.state, beat.norm, beat.pieces
        for objection in self.scenario.objections:
            if find_patterns(tuple(objection.when), norm) and not (objection.unless and find_patterns(tuple(objection.unless), norm)):
                beat.note("objections", {"id": objection.id, "pattern": matching_pattern(objection.when, norm), "mood": objection.mood})
                first = s.objections[objection.id] == 0
                s.objections[objection.id] += 1
                self._mood(objection.mood * self.negative_scale * (1.0 if first else 0.5))
                if first and len(pieces) < MAX_PIECES:
                    pieces.append(self._pick(objection.reply))
        for item in self.scenario.policy:
            if item.wrong and find_patterns(tuple(item.wrong), norm):  # a wrong statement is wrong, however right its first words
                beat.note("corrections", {"policy": item.id, "pattern": matching_pattern(item.wrong, norm)})
                s.corrections[item.id] += 1
                self._mood(-0.12 * self.negative_scale)
                if s.corrections[item.id] == 1 and len(pieces) < MAX_PIECES:
                    pieces.append(self._pick(item.correction) or self._say("correction"))

    def _first_reaction(self, beat: Beat) -> None:
        """Bad news meets disappointment; warmth is acknowledged once it is earned; off-topic tries a hurried customer."""
        s, acts, pieces = self.state, beat.acts, beat.pieces
        if "bad_news" in acts and not beat.negative:
            self._mood(-0.04 * self.negative_scale)
            if not pieces:
                pieces.append(self._say("bad_news"))
        elif not beat.negative and not pieces and "empathy" in acts and s.acts_seen["empathy"] == 1 and self.weights.get("empathy", 1.0) >= 0.8:
            line = self._reply_for("empathy")
            if line:
                pieces.append(line)
                beat.progress = True
        elif "name" in acts and s.acts_seen["name"] == 1 and "name" in self.scenario.reactions:
            line = self._reply_for("name")  # a scenario can have the customer notice being remembered
            if line:
                pieces.append(line)
        if (self.persona.max_words and "question" in acts and "closing" not in acts  # "anything else?" goes somewhere: to the end
                and not self._relevant(beat.analysis, beat.norm) and not self._personal(beat.analysis)):
            pieces.append(self._say("off_topic"))  # someone in a hurry has no time for questions that go nowhere
            s.patience -= 1

    def _learn(self, beat: Beat) -> None:
        """Hidden facts asked for, and needs or extras met at last."""
        s, norm, analysis = self.state, beat.norm, beat.analysis
        beat.revealed = self._reveal(analysis, beat)
        for fact in beat.revealed:
            if len(beat.pieces) < MAX_PIECES:
                beat.pieces.append(self._pick(fact.reveal))
            beat.progress = True
        s.choice = self._choose(analysis)
        for goal in self.scenario.goals:
            if not goal.after or find_patterns(tuple(goal.after), norm):
                if goal.id not in s.opened and goal.after:
                    beat.note("opened", {"goal": goal.id, "pattern": matching_pattern(goal.after, norm)})
                s.opened.add(goal.id)
        for goal in self.scenario.goals:
            if goal.id not in s.goals_met and (how := self._how_met(analysis, norm, goal.met_by, goal.examples)):
                beat.note("goals_met", {"goal": goal.id, **how})
                s.goals_met.append(goal.id)
                s.met_by[goal.id] = norm
                beat.newly_met.append(goal.id)
                self._mood(0.15 * self.positive_scale)
                beat.progress = True
        for extra in self.scenario.extras:
            if extra.id not in s.extras and (how := self._how_met(analysis, norm, extra.met_by, extra.examples)):
                beat.note("extras", {"extra": extra.id, **how})
                s.extras.append(extra.id)
                self._mood(0.1 * self.positive_scale)
                beat.progress = True
        acts = beat.acts
        if any(a in acts for a in PROGRESS_ACTS) and s.acts_seen.get(next(a for a in PROGRESS_ACTS if a in acts), 0) <= 2:
            beat.progress = True

    def _warmth_without_help(self, beat: Beat, mood_before: float) -> None:
        """Kind words are not help. Bad news with only an apology still disappoints; sympathy again
        and again, with nothing done, answered or offered, wears thin and then grates."""
        s, acts = self.state, set(beat.acts)
        helped = bool(beat.newly_met or beat.revealed) or bool(acts & HELP) or ("question" in acts and "exploration" not in acts)
        last = customer_questions(s.customer_lines[-1]) if s.customer_lines else []
        helped = helped or any(answers(q, kinds, beat.analysis) for q, kinds in last)
        if "bad_news" in acts and not helped:
            s.mood = min(s.mood, mood_before - 0.02 * self.negative_scale)
        soft = acts & {"apology", "empathy", "understanding", "exploration", "thanks", "politeness"}
        if soft and not helped and beat.substantive_before > 0:
            s.empty_warmth += 1
            if s.empty_warmth >= 2:
                s.mood = min(s.mood, mood_before) - 0.05 * (s.empty_warmth - 1) * self.negative_scale
                beat.progress = False
                beat.reasons.append("empty")
        elif helped:
            s.empty_warmth = 0

    def _attention(self, beat: Beat) -> None:
        """Was the customer's question taken up, or talked past? Were they asked again for what they gave?"""
        s, acts, analysis = self.state, beat.acts, beat.analysis
        last_questions = customer_questions(s.customer_lines[-1]) if s.customer_lines else []
        took_up = bool(beat.newly_met or beat.revealed)
        if last_questions and not took_up:  # sympathy does not answer a question
            took_up = any(answers(q, kinds, analysis) for q, kinds in last_questions)
        elif not last_questions:
            took_up = took_up or bool({"empathy", "understanding", "exploration"} & set(acts))
            took_up = took_up or beat.progress or "offer" in acts or "commitment" in acts or "question" in acts
        if not took_up and beat.substantive_before == 0 and not set(acts) & SUBSTANCE and {"greeting", "name", "thanks"} & set(acts):
            took_up = True  # a hello is not ignoring anyone: they will say what they need
        if not took_up and not s.said_identity and any(a.name == "question" and "identity" in a.kind.split(",") for a in analysis.acts):
            took_up = True  # checking who they are, the first time, is the first step of helping, not talking past them
        if took_up and not beat.negative:
            s.ignored_streak = 0
        else:
            s.ignored_streak += 1
            self._mood(-0.04 * s.ignored_streak * self.negative_scale)
            beat.reasons.append("ignored")
        if self._asked_again(analysis, beat.revealed):
            self._mood(-0.08 * self.negative_scale)
            beat.reasons.append("asked_again")

    def _patience(self, beat: Beat, seconds: float | None) -> None:
        """Turns that go nowhere, slow replies and speeches to a hurried customer use up patience."""
        s = self.state
        if not beat.progress:
            s.patience -= 1 if s.mood < 0.3 else 0.5  # a content customer waits longer
        if seconds is not None and seconds > self.persona.slow_seconds:
            s.patience -= 1 if seconds < 3 * self.persona.slow_seconds else 2
            self._mood(-0.05 * self.negative_scale)
            beat.reasons.append("slow")
        if self.persona.max_words and beat.analysis.word_count > self.persona.max_words:
            over = beat.analysis.word_count / self.persona.max_words
            s.patience -= 1 if over < 2 else 2
            self._mood(-0.06 * min(over, 3))
            beat.reasons.append("long")

    # --- helpers -------------------------------------------------------------

    def _fill(self, line: str | None, about: str | None = None) -> str | None:
        """Lines may say ``{when}`` or ``{when:GOAL}``: the time the trainee gave, in their own words
        (from the reply that met that goal), so the customer repeats what was promised."""
        if not line or "{when" not in line:
            return line

        def time_in(replies: list[str], patterns: tuple[str, ...] = ()) -> str | None:
            for reply in reversed(replies):
                times = [m for m in family("TIME").finditer(reply) if m.end() > m.start()]
                times += [m for m in _LOOSE_CLOCK.finditer(reply) if not any(t.start() <= m.start() < t.end() for t in times)]
                times.sort(key=lambda m: m.start())
                lasting = [m for m in times if not only_now(m.group(0))] or times
                if not lasting:
                    continue
                # the time the promise ends on: the one said with its arrival ("with you about 9, collected at 8.45"), else the last
                arriving = [m for m in lasting if _ARRIVAL.search(reply[max(0, m.start() - 30):m.start()])]
                chosen = (arriving or lasting)[-1]
                where = find_patterns(patterns, reply) if patterns else None
                if where:  # "refund done - back within 3 days, and I'll email you in a few minutes": the refund's time
                    chosen = next((m for m in lasting if m.start() >= where.start()), chosen)
                elif patterns:  # no pattern whole in one clause: the time in the sentence that talks most about the goal
                    chosen = _time_of_the_goal(reply, lasting, patterns) or chosen
                return _DAYS.sub(lambda d: d.group(0).capitalize(), chosen.group(0).strip())
            return None

        def fill(match: re.Match[str]) -> str:
            goal = match.group(1) or about  # a goal's own acknowledgement speaks of that goal's time
            replies = [self.state.met_by[goal]] if goal and goal in self.state.met_by else self.state.replies
            patterns = next((tuple(g.met_by) for g in self.scenario.goals if g.id == goal), ())
            when = time_in(replies, patterns) or "then"
            at_start = match.start() == 0 or line[: match.start()].rstrip().endswith((".", "!", "?"))
            before = line[: match.start()]
            if _BARE_CLOCK.match(when) and re.search(r"[a-z]\s*$", before) and not _TIME_PREPOSITION.search(before):
                when = "at " + when  # "I'll bring him in {when}" with "2:15" reads "in at 2:15", not "in 2:15"
            return when[0].upper() + when[1:] if at_start else when

        return re.sub(r"\{when(?::([a-z0-9-]+))?\}", fill, line)

    def _press(self, need, analysis: Analysis | None = None) -> str:
        """Ask for an unmet need; once the author's wordings are used up, ask more firmly. A reply
        that answers what was just asked for it ("I'd go for the pan") without meeting it is not
        asked the same again: the customer says it is not quite it, and asks what the reply left open."""
        asks, said = need.ask, self.state.customer_lines[-1] if self.state.customer_lines else ""
        # only a reply that put something forward can be "not quite it": a question back about what they need is not
        put_forward = analysis is not None and bool(analysis.names() & {"offer", "commitment", "done", "good_news", "bad_news", "refusal"})
        if put_forward and any(line in said and self._answered_by(line, analysis) for line in asks):
            lead = self._say("not_quite") or ""
            open_asks = [line for line in asks if line not in said and not self._answered_by(line, analysis)]
            return f"{lead} {self._pick(open_asks)}".strip() if open_asks else lead
        fresh = [line for line in asks if line not in self.state.used]
        line = self._pick(asks)
        if fresh:
            return line
        return self._escalated(line, self.state.pressed[need.id])

    @staticmethod
    def _offered(analysis: Analysis) -> bool:
        """A question that is itself an offer ("Shall I wrap it?"), or one that asks them to choose
        between the options just put to them ("..., or 2:15 with the nurse. Which suits you?")."""
        asked = [a.quote for a in analysis.acts if a.name == "question"]
        offers = {a.quote for a in analysis.acts if a.name == "offer"}
        options = offers | {a.quote for a in analysis.acts if a.name == "commitment"}
        before = _options_asked_about(analysis, asked)
        return bool(offers.intersection(asked)) or any(b in options or _CHOICES.search(normalise(b)) for b in before)

    @staticmethod
    def _answered_by(line: str, analysis: Analysis) -> bool:
        return any(answers(question, kinds, analysis) for question, kinds in customer_questions(line))

    def _escalated(self, line: str, times: int) -> str:
        lead = self._lines("press_again") or ["I'll ask again:"]
        prefix = lead[min(max(times - 2, 0), len(lead) - 1)]
        return f"{prefix} {line[0].lower() + line[1:] if line[:2] != 'I ' else line}"

    def _unrepeated(self, text: str) -> str:
        """The customer never says exactly the same thing twice in a session."""
        said = self.state.customer_lines
        if text not in said:
            return text
        for prefix in self._lines("press_again") or ["I'll ask again:"]:
            candidate = f"{prefix} {text[0].lower() + text[1:] if text[:2] != 'I ' else text}"
            if candidate not in said:
                return candidate
        return f"{text} ({sum(1 for line in said if text in line) + 1} times now.)"

    def _how_met(self, analysis: Analysis, norm: str, patterns: list[str], examples: list[str]) -> dict | None:
        """Which pattern or example a reply states, or None: the customer's reason, kept for authors."""
        pattern = matching_pattern(patterns, norm) if patterns else None
        if pattern:
            return {"by": "pattern", "match": pattern}
        stated = self._stated(analysis, examples)
        return {"by": "example", "match": stated[1], "sentence": stated[0]} if stated else None

    def _states(self, analysis: Analysis, examples: list[str], questions: bool = False) -> bool:
        """Does a sentence of the reply (a question, if asked for) mean one of the examples, unnegated?"""
        return self._stated(analysis, examples, questions) is not None

    def _stated(self, analysis: Analysis, examples: list[str], questions: bool = False) -> tuple[str, str] | None:
        """The (sentence, example) pair where the reply means one of the examples, unnegated."""
        if not examples:
            return None
        # "Which card? Just the last 4 digits." asks in two sentences: a question read with the sentence after it
        sentences = analysis.sentences
        pairs = [f"{a} {b}" for a, b in pairwise(sentences) if is_question(a, normalise(a))]
        for sentence in [*sentences, *pairs]:
            if questions and not (is_question(sentence, normalise(sentence)) or _ASKS_FOR.match(normalise(sentence))):
                continue  # "I'll need your name and date of birth" asks as surely as a question
            example = stated_example(sentence, tuple(examples))
            if example:
                return sentence, example
        return None

    def _known_answer(self, analysis: Analysis) -> str | None:
        """What the persona knows about themselves, when a question asks for it."""
        s = self.state
        ranked = []  # the item whose question this is most like answers it: "best number to reach you" is contact, not location
        for order, item in enumerate(self.persona.knows):
            pattern = next((p for a in analysis.acts if a.name == "question" and item.asked_by for p in [matching_pattern(item.asked_by, normalise(a.quote))] if p), None)
            stated = None if pattern else self._stated(analysis, item.examples, questions=True)
            if pattern or stated:
                closeness = 0.9 if pattern else similarity(stated[0], stated[1])  # its own question word for word beats a loose pattern
                ranked.append((-closeness, order, item, pattern, stated))
        ranked.sort(key=lambda r: (r[0], r[1]))
        # "your full name, DOB and the mobile number?" asks three things: each gets its answer, in the card's order
        chosen = sorted(ranked[:MAX_KNOWN_ANSWERS], key=lambda r: r[1])
        lines = []
        for _, _, item, pattern, stated in chosen:
            self._why.setdefault("answered", []).append(
                {"knows": item.id, "by": "pattern", "match": pattern} if pattern else {"knows": item.id, "by": "example", "match": stated[1], "sentence": stated[0]}
            )
            line = self._pick(item.answer)
            if item.id in s.answered:
                line = f"Like I said, {line[0].lower() + line[1:] if line[:2] != 'I ' else line}"
            else:
                s.answered.append(item.id)
            lines.append(line)
        return " ".join(lines) or None

    def _their_words_back(self, analysis: Analysis) -> bool:
        """A yes-or-no question that only says back what they told us ("Large oat flat white, as usual?") wants a yes."""
        told = set().union(*(content_words(line) for line in self.state.customer_lines)) if self.state.customer_lines else set()
        for act in analysis.acts:
            if act.name == "question" and not _OPEN_QUESTION.match(normalise(act.quote)):
                asked = content_words(act.quote)
                if len(asked) >= 2 and len(asked & told) >= 0.6 * len(asked):
                    return True
        return False

    def _unsure(self, analysis: Analysis) -> str | None:
        """A question the customer cannot answer gets an answer that fits the question."""
        question = next((normalise(a.quote) for a in analysis.acts if a.name == "question"), "")
        if find_patterns(("how are (you|things|you doing|you keeping)", "how (is|has) your (day|morning|week)"), question):
            return self._say("how_are_you")
        for lead, situation in (
            ("(when|what time|what day|how long|how soon)", "unsure_when"),
            ("where", "unsure_where"),
            ("(who|whom|whose)", "unsure_who"),
            ("how (many|much|often)", "unsure_amount"),
            ("(is|are|was|were|do|does|did|have|has|can|could|will|would)", "unsure_yes_no"),
        ):
            if find_patterns((f"^(so |and |but |okay |ok )?{lead}",), question):
                return self._say(situation)
        return self._say("unsure")

    def _personal(self, analysis: Analysis) -> bool:
        return any(a.name == "question" and "personal" in a.kind.split(",") for a in analysis.acts)

    def _asked_again(self, analysis: Analysis, revealed_now: list) -> bool:
        """Asked for something already given: the order number twice, or a fact already told."""
        kinds = {k for a in analysis.acts if a.name == "question" for k in a.kind.split(",")} - {"any"}
        if not kinds or revealed_now:
            return False
        if "identity" in kinds and self.state.said_identity:
            return True
        return any(set(f.asked_by) & kinds for f in self.scenario.facts if f.id in self.state.revealed)

    def _acts_by_strength(self, analysis: Analysis) -> dict[str, int]:
        acts: dict[str, int] = {}
        for act in analysis.acts:
            acts[act.name] = max(acts.get(act.name, 0), act.strength)
        return acts

    def _mood(self, delta: float) -> None:
        self.state.mood = max(-1.0, min(1.0, self.state.mood + delta))

    def _feel(self, act: str, strength: int) -> None:
        s = self.state
        reaction = self.scenario.reactions.get(act)
        base = reaction.mood if reaction and reaction.mood else DEFAULT_MOOD.get(act, 0.0)
        if act == "policy_wall" and strength == 1:
            base *= 0.4
        if act == "rudeness" and strength == 1:
            base *= 0.4
        weight = self.weights.get(act, 1.0)
        if base > 0:
            weight *= self.weights.get("_positive", 1.0) * self.positive_scale
            weight *= 0.5 ** s.acts_seen[act]  # the fifth "sorry" is worth nothing
            weight *= 1.0 if strength >= 2 else 0.5
        else:
            weight *= self.weights.get("_negative", 1.0) * self.negative_scale
        s.acts_seen[act] += 1
        self._mood(base * weight)

    def _is_repeat(self, norm: str) -> bool:
        words = set(re.findall(r"\w+", norm))
        for earlier in self.state.replies[-4:]:
            if earlier == norm:
                return True
            other = set(re.findall(r"\w+", earlier))
            if len(words) >= 4 and other and len(words & other) / len(words | other) > 0.8:
                return True
        return False

    def _is_stuffing(self, analysis: Analysis) -> bool:
        """Sympathy phrases piled up with nothing behind them."""
        soft = {a.quote for a in analysis.acts if a.name in ("apology", "empathy", "understanding")}  # sentences, not acts
        substance = any(a.name in ("offer", "commitment", "question", "follow_up", "done") for a in analysis.acts)
        return len(soft) >= 3 and not substance and len(soft) >= len(analysis.sentences)

    def _reveal(self, analysis: Analysis, beat: Beat) -> list:
        s = self.state
        out = []
        questions = [a for a in analysis.acts if a.name == "question"]
        if not questions or analysis.names() & {"blame", "rudeness", "dismissal", "secrets"}:
            return out  # nobody confides in someone who has just accused or insulted them
        kinds = {k for q in questions for k in q.kind.split(",")} - {"any"}
        question_text = _with_what_it_points_to(analysis, questions)
        hidden = [f for f in self.scenario.facts if f.id not in s.revealed]
        # a question about this very thing first, then one of the kind that reveals it; one at a time
        how: dict[str, dict] = {}
        for f in hidden:
            if f.cues and (pattern := matching_pattern(f.cues, question_text)):
                how[f.id] = {"by": "cue", "match": pattern}
            elif stated := self._stated(analysis, f.examples, questions=True):
                how[f.id] = {"by": "example", "match": stated[1], "sentence": stated[0]}
        cued = [f for f in hidden if f.id in how]
        # a question of the right kind reveals a fact only when it is about the same things:
        # "would you like a bag?" asks a preference, but not about how he likes his coffee
        # "..., or 2:15. Which suits you?" asks their preference about the options before it
        options = " ".join(map(normalise, _options_asked_about(analysis, [q.quote for q in questions]))) if "preference" in kinds else ""
        kind = [f for f in hidden if "any" in f.asked_by or set(f.asked_by) & kinds and self._on_topic(question_text, f)
                or options and "preference" in f.asked_by and self._on_topic(options, f)]
        for fact in (cued or kind)[:1]:
            beat.note("revealed", {"fact": fact.id, **how.get(fact.id, {"by": "question kind", "match": ", ".join(sorted(set(fact.asked_by) & (kinds | {"any"})))})})
            s.revealed.append(fact.id)
            self._mood(0.03)
            out.append(fact)
        return out

    def _on_topic(self, question: str, fact) -> bool:
        """Does a question share a meaningful word or idea with a fact (its text, examples or wording)?"""
        about = self._fact_topics.get(fact.id)
        if about is None:
            about = frozenset().union(*(_topics(t) for t in [fact.text, *fact.examples, *fact.reveal])) - _GENERIC_TOPICS
            self._fact_topics[fact.id] = about
        return bool(_topics(question) & about)

    def _relevant(self, analysis: Analysis, norm: str) -> bool:
        """Does the reply touch the customer's situation at all (their things, needs, facts or policy)?"""
        if analysis.specific or any(a.name == "exploration" and a.strength == 2 for a in analysis.acts):
            return True
        patterns = [p for g in self.scenario.goals for p in [*g.met_by, *g.after]]
        patterns += [p for f in self.scenario.facts for p in f.cues] + [p for i in self.scenario.policy for p in i.right]
        return bool(find_patterns(tuple(patterns), norm))

    def _choose(self, analysis: Analysis) -> str | None:
        """An answer to "X or Y?": the option that serves what they need, else the first."""
        for act in analysis.acts:
            if act.name != "question":
                continue
            match = re.search(r"([\w' -]{2,60}?)\s+or\s+([\w' -]{2,60}?)\s*\?", act.quote, re.IGNORECASE)
            if not match:
                continue
            options = [o.strip(" -") for o in match.groups()]
            options[0] = re.split(r"\b(?:like|prefer|want|have|take|is it|would you|do you|shall i|should i|a|the)\b", options[0], flags=re.I)[-1].strip() or options[0]
            for option in options:
                for goal in self.scenario.goals:
                    said = [normalise(f"{lead}{option}") for lead in ("", "a ", "the ", "you can have the ")]
                    if goal.id not in self.state.goals_met and any(find_patterns(tuple(goal.met_by), n) for n in said):
                        mine = re.sub(r"\b(your|yours)\b", lambda m: "my" if m.group(1) == "your" else "mine", option, flags=re.I)
                        return f"{mine[0].upper() + mine[1:]}, please."
            return None
        return None

    def _already_told(self, kinds: set[str]):
        """Asked again for something already said: say it again, a little shorter on patience."""
        for fact in self.scenario.facts:
            if fact.id in self.state.revealed and set(fact.asked_by) & kinds:
                return "Like I said - " + self._pick(fact.reveal)
        return None

    def _next_need(self):
        """The first unmet goal in the resolution closest to being met."""
        met = set(self.state.goals_met)
        best = min(self.scenario.resolution.needs, key=lambda needs: len(set(needs) - met))
        for goal_id in best:
            if goal_id not in met:
                return next(g for g in self.scenario.goals if g.id == goal_id)
        return None

    def _band(self) -> str:
        mood = self.state.mood
        return "cold" if mood < -0.3 else "warm" if mood > 0.3 else "neutral"

    def _finish(self, analysis, pieces, revealed, newly_met, reason, acts=None) -> CustomerTurn:
        s = self.state
        acts = acts or {}
        outcome = None
        trainee_closed = "closing" in acts and not {"offer", "commitment", "question"} & set(acts) and s.closable
        met = set(s.goals_met)
        resolved = any(set(needs) <= met for needs in self.scenario.resolution.needs)

        if acts.get("rudeness", 0) >= 2 or s.secrets_asked >= 2 or s.mood <= -0.95:
            outcome, why = "abandoned", "the customer was pushed too far"
        elif s.ignored_streak >= 3:
            outcome, why = "abandoned", "the customer felt ignored"
        elif s.patience <= 0 and s.mood < 0.2:
            outcome, why = "abandoned", "the customer ran out of patience"
        elif resolved and s.mood >= self.scenario.resolution.min_mood:
            outcome, why = "resolved", "the customer's needs were met"
        elif trainee_closed:
            outcome, why = "unfinished", "the trainee closed the conversation"
        elif s.turn >= self.scenario.max_turns:
            outcome, why = "unfinished", "the turn limit was reached"

        if outcome == "abandoned":
            pieces = pieces[:1] + [self._say("abandon")]
        elif outcome == "resolved":
            pieces = pieces[:1] if pieces and revealed else []
            if s.choice:
                pieces = [s.choice]
            pieces.append(self._fill(self._pick(self.scenario.resolution.accept)))
        elif outcome == "unfinished":
            pieces.append(self._say("goodbye_unresolved"))
        else:
            pieces = self._ongoing(pieces, newly_met, resolved, reason, analysis, acts, revealed)

        s.outcome = outcome
        text = self._unrepeated(" ".join(p for p in pieces if p).strip() or "...")
        s.customer_lines.append(text)
        return CustomerTurn(
            text=text,
            mood=round(s.mood, 3),
            acts=sorted({a.name for a in analysis.acts}),
            revealed=list(revealed),
            goals_met=list(newly_met),
            outcome=outcome,
            reason=why if outcome else reason,
        )

    def _ongoing(self, pieces, newly_met, resolved, reason, analysis, acts=None, revealed=()) -> list[str]:
        """Keep the conversation going: react, then press for what is still missing."""
        s = self.state
        if "repeated" in reason and not pieces:
            pieces.append(self._say("repeated"))
        elif "long" in reason and len(pieces) < MAX_PIECES:
            pieces.append(self._say("long_reply"))
        elif "slow" in reason and not pieces:
            pieces.append(self._say("slow_reply"))
        if "ignored" in reason and s.ignored_streak >= 1 and not pieces:
            pieces.append(self._say("ignored"))
        for goal_id in newly_met[:1]:
            goal = next(g for g in self.scenario.goals if g.id == goal_id)
            if goal.acknowledge and len(pieces) < MAX_PIECES - 1:
                pieces.append(self._fill(self._pick(goal.acknowledge), goal.id))
        if resolved:  # everything offered, but not yet won over
            pieces.append(self._say("hesitant"))
            return pieces
        if s.extras and s.extras[-1] and not pieces and newly_met == [] and reason == "":
            pieces.append(self._say("extra"))
        need = self._next_need()
        asking = any(p and p.rstrip().endswith("?") for p in pieces)
        if "question" in (acts or {}) or any(_ASKS_FOR.match(normalise(x)) for x in analysis.sentences):
            kinds = {k for a in analysis.acts if a.name == "question" for k in a.kind.split(",")}
            generic = any(a.name == "exploration" and a.kind == "generic" for a in analysis.acts)
            choice = s.choice
            known = self._known_answer(analysis)
            if known:
                pieces.insert(0, known)  # a question about themselves gets a straight answer
            elif "identity" in kinds and not s.said_identity:  # answer "can I take your order number?" first
                s.said_identity = True
                pieces.insert(0, self._say("identity"))
            elif choice:
                return [choice]  # they asked for exactly this; no need to press for it
            elif self._offered(analysis):
                if not pieces:  # "Would you like it gift-wrapped?" wants a yes, not facts about the customer
                    pieces.append(self._say("offer_taken" if s.mood > -0.3 else "hesitant"))
                elif revealed:
                    return pieces  # asked about what is on offer, they answered: pressing for it again ignores the offer
            elif not pieces and not generic and ("exploration" in acts or "personal" in kinds):
                repeat = self._already_told(kinds)
                pieces.append(repeat or (self._say("confirm") if self._their_words_back(analysis) else self._unsure(analysis)))
        if need and need.id not in s.opened and not pieces:
            pieces.append(self._say("waiting"))
            return pieces
        if need and not asking and len(pieces) < MAX_PIECES and need.id in s.opened:
            if not pieces:
                band_line = self._say(self._band()) if s.mood < -0.3 or self.rng.random() < 0.35 else None
                if band_line:
                    pieces.append(band_line)
            s.pressed[need.id] += 1
            # something else was just met or thanked for: "not quite it" would take the thanks back
            thanked = newly_met or (s.extras and s.extras[-1])
            pieces.append(self._press(need, None if thanked else analysis))
        if not pieces:
            pieces.append(self._say("nothing_new"))
        return pieces

