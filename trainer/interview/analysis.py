"""Read an interview answer sentence by sentence: what each sentence does, and where the story is.

Everything found keeps the exact sentence it came from, so feedback can quote the
candidate. Content is matched on text with filler words removed, so "I, um, called
her back" still counts as calling her back, while the fillers count against delivery.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from trainer.interview.phrases import PHRASES as P
from trainer.patterns import union
from trainer.text import NEGATORS, name_regex, normalise, sentences, verb_lemma

SERVICE = re.compile(
    r"\b(?:customers?|clients?|callers?|guests?|shoppers?|patrons?|patients?|members?|service|served|serving|help(?:ed|ing)?|"
    r"support(?:ed|ing)?|complain\w*|refunds?|returns?|exchanges?|orders?|deliver\w*|bookings?|reservations?|accounts?|bills?|"
    r"stores?|shops?|branch(?:es)?|counter|shelf|shelves|stock|garden cent(?:re|er)|pharmacy|surgery|clinic|ward|gym|library|till|call centre|call center|calls?|called|phone\w*|emails?|chats?|tickets?|managers?|"
    r"colleagues?|team|role|job|shift|products?|problems?|issues?|queue|policy|policies|receptionist|sales?|work(?:ed|ing)?|"
    r"restaurant|caf[eé]|kitchen|hotel|bar|pub|salon|desk|reception|checkout|menu|waiter|waitress|barista|cashier|agent|"
    r"airline|bank|provider|engineer|technician|appointment|warranty|purchase|bought|paid|payment)\b"
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_CLAUSE_SPLIT = re.compile(r"[;,]\s+(?=(?:and|so|but|then|because|which|after|when)\b)|;\s+|\s+-\s+")
# Spoken answers typed without punctuation: break before a new clause with its own subject.
_RUN_ON_SPLIT = re.compile(r"\s+(?=(?:and|so|but|then|because|honestly|like|and then|and yeah)\s+(?:i|we|she|he|they|one time|yeah)\b)")
_HYPOTHETICAL = [
    "^(if|whenever|say|let us say|imagine)",
    "(i|we|you|one) (would|will|should|could|might|need to|have to|must|tend to|try to|usually|normally|generally|always)",
    "^(i|we) (make sure|like to|aim to)",
]
_EXPERIENCE_CLAIM = "(i|we) have (always )?(worked|helped|dealt|handled|served|spoken|talked|had|been) ... (customers|clients|people|years|jobs|roles|situations|calls)"
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of"
    "|a couple of|half an|an|one"
)
_SPECIFIC_RES = [
    re.compile(r"[£$€]\s?\d[\d,.]*|\b\d[\d,.:]*\s*(?:%|percent|am|pm|a\.m\.|p\.m\.|minutes?|hours?|days?|weeks?|months?|years?|mins?|hrs?)?", re.I),
    re.compile(
        rf"\b(?:{_NUMBER_WORDS})\s+(?:minutes?|hours?|days?|weeks?|months?|years?|calls?|customers?|items?|boxes|orders?|people|times|pounds|dollars|euros|miles|emails|tickets|shifts|bags|parcels)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|"
        r"october|november|december|christmas|christmas eve|easter|black friday|boxing day|new year's eve|thanksgiving|halloween)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:(?:her|his|their)\s+(?:daughter|son|husband|wife|partner|mum|mom|mother|dad|father|grandson|granddaughter|grandmother|"
        r"grandfather|nan|kids|children|baby|wedding|birthday|anniversary|party|flight|dog|cat)|"
        r"(?:an?|one)\s+(?:elderly|older|young|regular|new|first-time|long-time|loyal|pregnant|blind|deaf|disabled)\s+"
        r"(?:customer|woman|man|lady|gentleman|couple|client|caller|guest|mum|mom|dad|student|patient|member))\b",
        re.I,
    ),
    re.compile(
        r"\b(?:(?:first|second|third|fourth|fifth|last)\s+(?!time\b|thing\b)[a-z]+|(?:the\s+)?(?:next|following|same)\s+(?:morning|afternoon|evening|day|week|weekend)"
        r"|(?:that|this)\s+(?:month|week|morning|afternoon|evening)|in\s+(?:high school|college|university|sixth form)"
        r"|(?:leaking|broken|faulty|cracked|missing|damaged|wrong|lost|late|cancelled|canceled|duplicate)\s+(?!(?:at|in|on|to|for|and|or|but|the|a|an|with|by|of|from|it|that|this|so|because|again)\b)[a-z]+"
        r"|(?:hardware|phone|clothes|coffee|department|grocery|pet|shoe|book|toy|charity|furniture|electronics)\s+(?:store|shop))\b",
        re.I,
    ),
    re.compile(
        r"\b(?:laptop|router|modem|cake|parcel|package|prescription|wedding dress|dress|suit|flight|sofa|fridge|freezer|washing machine|"
        r"boiler|printer|tablet|broadband|wifi|wi-fi|invoice|voucher|gift card|receipt|order number|tracking number|booking|reservation|"
        r"pair of \w+|shoes|jacket|coat|ring|watch|glasses|medication|insurance|subscription|contract|mortgage|birthday present|"
        r"present|gift|phone bill|bill|sim card|card reader|car seat|pram|buggy|bike|car|van|table for \w+)\b",
        re.I,
    ),
]
_CAPITALISED = re.compile(r"(?<![.!?:\"'(]\s)(?<!^)\b([A-Z][a-zA-Z]+|[a-z]+[A-Z][A-Za-z]*)\b")
_NOT_NAMES = frozenset({"I", "I'm", "I'd", "I've", "I'll", "OK", "Okay", "Mr", "Mrs", "Ms", "Dr", "The", "And", "But", "So"})

# Customers the candidate names: "Mr and Mrs Dale", "an older gentleman, Mr Patel", "a regular called Joan".
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Madam)\.?"
_PERSON_NOUN = (
    r"(?:customers?|clients?|guests?|regulars?|patients?|callers?|lady|woman|man|gentleman|gent|shopper|passenger|diner|visitor|"
    r"tenant|resident|member|girl|boy|guy|mum|mom|dad|student|couple|family|grandmother|grandfather|grandma|grandad|pensioner|traveller|traveler)"
)
_SERVER_NOUN = re.compile(
    r"\b(?:colleague|co-?worker|manager|supervisor|boss|team ?mate|team leader|waiter|waitress|barista|chef|cook|cashier|agent|assistant|"
    r"trainee|starter|new hire|friend|brother|sister|cousin|flatmate|roommate|player|driver|engineer|technician|nurse|doctor|pharmacist|rep|representative)\b",
    re.I,
)
_SERVED_BY = re.compile(_SERVER_NOUN.pattern + r"\s*,?\s*(?:(?:was|is|called|named)\s+)?$", re.I)
_NAMED_CUSTOMER = [
    re.compile(rf"\b{_TITLE}\s+(?:and\s+{_TITLE}\s+)?([A-Z][a-z'’-]+)"),
    re.compile(rf"\b(?:a|an|one|our|this|the|that)\s+(?:[a-z-]+\s+){{0,2}}{_PERSON_NOUN}\s*(?:,\s*|\s+(?:called|named|by the name of)\s+)(?:{_TITLE}\s+)?([A-Z][a-z'’-]+)"),
    re.compile(rf"\b([A-Z][a-z'’-]+),\s+(?:a|an|one of our|one of my|our)\s+(?:[a-z-]+\s+){{0,2}}{_PERSON_NOUN}\b"),
]


def customer_names(text: str) -> tuple[str, ...]:
    """Names the candidate gives the customer, lower-cased; colleagues and servers introduced by name are left out."""
    names: list[str] = []
    for regex in _NAMED_CUSTOMER:
        for match in regex.finditer(text):
            name = match.group(1)
            before = text[max(0, match.start() - 30):match.start()]
            if name in _NOT_NAMES or (regex is _NAMED_CUSTOMER[0] and _SERVED_BY.search(before)):
                continue
            if name.lower() not in names:
                names.append(name.lower())
    return tuple(names)


def as_customer_subject(clean: str, names: tuple[str, ...]) -> str:
    """A named customer becomes "the customer", so every phrase family about the customer covers them."""
    if not names:
        return clean
    return name_regex(names).sub("the customer", clean)


def _negated(norm: str, start: int) -> bool:
    clause = max(norm.rfind(c, 0, start) for c in ",;:.!?") + 1
    return any(w in NEGATORS for w in norm[clause:start].split()[-3:])


def find(patterns, norm: str, negatable: bool = True) -> str | None:
    """The first match of a family in a cleaned sentence, skipping ones a negator governs."""
    if not patterns:
        return None
    for match in union(tuple(patterns)).finditer(norm):
        if not negatable or not _negated(norm, match.start()):
            return match.group(0)
    return None


def fillers_in(norm: str) -> list[tuple[int, int]]:
    """Spans of filler words in a normalised sentence."""
    spans: list[tuple[int, int]] = []
    for regex in _FILLERS:
        for match in regex.finditer(norm):
            span = match.span("f")
            if not any(s <= span[0] < e for s, e in spans):
                spans.append(span)
    return sorted(spans)


_FILLERS = [re.compile(r) for r in P.FILLER_REGEXES]


def strip_fillers(norm: str) -> str:
    """The sentence without its fillers, and without the commas that only fenced them off."""
    out, last = [], 0
    for start, end in fillers_in(norm):
        before = norm[last:start]
        after_comma = re.match(r"\s*,", norm[end:])
        if after_comma:
            before = re.sub(r",\s*$", "", before)
            end += after_comma.end()
        elif re.search(r",\s*$", before) and re.match(r"\s*[.!?;]|\s*$", norm[end:]):
            before = re.sub(r",\s*$", "", before)
        out.append(before + " ")
        last = end
    out.append(norm[last:])
    return re.sub(r"\s+", " ", re.sub(r"^[\s,]+", "", "".join(out))).strip()


OTHERS = frozenset({"she", "he", "they"})
_OTHER_NOUNS = frozenset("customer client caller guest woman man lady gentleman guy family couple".split()) | P.SERVERS
_MODALS = frozenset({"would", "will", "can", "could", "should", "might", "have", "always", "usually", "to"})
_BREAKS = frozenset({".", ";", "!", "?", ":", "but", "because", "when", "if", "who", "which", "that", "while"})


_AUX_PERFECT = frozenset({"had", "have", "has"})
_AUX_PROGRESSIVE = frozenset({"was", "were", "am", "is", "are"})


def _next_verb(tokens: list[str], j: int) -> int:
    """Skip up to two adverbs ("I then quickly called")."""
    skipped = 0
    while j < len(tokens) and tokens[j] in P.ADVERBS and skipped < 2:
        j, skipped = j + 1, skipped + 1
    return j


def _story_verb(tokens: list[str], j: int, tenses: tuple[str, ...]) -> str | None:
    """The action verb a subject starts at ``tokens[j]``, if it is in one of ``tenses``:
    "past" ("called", "had called", "was calling") or "present" ("call", "calls", "call" for "he")."""
    if j >= len(tokens):
        return None
    verb = tokens[j]
    if verb in _AUX_PERFECT or verb in _AUX_PROGRESSIVE:
        k = _next_verb(tokens, j + 1)
        after = tokens[k] if k < len(tokens) else ""
        if verb in _AUX_PERFECT and "past" in tenses and verb_form(after) in ("past", "participle"):
            return after if not _state(after) else None
        if verb in _AUX_PROGRESSIVE and after.endswith("ing") and verb_form(after) == "progressive":
            wanted = "past" if verb in ("was", "were") else "present"
            return after if wanted in tenses and not _state(after) else None
        return None
    form = verb_form(verb)
    if form in ("past", "participle") and "past" in tenses or form == "present" and "present" in tenses:
        return None if _state(verb) else verb
    return None


def actions_in(clean: str, tenses: tuple[str, ...] = ("past",)) -> tuple[list[str], list[str]]:
    """Story verbs: the candidate's own ("I called her back", "I'd already rung"), and other
    people's ("she rebooked me"). With "present" in ``tenses``, story steps told in the present
    tense or without past endings ("I explain to her", "he write back") count too."""
    tokens = re.findall(r"[a-z0-9']+|[,.;:!?]", clean)
    own: list[str] = []
    others: list[str] = []
    actor: str | None = None
    main: str | None = None  # the subject before a "because ..." clause, which a later ", rebooked it" carries on
    for i, token in enumerate(tokens):
        if token in P.ACTORS:
            actor = "own"
        elif token in OTHERS or (token in _OTHER_NOUNS and i and tokens[i - 1] in ("the", "a", "an", "this", "our", "my")):
            actor = "other"
        elif token in _BREAKS:
            main = None if token in ".;:!?" else actor or main
            actor = None
            continue
        elif token in ("and", ",") and (actor or main):
            actor = actor or main
        else:
            continue
        j = _next_verb(tokens, i + 1)
        if j >= len(tokens):
            continue
        if token in P.ACTORS | OTHERS and tokens[j] in _MODALS - _AUX_PERFECT:
            actor = None
            continue
        if tokens[j] == "did" and j + 1 < len(tokens) and tokens[j + 1] == "not":
            continue
        verb = _story_verb(tokens, j, tenses)
        if verb:
            bucket = own if actor == "own" else others
            if verb not in bucket:
                bucket.append(verb)
    return own, others


_HABITUAL = re.compile(r"\b(?:always|usually|normally|generally|often|sometimes|every time|whenever|if|would|will|tend|try to|like to|should|could)\b")
_PAST_SCENE = re.compile(r"\b(?:was|were|one (?:day|evening|morning|night|time|afternoon|weekend|shift)|last|ago|once|remember|had)\b")
# A story can be told in the present ("one day a lady come in"): these mark a moment, whatever the tense.
_SCENE = re.compile(
    r"\b(?:one (?:day|evening|morning|night|time|afternoon|weekend|shift|christmas|summer|winter)|last (?:week|month|year|summer|winter|christmas|spring|autumn)"
    r"|ago|once|yesterday|earlier this|when i (?:was|were|work|worked|had)|at my (?:last|old|previous|first|current|summer) (?:job|work|shop|store|placement)"
    r"|in my (?:old |last |previous |first )?(?:job|work|shop|store|restaurant|hotel|cafe|placement)|there (?:was|is) (?:a|an|this) (?:customer|lady|man|woman|guest|client|caller|patient|family|student|boy|girl)"
    r"|(?:a|an|one) (?:\w+ )?(?:customer|client|caller|guest|woman|man|lady|gentleman|mother|father|mum|mom|dad|student|patient|family|couple|member|shopper|tenant|traveller|traveler|boy|girl|driver|passenger|regular|visitor|resident)"
    r"|on (?:a )?(?:busy |quiet )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|shift)|the day (?:my|i|we|our)|when i (?:start|began|begin|join|joined))\b"
)


_NOBODY_DID_IT = re.compile(r"\b(?:sorted|worked|fixed|resolved) (?:itself|themselves) out\b|\bit all worked out\b|\bin the end it was (?:fine|ok|okay|alright)\b")
_SOMEONE = re.compile(
    r"\b(?:he|she|him|her|his)\b|\b(?:a|an|one|this|that) (?:\w+ ){0,2}?(?:customer|client|caller|guest|woman|man|lady|gentleman|mother|father|mum|mom|dad|"
    r"student|patient|family|couple|member|shopper|tenant|traveller|traveler|boy|girl|driver|passenger|regular|visitor|resident|person|guy)\b"
)


def present_actions(clean: str) -> tuple[list[str], list[str]]:
    """Story steps told in the present tense (spoken narrative, or English as a second language)."""
    if _HABITUAL.search(clean):
        return [], []
    return actions_in(clean, ("past", "present"))


@lru_cache(maxsize=8192)
def verb_form(word: str) -> str | None:
    """"past", "participle", "present" (base or -s form) or "progressive" for a verb, else None.
    Read with lemminflect, so any verb counts, not a listed few; unknown "-ed" words are guessed."""
    if not word.isalpha() or len(word) < 2:
        return None
    from lemminflect import getAllLemmas, getInflection

    lemmas = getAllLemmas(word)
    lemma = (lemmas.get("VERB") or lemmas.get("AUX") or (None,))[0]
    if lemma is None and len(word) > 4 and word.endswith(("ed", "ing")):
        lemma = verb_lemma(word)  # "rebooked", "re-enabled": not in the dictionary, so guessed
    if lemma is None:
        return None
    if word in (getInflection(lemma, tag="VBD") or ()):
        return "past"
    if word in (getInflection(lemma, tag="VBN") or ()) and word != lemma:
        return "participle"
    if word in (getInflection(lemma, tag="VBG") or ()):
        return "progressive"
    if word == lemma or word in (getInflection(lemma, tag="VBZ") or ()):
        return "present"
    return None


def _lemma(word: str) -> str:
    return verb_lemma(word) or word


def _state(word: str) -> bool:
    """Verbs of being, having, feeling and wanting: they set a scene, they are not steps taken."""
    return _lemma(word) in _STATE_LEMMAS


_STATE_LEMMAS = frozenset(  # stative verbs: being, having, thinking, feeling, wanting
    """be have believe feel guess happen hope know like look love mean need seem sound suppose think try use want wish do can
    will may must shall share value enjoy care agree appreciate understand prefer admire respect consider remember forget
    expect deserve matter own belong contain include involve depend seem appear recognise recognize realise realize hate
    mind doubt imagine wonder fit suit cost weigh equal lack possess""".split()
)


def specifics_in(text: str) -> list[str]:
    """Concrete details: numbers, times, days, named people or products, the customer's own things."""
    out: list[str] = []
    for regex in _SPECIFIC_RES:
        for match in regex.finditer(text):
            value = re.sub(r"\s+(and|or|but|the|a|an|to|of|with|for)$", "", match.group(0).strip(" ,."), flags=re.IGNORECASE)
            if len(value.split()) == 1 and value.lower() in ("lost", "first", "last", "next", "and"):
                continue  # a fragment, not a detail a coach would point to
            if value and value.lower() not in (o.lower() for o in out):
                out.append(value)
    for match in _CAPITALISED.finditer(text):
        word = match.group(1)
        if word in _NOT_NAMES:
            continue
        if word.lower() not in (o.lower() for o in out):
            out.append(word)
    return out


def is_list(clean: str) -> bool:
    """A run of short abstract items ("empathy, patience, synergy and passion") rather than a statement."""
    body = re.split(r"\b(?:means|is about|are|is|be|of|like|include|includes|including|requires|needs)\b[:\s]", clean, maxsplit=1)[-1]
    items = [i.strip() for i in re.split(r",|\band\b|\bor\b|&|/|\+|;", body) if i.strip()]
    if len(items) < 3:
        words = re.findall(r"[a-z'-]+", clean)
        return 0 < len(words) <= 3 and all(w in P.BUZZWORDS for w in words if len(w) > 3)
    short = [i for i in items if len(i.split()) <= 3]
    buzz = sum(1 for i in items if any(w in P.BUZZWORDS for w in i.split()))
    return len(short) >= 0.75 * len(items) and buzz >= 0.5 * len(items)


_FOR_CUSTOMER = re.compile(
    r"\b(she|he|they|her|him|them|customer|customers|client|caller|guest|guests|family|couple|regular|patient|passenger|lady|gentleman|diner|visitor|tenant|everyone|everybody|the queue)\b"
)
# The candidate's own side as a sentence's subject: "my manager told me...", "our supervisor
# thanked me". What happens to them (praise, recognition) is not an outcome for the customer.
STAFF = r"manager|supervisor|boss|team ?leader|owner|colleagues?|co-?workers?"  # the candidate's own side, by role
_STAFF_SUBJECT = re.compile(
    r"^(?:(?:then|so|and|but|later|afterwards|the next day|in the end)\s*,?\s+)?(?:my|our|the) (?:[a-z-]+ )?"
    r"(?:" + STAFF + r"|director|head office|team|staff|trainer|mentor)\b"
)
_CUSTOMER_NOUN = re.compile(
    r"\b(?:customers?|clients?|callers?|guests?|famil(?:y|ies)|couples?|regulars?|patients?|passengers?|diners?|visitors?|tenants?|shoppers?)\b"
)
_OPENER = frozenset("then so and but later afterwards eventually finally soon".split())
_CUSTOMER_PRONOUNS = frozenset({"she", "he", "they", "nobody", "everyone", "everybody"})
_PERSON_WORDS = frozenset(w for w in P.CUSTOMER_NOUNS.split("|") if " " not in w) | frozenset(
    w + "s" for w in P.CUSTOMER_NOUNS.split("|") if " " not in w
) | frozenset("parents children kids families people son daughter husband wife".split())
_DETERMINERS_OF_PERSON = frozenset({"the", "our", "this", "that", "both", "all", "her", "his", "their"})


def staff_subject(clean: str) -> bool:
    """The sentence is about someone on the candidate's side (a manager, a colleague), and names no customer."""
    return bool(_STAFF_SUBJECT.search(clean)) and not _CUSTOMER_NOUN.search(clean)


def customer_acts(clean: str) -> str | None:
    """The customer as the subject of a past-tense step of their own ("the boy got his ride",
    "he rang back a week later", "nobody left"): what the customer then did or got. The verb, or None."""
    return _customer_acts(re.findall(r"[a-z0-9]+(?:'[a-z]+)?|[,.;:!?]", clean))


def _customer_acts(tokens: list[str]) -> str | None:
    owner = [t.endswith("'s") and len(t) > 3 for t in tokens]
    tokens = [t[:-2] if o else t for t, o in zip(tokens, owner, strict=True)]  # "nobody's stay", "the guest's son"
    i = 0
    while i < len(tokens) and (tokens[i] in _OPENER or tokens[i] == ","):
        i += 1
    if i >= len(tokens):
        return None
    if tokens[i] in _CUSTOMER_PRONOUNS or tokens[i:i + 2] == ["no", "one"]:
        j = i + (2 if tokens[i] == "no" else 1)
        if owner[i] and j + 1 < len(tokens):
            j += 1  # "nobody's stay suffered": the thing of theirs is the subject
    elif tokens[i] in _DETERMINERS_OF_PERSON:
        nouns = [k for k in range(i + 1, min(i + 4, len(tokens))) if tokens[k] in _PERSON_WORDS]
        if not nouns:
            return None
        j = nouns[0] + 1
        while j < len(tokens) and tokens[j] not in (",", ".", ";") and j < nouns[0] + 5 and not (verb_form(tokens[j]) in ("past", "participle") and not _state(tokens[j])):
            j += 1  # "the man with the chair told me"
    else:
        return None
    j = _next_verb(tokens, j)
    if j < len(tokens) and verb_form(tokens[j]) in ("past", "participle") and not _state(tokens[j]) and tokens[j] not in ("was", "were", "had", "could", "would"):
        return tokens[j]
    return None


_CUSTOMER_PERSON = re.compile(
    r"\b(?:customers?|clients?|callers?|guests?|shoppers?|patrons?|patients?|passengers?|diners?|visitors?|tenants?|residents?|regulars?|"
    r"buyers?|travell?ers?|holidaymakers?|consumers?|users?|members of the public|the public|public)\b"
    r"|\b(?:a|an|one|this|the|that)\s+(?:[a-z-]+\s+){0,2}(?:woman|man|lady|gentleman|gent|couple|family|mum|mom|dad|girl|boy|guy|person|parent|"
    r"mother|father|grandmother|grandfather|pensioner|bride|groom|student|teenager|member|holder|driver|owner|traveller|traveler)\s+(?:\w+\s+){0,3}?(?:who\s+)?(?:came|walked|rang|called|phoned|emailed|wrote|messaged|"
    r"asked|wanted|needed|was looking|was trying|had|arrived|turned up|approached|complained|booked|ordered|bought|brought|returned|checked in|"
    r"collected|picked up|dropped off|paid|queued|waited)\b"
    r"|\b(?:serv(?:e|ed|ing)|help(?:ed|ing)?|assist(?:ed|ing)?|look(?:ed)? after|gave|handed|rang|called|phoned|emailed|texted|sold|showed|"
    r"refunded|offered|drove|walked|sent|told|reassured|calmed|greeted|thanked|apologi[sz]ed to)\s+(?:a|an|the|this|one|that)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:woman|man|lady|gentleman|couple|family|person|mum|dad|girl|boy|guy)\b"
    r"|\b(?:the|a|long) (?:queue|line) of\b|\b(?:people|everyone|someone|somebody) (?:in|at) the (?:queue|line|counter|desk|till|door)\b"
)
# Stories about someone who is not being served: a colleague, a friend, a team in a game.
_ELSEWHERE = re.compile(
    r"\b(?:colleagues?|co-?workers?|team ?mates?|new (?:starter|hire|recruit|waiter|waitress|barista|girl|guy|member of staff|colleague|cashier|employee)|"
    r"trainees?|my (?:friends?|brother|sister|cousin|flatmate|roommate|classmates?|boss|manager)|friends? of mine|classmates?|"
    r"clan|guild|raid|raids|video games?|the game|discord|our trip|the trip|gym session)\b"
    # a pastime only as something done ("we went camping", "on our holiday"), not as a word for a thing ("a camping hob")
    r"|\b(?:went|go|going|goes|our|my|on (?:a|our|my|the)|during (?:a|our|my|the)|at (?:a|the)|playing|played) "
    r"(?:gaming|players?|server|football|rugby|match|tournament|hik(?:e|ed|ing)|camping|holiday)\b(?! (?:hob|stove|gear|kit|shop|store|section|aisle|equipment))"
)
# Someone served, whoever they were: "a homeowner phoned me", "the man cursed at me", "a tenant's son wrote to us"
# Whoever is served may be named by any role ("the beekeeper", "a young cyclist", "the landlord, a retired
# pilot,"): a person introduced with an article who then does what only a person does (asks, complains,
# tells me, spots, is upset) is someone being served, unless the role is the candidate's own side.
_SERVED_ROLE = re.compile(
    r"\b(?:a|an|the|this|one|that)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)(?:,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)(?:\s+[a-z ]{1,25}?)?,)?\s+(?:who\s+|then\s+|had\s+|also\s+|immediately\s+|still\s+)?"
    r"(?:asked|complained|spotted|noticed|insisted|demanded|swore|shouted|cried|panicked|"
    r"told (?:me|us)|met (?:me|us)|said (?:she|he|they|that)|was (?:upset|angry|worried|furious|scared|frustrated|annoyed|desperate|anxious|in tears|distraught|confused))\b"
)
_NOT_SERVED = re.compile(r"^(?:" + STAFF + r"|director|team|staff|trainer|mentor|it|who|which|what|that|this|one|other|first|same)$")


def served_by_role(clean: str) -> bool:
    """"The beekeeper noticed the frames were warped": a person, named by role, who is being served."""
    for m in _SERVED_ROLE.finditer(clean):
        noun = m.group(2) or m.group(1)  # "the landlord, a pilot, met me": the apposition says who they are
        if _NOT_SERVED.match(noun) or not _bare_noun(noun) or _ELSEWHERE.search(m.group(0)):
            continue
        return True
    return False


_CAME_TO_ME = re.compile(r"\b(?:a|an|one|this|the|that)\s+(?:[a-z'-]+\s+){0,3}?(?:[a-z]+ed|came|rang|swore|wrote|spoke|shouted|yelled)\s+(?:at\s+|to\s+)?(?:me|us)\b")
_CLAUSE_WORDS = frozenset({"and", "but", "so", "then", "because", "when", "while"})
_REPEAT = re.compile(r"\b([a-z']+)\s+\1\b")
_FLAG_GUARD = frozenset({"rather", "instead", "than", "never", "not", "no", "without", "avoid", "stop", "stopped", "lying", "pretend", "pretending", "myth", "wrong", "tempting"})


def red_flags_in(clean: str) -> dict[str, str]:
    """Attitude red flags in one cleaned sentence, unless a negator, a contrast or a regret frames them."""
    found: dict[str, str] = {}
    for kind, patterns in P.RED_FLAGS.items():
        regex, pos = union(tuple(patterns)), 0
        if P.RED_FLAG_EXCUSED[kind] and find(P.RED_FLAG_EXCUSED[kind], clean, negatable=False) and regex.search(clean):
            continue
        while (match := regex.search(clean, pos)) is not None:
            pos = match.start() + 1
            before = clean[max(clean.rfind(c, 0, match.start()) for c in ",;:.!?") + 1:match.start()].split()
            framed = False
            for i in range(len(before) - 1, -1, -1):  # only the clause the phrase sits in
                if before[i] in _CLAUSE_WORDS:
                    framed = i > 0 and before[i - 1] in _FLAG_GUARD  # "better than when you just guess" still compares
                    before = before[i + 1:]
                    break
            before = before[-3:]
            if kind != "denies-premise" and (framed or any(w in _FLAG_GUARD for w in before)):
                continue
            if kind == "denies-premise" and any(w in ("if", "lying", "pretend", "pretending", "claim", "nobody", "everyone", "wish") for w in before):
                continue
            found[kind] = match.group(0)
            break
    if "contempt" not in found and (label := _derogatory(clean)):
        found["contempt"] = label
    if found and find(P.RED_FLAG_REGRET, clean, negatable=False):
        return {}
    return found


_LABELLED = re.compile(
    r"\b(?:customers|callers|guests|clients|people|the public|they|half (?:of )?(?:them|our \w+|the \w+)|most of them|some of them|these people)"
    r" (?:were|are|was|is|can be|could be|always were|are always|were always|were all|are all|were just|are just) (?:so |really |such |complete |total |absolute |a bunch of |a load of |a lot of )?([a-z]+)"
)


def _derogatory(clean: str) -> str | None:
    """Customers as a class labelled with a judgement (VADER-negative, and not a feeling anyone may
    have): "half our callers were whiners". "She was upset" describes; "they are all thick" sneers."""
    from trainer import affect, phrases

    match = _LABELLED.search(clean)
    if not match:
        return None
    word = match.group(1)
    feelings = _feeling_words(phrases.fragment("feeling_words"))
    if word in feelings or word in _STATES or affect.valence(word) > -1.0:
        return None
    return match.group(0)


@lru_cache(maxsize=4)
def _feeling_words(fragment: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", fragment))


_STATES = frozenset("late wrong lost stuck upset angry worried cross tired cold sick ill unwell poor broke busy confused scared nervous sad".split())


@dataclass
class Sentence:
    index: int
    text: str  # exact substring of the answer
    clean: str  # normalised, fillers removed
    words: int
    fillers: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # past actions by the customer or the person serving
    as_customer: bool = False  # the candidate tells it as the customer
    self_need: str | None = None
    self_outcome: str | None = None
    situation: str | None = None
    result: str | None = None
    outcome: str | None = None  # a result for the customer
    specifics: list[str] = field(default_factory=list)
    shown: dict[str, str] = field(default_factory=dict)
    named: dict[str, str] = field(default_factory=dict)
    need: str | None = None
    lens: str | None = None
    benefit: str | None = None
    thesis: str | None = None
    role: str | None = None
    reflection: str | None = None
    hedges: list[str] = field(default_factory=list)
    vague: list[str] = field(default_factory=list)
    listy: bool = False
    service: bool = False
    topic: bool = False
    hypothetical: bool = False
    claim: bool = False
    customer: bool = False  # someone being served appears: a customer, a named guest, "a woman came in"
    elsewhere: bool = False  # a colleague, friend or pastime is who or what the sentence is about
    red_flags: dict[str, str] = field(default_factory=dict)  # attitude red flags: kind -> the words that raised it
    implausible: str | None = None
    repeats: int = 0  # words said twice in a row ("I I went", "the the")
    repeated: bool = False  # the whole sentence was said before in this answer


@dataclass
class Analysis:
    text: str
    sentences: list[Sentence]
    words: int
    story: list[int] = field(default_factory=list)  # indexes of the example's sentences
    as_customer: bool = False  # the example is the candidate's experience as a customer
    off_topic: bool = False
    stuffed: bool = False
    on_topic: bool = False  # the question's own topic is addressed
    names: tuple[str, ...] = ()  # customers the candidate names
    served: bool = False  # someone being served appears somewhere
    wrong_subject: bool = False  # the story is about a colleague, a friend or a pastime, not someone being served
    red_flags: list[tuple[str, Sentence]] = field(default_factory=list)
    implausible: list[Sentence] = field(default_factory=list)

    def story_sentences(self) -> list[Sentence]:
        return [self.sentences[i] for i in self.story]

    def where(self, attr: str, *, story: bool | None = None, lists: bool = False) -> list[Sentence]:
        """Sentences where an attribute was found; optionally only inside (or outside) the story."""
        out = []
        for s in self.sentences:
            if not getattr(s, attr) or (s.listy and not lists):
                continue
            if story is not None and (s.index in self.story) != story:
                continue
            out.append(s)
        return out


def split(answer: str) -> list[str]:
    """Sentences, with run-on sentences cut at clause breaks; every piece is a substring of the answer."""
    out: list[str] = []
    for piece in sentences(answer):
        if len(piece.split()) <= 40:
            out.append(piece)
            continue
        splitter = _CLAUSE_SPLIT if _CLAUSE_SPLIT.search(piece) else _RUN_ON_SPLIT
        last = 0
        for match in splitter.finditer(piece):
            chunk = piece[last:match.start()].strip()
            if len(chunk.split()) >= 8:
                out.append(chunk)
                last = match.end()
        rest = piece[last:].strip()
        if rest:
            out.append(rest)
    return out


_COMMENTARY = frozenset({"think", "hope", "guess", "believe", "suppose", "reckon", "mean", "know", "remember", "imagine", "wish"})
_SUBJECT_WORDS = frozenset({"i", "we", "he", "she", "they", "everyone", "everybody", "nobody", "someone", "somebody", "people", "customers", "guests"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "our", "my", "his", "her", "their", "one"})
_KEEP_PRESENT = re.compile(r"\b(?:always|usually|normally|generally|often|every time|whenever|nowadays|these days|now i|today i|in this (?:role|job)|your (?:team|company|store|customers)"
                           r"|(?:every|each) (?:day|shift|morning|evening|night|week|month|visit|call|customer))\b")
_TO_PAST_BE = {"is": "was", "are": "were", "am": "was", "has": "had", "have": "had"}
# "good customer service is when the customer leaves happier": what service means, said now, not a story
_DEFINITION = re.compile(r"\bservice (?:is|means)\b|^(?:so )?(?:for me|to me|in my (?:view|opinion))\b")
_AMOUNT_AFTER = re.compile(r" (?:about |around |roughly )?(?:\d|half\b|a (?:few|couple|dozen)\b|an? (?:hour|minute|week|day)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty)\b)")


_PEOPLE = _OTHER_NOUNS | frozenset(
    """mother father mum mom dad son daughter wife husband grandmother grandfather student patient member driver tenant passenger
    caller manager colleague boss owner neighbour neighbor teacher nurse doctor child kid""".split()
)
_PREPOSITIONS = frozenset({"in", "at", "into", "to", "from", "for", "on", "with", "by", "onto", "inside"})
_NO_ARTICLE = frozenset(
    """home work school hospital night lunch noon bed church university college time once least all place stock person charge touch
    order line hand hold mind case fact front time advance total public sale tears pain peace full hold""".split()
)


@lru_cache(maxsize=8192)
def _bare_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    if not word.isalpha() or word in _NO_ARTICLE or word in _DETERMINERS or word in _SUBJECT_WORDS or word in _PRONOUNS:
        return False
    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas and not {"PRON", "DET", "NUM", "ADV", "ADP", "PROPN", "ADJ"} & set(lemmas)


_PRONOUNS = frozenset("me you him her us them it myself yourself himself herself themselves ourselves mine yours ours theirs".split())


def with_articles(clean: str) -> str:
    """Articles put back where English needs one: "in phone shop" -> "in the phone shop", so
    article errors never decide what a sentence shows."""
    return re.sub(r"\b(" + "|".join(_PREPOSITIONS) + r") ([a-z]+)\b", lambda m: f"{m.group(1)} the {m.group(2)}" if _bare_noun(m.group(2)) else m.group(0), clean)


_SINGULAR_SUBJECTS = frozenset({"he", "she", "it", "service", "customer", "everyone", "everybody", "nobody", "someone", "somebody", "this", "that"})


def in_agreement(clean: str) -> str:
    """Subject and verb made to agree: "good service mean" -> "good service means", "he write"
    -> "he writes", so agreement errors never decide what a sentence shows."""
    from lemminflect import getInflection

    def fix(match: re.Match[str]) -> str:
        subject, verb = match.group(1), match.group(2)
        if verb in _MODALS or verb in ("can", "will", "may", "must", "shall", "did", "do") or verb_form(verb) != "present" or verb != _lemma(verb):
            return match.group(0)
        third = getInflection(verb, tag="VBZ")
        return f"{subject} {third[0]}" if third else match.group(0)

    return re.sub(r"\b(" + "|".join(sorted(_SINGULAR_SUBJECTS | _PEOPLE)) + r") ([a-z]+)\b", fix, clean)


def tell_in_past(clean: str) -> str:
    """A story told in the present or without past endings, as the past: "a guest ask for late
    checkout, i explain him" -> "a guest asked for late checkout, i explained him". Only verbs
    right after a person as subject change; habits ("I always check"), plans and modals stay."""
    if _KEEP_PRESENT.search(clean) or _DEFINITION.search(clean):
        return clean
    tokens = re.findall(r"[a-z0-9'-]+|[^a-z0-9'\s-]+|\s+", clean)
    words = [(i, t) for i, t in enumerate(tokens) if t[0].isalnum()]
    changed = False
    for n, (i, token) in enumerate(words):
        previous = [w for _, w in words[max(0, n - 3):n]]
        if not previous:
            continue
        subject = previous[-1] in _SUBJECT_WORDS or previous[-1] in _PEOPLE
        if not subject and len(previous) >= 2 and previous[-1] in P.ADVERBS:  # "i then call"
            subject = previous[-2] in _SUBJECT_WORDS
        if not subject or token in P.ADVERBS:
            continue
        if token in _TO_PAST_BE:
            tokens[i], changed = _TO_PAST_BE[token], True
        elif verb_form(token) == "present" and token not in _MODALS and token not in ("can", "will", "may", "must", "shall", "need") and not (token in _COMMENTARY and previous[-1] in ("i", "we")):  # "I think", "I hope": said now
            from lemminflect import getInflection

            past = getInflection(_lemma(token), tag="VBD")
            if past:
                tokens[i], changed = past[0], True
    return "".join(tokens) if changed else clean


_SHARED_SUBJECT = re.compile(r"\b(she|he|they)\b(?P<first>(?: [a-z'-]+){1,12}?)(?P<join>,? and|, then|, but|,) (?P<verb>[a-z]+)\b")


def with_subjects(clean: str) -> str:
    """A subject shared by two verbs said again: "she had queued an hour and was close to tears" -> "she had
    queued an hour and she was close to tears", so a clause without its own subject still says who felt or did what."""

    def fix(match: re.Match[str]) -> str:
        words = match.group("first").split()
        if any(w in _SUBJECT_WORDS or w in _BREAKS for w in words) or verb_form(match.group("verb")) not in ("past",) and match.group("verb") not in ("was", "were", "had") or match.group("verb") in _MODALS or match.group("verb") in ("could", "might", "must"):
            return match.group(0)
        if not any(verb_form(w) in ("past", "present") or w in ("was", "were", "had") for w in words[:2]):
            return match.group(0)  # the first part must itself be that subject's clause
        return f"{match.group(1)}{match.group('first')}{match.group('join')} {match.group(1)} {match.group('verb')}"

    return _SHARED_SUBJECT.sub(fix, clean)


def _read_sentence(index: int, text: str, topic: tuple[str, ...], names: tuple[str, ...] = (), narrative: bool = False) -> Sentence:
    norm = normalise(text)
    spans = fillers_in(norm)
    clean = said = as_customer_subject(strip_fillers(norm), names)
    clean = with_subjects(in_agreement(clean))
    if narrative:
        clean = tell_in_past(with_articles(clean))
    s = Sentence(index, text, clean, len(_WORD.findall(text)), fillers=[norm[a:b] for a, b in spans])
    s.listy = is_list(clean)
    s.actions, s.others = actions_in(clean)
    s.as_customer = bool(find(P.AS_CUSTOMER, clean, negatable=False))
    s.self_need = find(P.SELF_NEED, clean, negatable=False)
    s.self_outcome = find(P.SELF_OUTCOME, clean)
    s.situation = find(P.SITUATION, clean, negatable=False)
    s.result = find(P.RESULT, clean)
    if s.result and _NOBODY_DID_IT.search(clean):  # "it sorted itself out" tells no one's part in it
        s.result = None
    s.outcome = s.result if s.result and _FOR_CUSTOMER.search(clean) and not staff_subject(clean) else None
    s.specifics = specifics_in(text)
    s.shown = {p: m for p, pats in P.QUALITY_SHOWN.items() if (m := find(pats, clean))}
    if s.shown and _claims_only(s.actions, clean) and not s.specifics:
        # "I stayed calm and showed empathy" says what the story should show; it shows nothing itself
        s.named = {**s.named, **{p: m for p, m in s.shown.items() if p not in s.named}}
        s.shown = {}
    s.shown.update({p: q for p, q in _quoted_qualities(text).items() if p not in s.shown})
    s.named = {p: m for p, pats in P.QUALITY_NAMES.items() if (m := find(pats, clean, negatable=False))}
    s.need = find(P.CUSTOMER_NEED, clean)
    s.lens = find(P.PERSPECTIVE_GENERAL, clean)
    s.benefit = find(P.BENEFIT_LINK, clean, negatable=False)
    s.thesis = find(P.THESIS, clean, negatable=False)
    s.role = find(P.ROLE_TIE, clean, negatable=False)
    s.reflection = find(P.REFLECTION, clean, negatable=False)
    # "it took maybe twenty minutes" estimates an amount; it does not hedge the story
    s.hedges = [m.group(0) for m in union(tuple(P.HEDGES)).finditer(clean) if not _AMOUNT_AFTER.match(clean, m.end())]
    s.hedges += ["i think"] * len(re.findall(r"\bi think\b", clean))
    s.vague = [m.group(0) for m in union(tuple(P.GENERALITIES)).finditer(clean)]
    s.service = bool(SERVICE.search(clean))
    s.topic = bool(find(topic, clean, negatable=False)) if topic else False
    s.hypothetical = bool(find(tuple(_HYPOTHETICAL), clean, negatable=False)) and not s.actions
    s.claim = bool(find((_EXPERIENCE_CLAIM,), clean, negatable=False))
    s.customer = bool(_CUSTOMER_PERSON.search(clean) or _CAME_TO_ME.search(clean) or served_by_role(clean))
    s.elsewhere = bool(_ELSEWHERE.search(clean))
    s.red_flags = red_flags_in(said)  # attitude is in the words as said, whatever the tense
    s.implausible = find(P.IMPLAUSIBLE, clean)
    s.repeats = sum(1 for m in _REPEAT.finditer(norm) if m.group(1) not in ("very", "really", "so", "no", "bye", "ha", "had", "that"))
    return s


_QUOTED = re.compile(
    r"[\"“]([^\"”]{12,300})(?:[\"”]|$)"  # "double" or “curly” quotes (the sentence may end before the close)
    r"|(?:^|(?<=[\s,:]))[‘']((?:[^'’]|[’'](?=[a-z])){3,300}?)(?:[’'](?=[\s.,!?;]|$)|$)"  # 'single', where I'm and that's do not end it
    r"|\b(?:I|we) (?:said|told (?:her|him|them)|asked|explained)[,:]\s+([A-Z][^.!?]{12,300}[.!?]?)"
)
# What the words the candidate quotes themselves saying show, read by the same language layer as a trainee's reply.
_ACT_QUALITY = {
    "empathy": "empathy", "understanding": "empathy", "exploration": "empathy", "apology": "professionalism",
    "commitment": "reliability", "follow_up": "reliability", "done": "reliability", "offer": "knowledge",
    "name": "personalization",
}


_CLAIM_VERBS = frozenset(
    """show demonstrate use stay remain keep display apply exercise practise practice exceed go acknowledge empathise empathize
    validate maintain provide deliver ensure make treat give be feel try remember""".split()
)
_ABSTRACT = re.compile(r"\b(?:empathy|patience|professionalism|understanding|respect|kindness|compassion|excellent service|great service|the extra mile|above and beyond|(?:her|his|their) (?:feelings|concerns|expectations|needs)|calm|positive|professional|patient|polite)\b")


def _claims_only(actions: list[str], clean: str) -> bool:
    """Every action is a verb of claiming a quality, said of an abstraction, not a step taken."""
    return bool(_ABSTRACT.search(clean)) and all(_lemma(verb) in _CLAIM_VERBS for verb in actions)


def _quoted_qualities(text: str) -> dict[str, str]:
    """"I said, 'I'm so sorry, that one's on me - I'll have it fixed before you finish your tea'":
    the qualities that speech shows, found by the conversation reader."""
    if not any(mark in text for mark in "\"“‘'") and not re.search(r"\b(?:said|told|asked|explained)\b", text):
        return {}
    from trainer.language import analyse as read_reply

    out: dict[str, str] = {}
    for match in _QUOTED.finditer(text[:3000]):  # speech is quoted in a sentence or two, not a page
        speech = match.group(1) or match.group(2) or match.group(3)
        if not speech or len(speech.split()) < 3:
            continue
        for act in read_reply(speech).acts:
            quality = _ACT_QUALITY.get(act.name)
            if quality and (act.strength >= 2 or act.name in ("apology", "name", "empathy")):
                out.setdefault(quality, speech)
    return out


def _story(sents: list[Sentence]) -> list[int]:
    """The longest run of narrative sentences (one quiet sentence may sit inside) that is about service."""
    narrative = [bool(s.actions or s.situation or s.as_customer or (s.others and s.service) or s.result) and not s.listy and not s.hypothetical for s in sents]
    runs: list[list[int]] = []
    current: list[int] = []
    gap = 0
    for i, is_story in enumerate(narrative):
        if is_story:
            current.append(i)
            gap = 0
        elif current:
            gap += 1
            if gap > 1:
                runs.append(current)
                current, gap = [], 0
    if current:
        runs.append(current)
    good = []
    for run in runs:
        full = list(range(run[0], run[-1] + 1))
        has_action = any(sents[i].actions for i in full)
        told = any(sents[i].situation or sents[i].as_customer for i in full) and any(sents[i].result or sents[i].others for i in full)
        shaped = has_action or told
        if shaped and any(sents[i].service or sents[i].topic or sents[i].customer for i in full):
            good.append(full)
    if not good:
        return []
    return max(good, key=lambda r: (sum(len(sents[i].actions) for i in r) + len(r), -r[0]))


def analyse(answer: str, topic: tuple[str, ...] = (), question: str = "") -> Analysis:
    """Every sentence read once; the story, topic and stuffing decided from the whole."""
    names = customer_names(answer)
    pieces = split(answer)
    # A story told in the present (spoken narrative, or English as a second language) is read as if
    # told in the past, so tense and agreement never decide what it shows.
    cleans = [normalise(p) for p in pieces]
    someone = bool(names) or any(_SOMEONE.search(c) for c in cleans)  # a story is about somebody in particular
    narrative = someone and any(_SCENE.search(c) or _PAST_SCENE.search(c) for c in cleans)
    sents = [_read_sentence(i, text, topic, names, narrative) for i, text in enumerate(pieces)]
    scene = next((s.index for s in sents if (s.situation or s.customer) and (_PAST_SCENE.search(s.clean) or _SCENE.search(s.clean))), None)
    if scene is not None and narrative:  # a story may be told, or carry on, in the present tense
        for s in sents[scene:]:
            if not s.listy:
                own, others = present_actions(s.clean)
                if own and len(own) > len(s.actions):
                    s.actions, s.hypothetical = own, False
                s.others = s.others + [v for v in others if v not in s.others]
    seen: set[str] = set()
    for s in sents:  # a repeated sentence earns nothing the second time
        if s.clean in seen:
            s.actions, s.others, s.shown, s.named, s.result, s.outcome, s.need, s.lens, s.benefit = [], [], {}, {}, None, None, None, None, None
            s.thesis = s.role = s.reflection = s.situation = None
            s.vague = s.vague + ["(repeated sentence)"]
            s.repeated = True
        seen.add(s.clean)
    total = sum(s.words for s in sents)
    analysis = Analysis(answer, sents, total)
    analysis.story = _story(sents)
    analysis.as_customer = any(sents[i].as_customer for i in analysis.story)
    if analysis.as_customer:  # "I" is the customer: their need and outcome count from the candidate's side
        for i in analysis.story + [j for j in range(analysis.story[-1] + 1, min(analysis.story[-1] + 3, len(sents)))]:
            sent = sents[i]
            sent.need = sent.need or sent.self_need
            sent.outcome = sent.outcome or sent.self_outcome
            sent.result = sent.result or sent.self_outcome
            sent.actions = sent.actions + [v for v in sent.others if v not in sent.actions]
    analysis.names = names
    relevant = sum(1 for s in sents if s.service or s.topic or s.customer)
    analysis.served = any(s.customer for s in sents) or analysis.as_customer
    about_customers = bool(re.search(r"customer|client|guest|caller|patient", question.lower())) or any(re.search(r"customer|client|guest|caller", p) for p in topic)
    analysis.on_topic = any(s.topic for s in sents) or (analysis.served and about_customers and bool(analysis.story))
    story = analysis.story_sentences() or sents
    analysis.wrong_subject = about_customers and not analysis.served and any(s.elsewhere for s in story) and not any(s.as_customer for s in sents)
    # Off the question only on strong evidence: nobody being served and nothing of the question's own subject,
    # or a story about someone who is not being served at all.
    analysis.off_topic = bool(sents) and (
        relevant == 0
        or (not analysis.served and not analysis.on_topic and relevant / len(sents) < 0.5)
        or (analysis.wrong_subject and relevant / len(sents) < 0.8)
    )
    analysis.red_flags = [(kind, s) for s in sents for kind in s.red_flags]
    analysis.implausible = [s for s in sents if s.implausible]
    listed = sum(s.words for s in sents if s.listy)
    content = [w for s in sents for w in re.findall(r"[a-z][a-z'-]{3,}", s.clean)]
    buzz = sum(1 for w in content if w in P.BUZZWORDS)
    analysis.stuffed = not analysis.story and bool(content) and (listed >= 0.4 * max(total, 1) or buzz >= 0.3 * len(content))
    return analysis
