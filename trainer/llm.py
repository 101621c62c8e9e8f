"""The one place that talks to a model: settings, the openai client, usage, and failures made plain.

Works with any OpenAI-compatible endpoint (OpenAI, or a local Ollama, vLLM, llama.cpp or
LM Studio server through a base URL). ``openai`` is imported only when an LLM engine is
chosen. The client's own ``timeout`` and ``max_retries`` (which honour Retry-After on 429)
do the retrying; this module turns what is left into one clear ``LLMError`` line that never
contains the API key.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from trainer.errors import EngineError, TrainerError


class LLMError(EngineError):
    """The endpoint failed after the client's retries; the offline engine takes over."""


@dataclass(frozen=True)
class Settings:
    model: str
    base_url: str | None = None
    api_key: str = field(default="", repr=False)
    timeout: float = 30.0
    max_retries: int = 2
    seed: int | None = None
    price_in: float | None = None  # currency units per million prompt tokens
    price_out: float | None = None  # per million completion tokens

    def describe(self) -> dict:
        """What a transcript or scorecard records about the engine: never the key."""
        return {"model": self.model, "base_url": self.base_url or "https://api.openai.com/v1", "seed": self.seed}


def settings(model: str | None = None, base_url: str | None = None, seed: int | None = None, env: dict | None = None) -> Settings:
    """Settings from the command line first, then the environment:
    ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``TRAINER_MODEL``, ``TRAINER_LLM_TIMEOUT``,
    ``TRAINER_LLM_RETRIES`` and ``TRAINER_PRICE`` ("0.15,0.60": per million prompt and completion tokens)."""
    env = os.environ if env is None else env
    model = model or env.get("TRAINER_MODEL")
    if not model:
        raise TrainerError("choose a model with --model NAME or TRAINER_MODEL (for example gpt-4o-mini, or llama3.1 on Ollama)")
    base_url = base_url or env.get("OPENAI_BASE_URL") or None
    key = env.get("OPENAI_API_KEY", "")
    if not key and not base_url:
        raise TrainerError("set OPENAI_API_KEY, or give --base-url for a local server (e.g. http://localhost:11434/v1 for Ollama)")
    price_in = price_out = None
    if env.get("TRAINER_PRICE"):
        try:
            price_in, price_out = (float(p) for p in env["TRAINER_PRICE"].split(","))
        except ValueError:
            raise TrainerError("TRAINER_PRICE: expected two numbers, per million prompt and completion tokens, e.g. 0.15,0.60") from None
    try:
        timeout = float(env.get("TRAINER_LLM_TIMEOUT", 30))
        retries = int(env.get("TRAINER_LLM_RETRIES", 2))
    except ValueError:
        raise TrainerError("TRAINER_LLM_TIMEOUT must be seconds and TRAINER_LLM_RETRIES a whole number") from None
    return Settings(model, base_url, key or "not-needed", timeout, retries, seed, price_in, price_out)


@dataclass
class Usage:
    """Tokens spent, and the estimated cost when a price is configured."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def add(self, usage) -> None:
        self.calls += 1
        if usage is not None:
            self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
            self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0

    def as_dict(self, settings: Settings | None = None) -> dict:
        out = {"calls": self.calls, "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
               "total_tokens": self.prompt_tokens + self.completion_tokens}
        if settings and settings.price_in is not None:
            out["estimated_cost"] = round((self.prompt_tokens * settings.price_in + self.completion_tokens * settings.price_out) / 1e6, 6)
        return out


@lru_cache(maxsize=8)
def client(settings: Settings):
    import openai  # only when an LLM engine is chosen

    return openai.OpenAI(api_key=settings.api_key, base_url=settings.base_url, timeout=settings.timeout, max_retries=settings.max_retries)


def _plain(settings: Settings, message: str) -> str:
    """An error message with the key (and anything shaped like one) removed."""
    if settings.api_key and settings.api_key != "not-needed":
        message = message.replace(settings.api_key, "***")
    return re.sub(r"\bsk-[A-Za-z0-9_-]{8,}", "sk-***", message)


def complete(settings: Settings, messages: list[dict], *, usage: Usage, json_mode: bool = False, temperature: float | None = None,
             on_token: Callable[[str], None] | None = None) -> str:
    """One chat completion: streamed to ``on_token`` when given. Raises ``LLMError`` with one plain line."""
    import openai

    kwargs: dict = {"model": settings.model, "messages": messages}
    if settings.seed is not None:
        kwargs["seed"] = settings.seed
    if temperature is not None:
        kwargs["temperature"] = temperature
    if json_mode:
        kwargs["response_format"] = {"type": "json_object"}
    where = settings.base_url or "the OpenAI API"
    try:
        if on_token is None:
            response = client(settings).chat.completions.create(**kwargs)
            usage.add(response.usage)
            return response.choices[0].message.content or ""
        parts: list[str] = []
        stream = client(settings).chat.completions.create(**kwargs, stream=True, stream_options={"include_usage": True})
        last, finished = None, False
        for chunk in stream:
            last = chunk.usage or last
            if chunk.choices and chunk.choices[0].finish_reason:
                finished = True
            if chunk.choices and chunk.choices[0].delta and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
                on_token(chunk.choices[0].delta.content)
        usage.add(last)
        if not finished:  # the connection closed before the model said it was done
            raise LLMError(f"{where} broke off the reply half way")
        return "".join(parts)
    except LLMError:
        raise
    except openai.APITimeoutError:
        raise LLMError(f"{where} did not answer within {settings.timeout:g} s") from None
    except openai.RateLimitError:
        raise LLMError(f"{where} is rate limiting (429) and {settings.max_retries} retries did not get through") from None
    except openai.AuthenticationError:
        raise LLMError(f"{where} refused the API key (401); check OPENAI_API_KEY") from None
    except openai.APIStatusError as exc:
        raise LLMError(_plain(settings, f"{where} answered {exc.status_code} after {settings.max_retries} retries")) from None
    except openai.APIConnectionError:
        raise LLMError(f"cannot reach {where} (or the connection broke off)") from None
    except Exception as exc:  # a dropped stream, a malformed chunk: the session must go on
        raise LLMError(_plain(settings, f"{where} failed mid-reply ({type(exc).__name__})")) from None
