"""The interactive play screen: reads the trainee's replies, times them, and shows the customer."""

from __future__ import annotations

import sys
import time

from trainer import render
from trainer.session import ReplyTooLong, Session


def _reader():
    """A prompt with multi-line editing when prompt_toolkit is there; plain input() otherwise."""
    try:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.key_binding import KeyBindings
    except ImportError:  # pragma: no cover - prompt_toolkit comes with questionary
        return lambda: input("you> ")
    bindings = KeyBindings()

    @bindings.add("escape", "enter")
    def _newline(event):
        event.current_buffer.insert_text("\n")

    session = PromptSession(key_bindings=bindings, multiline=False)
    return lambda: session.prompt("you> ", prompt_continuation="...  ")


def _warm_up_while_they_type(scenario) -> None:
    """A stand-in offline customer reads a few everyday replies in the background while the trainee
    types the first one, so the phrasebook and the scenario's patterns are compiled by the time it
    is sent and the real customer answers at once. Nothing of it is kept or shown."""
    import threading

    from trainer.customer import make_customer

    def warm() -> None:
        stand_in = make_customer("rules", scenario, seed=0)
        stand_in.open()
        for text in ("Hi, I'm so sorry about that - let me sort it out for you today.",
                     "Could you tell me your order number, please? I'll send a replacement by Friday.",
                     "Unfortunately that's not possible, but I can offer you a refund or a credit instead."):
            stand_in.respond(text)

    threading.Thread(target=warm, name="warm-up", daemon=True).start()


def _typing_pause(text: str, enabled: bool) -> None:
    if enabled:
        time.sleep(min(0.3 + len(text) / 120, 1.4))


def play_interactive(session: Session, *, show_mood: bool = False, typing: bool = True, explain: bool = False, streaming: bool = False) -> None:
    """The live game. With ``streaming`` the customer's words arrive token by token as the model writes them."""
    scenario = session.scenario
    name = scenario.customer.name.split()[0]
    typing = typing and sys.stdout.isatty()
    render.brief(scenario.brief_card())
    render.play_help()
    if streaming:
        render.stream_start(name)
    opening = session.start()
    _typing_pause(opening.text, typing)
    if streaming:
        render.stream_end(opening.mood, show_mood)
    else:
        render.chat_line("customer", name, opening.text, opening.mood, show_mood)
    _warm_up_while_they_type(scenario)
    read = _reader()
    while not session.done:
        started = time.monotonic()
        try:
            text = read()
        except EOFError:
            session.end("the trainee closed the input")
            break
        seconds = time.monotonic() - started
        command = text.strip().lower()
        if not command:  # a stray Enter is not a reply
            continue
        if command in ("/customer", "/card"):
            render.customer_card(scenario)
            continue
        if command == "/policy":
            render.policy(scenario)
            continue
        if command == "/hint":
            render.chat_line("coach", "hint", session.hint())
            continue
        if command in ("/help", "/?"):
            render.play_help()
            continue
        if command in ("/end", "/quit", "/exit"):
            session.end()
            break
        if command.startswith("/"):
            render.console.print(f"[dim]unknown command {render.escape(command)}; try /help[/dim]")
            continue
        if streaming and not explain:
            render.stream_start(name)
        try:
            turn = session.reply(text, seconds)
        except ReplyTooLong as exc:
            render.console.print(f"[yellow]{render.escape(str(exc))}[/yellow]")
            continue
        if streaming and not explain:
            render.stream_end(turn.mood, show_mood)
            continue
        _typing_pause(turn.text, typing)
        if explain:
            from trainer.authoring.explain import explain_turn

            render.explained_turn(explain_turn(scenario, 2 * len(session.exchanges), text, turn), name)
            continue
        render.chat_line("customer", name, turn.text, turn.mood, show_mood)
