"""Small helpers shared by the tests: play a script, grade it."""

from trainer import catalog
from trainer.grading import grade
from trainer.session import Session, parse_script, play_script


def scenario(scenario_id):
    return catalog.scenarios().get(scenario_id)


def play(scenario_id, script, seed=0):
    session = Session(scenario(scenario_id), seed=seed, save=False)
    return play_script(session, parse_script(script))


def scorecard(scenario_id, script, seed=0):
    sc = scenario(scenario_id)
    transcript = play(scenario_id, script, seed)
    return grade(transcript, catalog.load_rubric(), sc), transcript
