import pytest


@pytest.fixture(autouse=True)
def trainer_home(tmp_path, monkeypatch):
    """No test touches a real home: transcripts and history go to a temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("TRAINER_HOME", str(home))
    monkeypatch.delenv("TRAINER_DB", raising=False)
    monkeypatch.setenv("TRAINER_TRAINEE", "test-trainee")
    monkeypatch.chdir(tmp_path)
    return home
