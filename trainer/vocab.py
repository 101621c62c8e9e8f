"""The names content files may use: acts, question kinds, line situations, detectors.

Scenario and rubric files are checked against these sets, so a typo is a
``file:line`` error at load time rather than a surprise in the middle of a session.
The engines that implement each name assert at import that they cover the set.
"""

PILLARS = (
    "responsiveness",
    "empathy",
    "knowledge",
    "professionalism",
    "personalization",
    "reliability",
)

PILLAR_NAMES = {
    "responsiveness": "Responsiveness & Efficiency",
    "empathy": "Empathy & Understanding",
    "knowledge": "Knowledge & Competence",
    "professionalism": "Professionalism & Attitude",
    "personalization": "Personalization & Going the Extra Mile",
    "reliability": "Reliability & Consistency",
}

# Dialogue acts detected in a trainee's reply (see trainer.language).
ACTS = (
    "greeting",
    "name",
    "apology",
    "empathy",
    "understanding",
    "question",
    "offer",
    "commitment",
    "follow_up",
    "closing",
    "thanks",
    "blame",
    "deflection",
    "dismissal",
    "policy_wall",
    "rudeness",
    "secrets",
    "refusal",
    "stalling",
    "slang",
    "upsell",
    "wrong_name",
    "done",
    "good_news",
    "bad_news",
    "hold",
    "transfer",
    "overpromise",
)

# What a trainee's question is about; hidden facts say which kinds reveal them.
QUESTION_KINDS = ("deadline", "details", "preference", "priority", "feelings", "identity", "personal", "any")

# Moments the customer has lines for; scenario files may override any of them.
SITUATIONS = (
    "opening",
    "ignored",
    "repeated",
    "long_reply",
    "slow_reply",
    "warm",
    "neutral",
    "cold",
    "thanks",
    "abandon",
    "goodbye_unresolved",
    "accept",
    "nothing_new",
    "silence",
    "correction",
    "extra",
    "hesitant",
    "waiting",
    "unsure",
    "identity",
    "wrong_name",
    "bad_news",
    "off_topic",
    "press_again",
    "how_are_you",
    "unsure_when",
    "unsure_where",
    "unsure_who",
    "unsure_amount",
    "unsure_yes_no",
    "confirm",
    "not_quite",
    "offer_taken",
)

TEMPERAMENTS = ("hurt-wary", "rushed-friendly", "calm", "angry", "anxious")

CHANNELS = ("phone", "chat", "email", "in-person")
DIFFICULTIES = (1, 2, 3, 4, 5)  # 1 gentlest .. 5 hardest
DIFFICULTY_WORDS = {"easy": 2, "medium": 3, "hard": 4}  # the older names still read

# Criterion detectors in trainer.grading.detectors.
DETECTORS = (
    "reply_speed",
    "answers_questions",
    "efficiency",
    "length_fit",
    "emotional_reaction",
    "interpretation",
    "exploration",
    "accurate_facts",
    "resolution",
    "specific_information",
    "courtesy",
    "no_negative_language",
    "ownership",
    "name_use",
    "history_reference",
    "tailored_solution",
    "extra_mile",
    "concrete_commitment",
    "follow_up",
    "consistency",
)

# Auto-fail flags in trainer.grading.flags.
FLAGS = ("rudeness", "blame_customer", "secrets", "forbidden_promise")
