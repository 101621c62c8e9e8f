"""A built-in example trainee, so a new user can see the whole loop without typing."""

SCENARIO = "damaged-birthday-gift"

# A good (not perfect) agent: warm, specific and concrete, with one thing left to learn.
SCRIPT = """\
[+9s] Hi Dana, thank you for calling, and I'm so sorry - a cracked music box is the last thing you want to find days before Lily's birthday.
[+14s] Just so I get this right for you: when is the party, and would you like the same "Lily" engraving on the new one?
[+21s] So here's the plan: I'm putting through a free replacement with the same engraving right now, ahead of the 3 pm cut-off, and moving it to express shipping at no cost, so it leaves us Thursday and reaches you Friday, the day before the party. Please keep the damaged box; your photo is all the proof we need.
[+12s] On Thursday, the moment it's out of the workshop, I'll email the tracking number to you myself, and since you've shopped with us three times this year I've put a 15% store credit on your account to make up for this.
"""
