"""Lines any customer might say, used when a scenario does not give its own."""

DEFAULT_LINES: dict[str, list[str]] = {
    "opening": ["Hi, I need some help with something."],
    "ignored": [
        "You haven't answered what I asked.",
        "Sorry, but that's not what I asked.",
        "Can you answer my question, please?",
    ],
    "repeated": [
        "You've already said that.",
        "Yes, you said. What happens now?",
        "Saying it again doesn't change anything.",
    ],
    "long_reply": ["That's a lot. What does it mean for me?"],
    "slow_reply": ["Hello? Are you still there?", "I've been waiting a while here."],
    "silence": ["Hello? Are you still there?", "Did you hear me?"],
    "warm": ["Okay, that's good to hear.", "Right, thank you."],
    "neutral": ["Okay.", "Right.", "I see."],
    "cold": ["This isn't helping.", "I'm getting nowhere here."],
    "thanks": ["Thank you."],
    "abandon": ["Forget it. I'll take my business elsewhere.", "I'd like to speak to someone else, please. Goodbye."],
    "goodbye_unresolved": ["Okay... I suppose that's it then.", "Right. Bye, I guess."],
    "accept": ["Okay, that works for me. Thank you."],
    "nothing_new": ["And?", "So what happens now?", "Okay, but what are you going to do?"],
    "correction": ["That's not what I was told.", "Are you sure about that?"],
    "extra": ["Oh, that's kind of you.", "Oh! That's really thoughtful, thank you."],
    "unsure": ["I'm not sure, to be honest.", "I couldn't tell you, sorry.", "Hmm, I don't actually know."],
    "unsure_when": ["I'm not sure exactly when, sorry.", "I couldn't tell you the exact time."],
    "unsure_where": ["I'm not sure where, to be honest."],
    "unsure_who": ["I don't know who, sorry."],
    "unsure_amount": ["I couldn't give you an exact number."],
    "confirm": ["Yes, that's right.", "That's it, yes."],
    "unsure_yes_no": ["I couldn't say for sure, to be honest.", "Not that I know of, but I couldn't say for sure."],
    "how_are_you": ["I've been better, honestly.", "Okay, apart from all this."],
    "bad_news": ["Oh no. That's really disappointing.", "Oh. That's not what I wanted to hear.", "Really? That's a shame."],
    "off_topic": ["Sorry - how does that help with this?", "Can we stick to the problem, please?"],
    "press_again": ["I'll ask again:", "Please, I need an answer on this:", "I've asked this a few times now:"],
    "identity": ["Sure, it should be on the order.", "Yes, of course."],
    "waiting": ["Sorry, is something wrong?", "So... can you help me?"],
    "offer_taken": ["Oh, yes please.", "Yes, that would be lovely.", "Yes please, if it's no trouble."],
    "not_quite": ["Hmm. I'm not sure that's quite it.", "I'm not sure that's quite what I'm after.", "Maybe. I'm not convinced, to be honest."],
    "hesitant": ["I suppose. I'm still not happy about all this, though.", "Fine. I'm still pretty upset, to be honest."],
}

DEFAULT_REPLIES: dict[str, list[str]] = {
    "wrong_name": ["It's {name}, actually.", "Er, it's {name}."],
    "empathy": ["Thank you. It's been a frustrating morning.", "Yes. Thank you for understanding."],
    "apology": ["Thanks for saying that."],
    "blame": ["Are you saying this is my fault?", "I don't think that's fair."],
    "deflection": ["I'm not asking whose fault it is. I'm asking you to fix it."],
    "dismissal": ["Please don't talk to me like that.", "I don't appreciate being brushed off."],
    "policy_wall": ["I'm not asking about policy. I'm asking for help."],
    "rudeness": ["Excuse me? There's no need to be rude.", "I won't be spoken to like that."],
    "secrets": ["Why would you need that? I'm not sharing it."],
    "refusal": ["So what can you do, then?"],
    "stalling": ["Okay, I'll wait."],
}

# Mood change for each act at full strength, before temperament and difficulty.
DEFAULT_MOOD: dict[str, float] = {
    "greeting": 0.03,
    "name": 0.05,
    "apology": 0.08,
    "empathy": 0.15,
    "understanding": 0.12,
    "exploration": 0.04,
    "offer": 0.05,
    "commitment": 0.04,
    "follow_up": 0.05,
    "thanks": 0.03,
    "closing": 0.0,
    "blame": -0.4,
    "deflection": -0.2,
    "dismissal": -0.35,
    "policy_wall": -0.25,
    "rudeness": -0.6,
    "secrets": -0.4,
    "refusal": -0.1,
    "stalling": -0.03,
    "slang": -0.02,
    "wrong_name": -0.12,
}

# How each temperament weighs acts: a hurt customer wants to be heard, a rushed one wants speed.
TEMPERAMENT_WEIGHTS: dict[str, dict[str, float]] = {
    "hurt-wary": {"empathy": 1.3, "understanding": 1.3, "_negative": 1.2},
    "rushed-friendly": {"empathy": 0.4, "understanding": 0.5, "apology": 0.5, "name": 1.6, "exploration": 0.5, "_negative": 0.9},
    "calm": {},
    "angry": {"_positive": 0.7, "_negative": 1.2},
    "anxious": {"commitment": 1.5, "follow_up": 1.5, "understanding": 1.2},
}

# By difficulty 1-5: how much good acts lift the mood, how much bad ones sink it, how long patience lasts.
DIFFICULTY = {1: (1.25, 0.7, 1.5), 2: (1.15, 0.8, 1.3), 3: (1.0, 1.0, 1.0), 4: (0.85, 1.2, 0.85), 5: (0.75, 1.35, 0.7)}
