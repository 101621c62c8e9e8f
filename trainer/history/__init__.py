"""Graded sessions over time: the record, where it is kept, and what is read from it.

Independent of how replies are understood: everything here works from the results the
graders already produce (``results.session_result`` and the interview result).
"""
