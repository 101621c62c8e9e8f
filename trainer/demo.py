"""A built-in example trainee, so a new user can see the whole loop without typing."""

SCENARIO = "damaged-birthday-gift"

# A good (not perfect) agent: warm, specific and concrete, with one thing left to learn.
SCRIPT = """\
[+9s] Hi Dana, thank you for calling, and I'm so sorry - a cracked music box is the last thing you want to find days before Lily's birthday.
[+14s] Just so I get this right for you: when is the party, and would you like the same "Lily" engraving on the new one?
[+21s] Here's what I'll do: I'm placing a free replacement with the same engraving now, before the 3 pm cut-off, and upgrading it to express shipping at no cost, so it ships Thursday and arrives Friday, the day before the party. You don't need to send the broken one back; a photo is all we need.
[+12s] I'll email you the tracking number on Thursday as soon as it leaves the workshop, and I've added a 15% store credit to your account for the trouble, since you've ordered with us three times this year.
"""
