"""A narration backend that calls an OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp server).

``HttpLLM("http://127.0.0.1:8080/v1", model="smollm2")`` posts the same
messages the local model gets (:func:`whyrec.narrate.prompt.build_messages`)
to ``<base_url>/chat/completions``, one request per candidate (the first
greedy, the others sampled with their own seeds, since many servers ignore
``n``), with ``stop: ["\\n"]`` (a narration is one line, and the rest would be
cut anyway). With ``grammar=True`` the body also carries the GBNF grammar of
:func:`whyrec.narrate.prompt.grammar_for` in the ``grammar`` field, which
llama.cpp's ``llama-server`` and llama-cpp-python's ``python -m
llama_cpp.server`` both read (OpenAI's own API rejects unknown fields, so it
is off by default; llama-cpp-python 0.3's server dies on a grammar it cannot
parse, and ``grammar_for`` is tested to parse). The API key, when the endpoint needs one, comes from the
environment variable named by ``api_key_env`` and is sent as ``Authorization:
Bearer``. An ``http://`` base URL is refused unless its host is the loopback
(``localhost``, ``127.0.0.0/8``, ``::1``) or ``allow_insecure=True`` (for the
CLI and the service, ``WHYREC_LLM_ALLOW_INSECURE=1``): a plain-HTTP prompt to
another host carries the catalogue and the API key in clear text, and its
reply (shown to shoppers once checked) can be changed on the way. Connection
errors (refused, reset, a server that dies mid-request), timeouts, HTTP
408/425/429 and 5xx are retried ``retries`` times, the k-th retry after
``min(backoff * 2**(k-1), max_backoff)`` seconds (each logged at INFO on
``whyrec.narrate.http``); then, and on any other failure, the backend raises
:class:`~whyrec.narrate.base.NarrationBackendError` with the reason (the last
error, and the first when they differ), which the
:class:`~whyrec.narrate.base.Narrator` records when it falls back to the template.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from whyrec.errors import check_float, check_int
from whyrec.narrate.base import NarrationBackendError
from whyrec.narrate.prompt import MAX_TOKENS, build_messages, clean_output

#: statuses worth another try
_RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}

_log = logging.getLogger(__name__)


def chat_url(base_url: str) -> str:
    """The chat-completions URL of ``base_url`` (``/v1`` is added to a bare host)."""
    parts = urlsplit(str(base_url))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"base_url must be an http(s) URL such as 'http://127.0.0.1:8080/v1'; got {base_url!r}"
        )
    url = str(base_url).split("#", 1)[0].rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if parts.path in ("", "/"):
        url += "/v1"
    return url + "/chat/completions"


def is_loopback(host: str) -> bool:
    """True for ``localhost`` (and ``*.localhost``) and loopback addresses (``127.0.0.0/8``, ``::1``)."""
    h = host.strip("[]").lower()
    if h == "localhost" or h.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def check_transport(base_url: str, allow_insecure: bool = False) -> None:
    """Raise ValueError for an ``http://`` ``base_url`` to a host that is not the loopback, unless
    ``allow_insecure``; the message names the value and the fix."""
    parts = urlsplit(str(base_url))
    if parts.scheme != "http" or allow_insecure:
        return
    host = parts.hostname or ""
    if not is_loopback(host):
        raise ValueError(
            f"base_url {base_url!r} is plain http:// to the non-loopback host {host!r}: prompts (catalogue data, "
            "the API key) and replies would cross the network unencrypted. Fix: use https://, or an http:// URL "
            "on localhost / 127.0.0.1, or pass allow_insecure=True (WHYREC_LLM_ALLOW_INSECURE=1 for the CLI and "
            "the service) for a trusted private network"
        )


class HttpLLM:
    """Narration backend over an OpenAI-compatible ``/v1/chat/completions`` endpoint.

    ``timeout`` (seconds) bounds each request (connecting, sending, and each
    wait for the answer); ``retries`` is the number of extra tries after a
    connection error, timeout, 408/425/429 or 5xx, with an exponential
    back-off of ``backoff`` seconds doubling up to ``max_backoff`` between
    them; ``temperature`` is used for the sampled candidates (the first is
    greedy); ``grammar=True`` sends :func:`~whyrec.narrate.prompt.grammar_for`
    as the body's ``grammar`` (llama.cpp servers); ``extra_body`` is merged
    into every request body last, so it can add or override any field (e.g.
    ``{"repeat_penalty": 1.3}`` for a llama.cpp server, ``{"stop": None}``);
    ``allow_insecure=True`` permits an ``http://`` URL to a host that is not the loopback (refused otherwise).
    """

    def __init__(
        self,
        base_url: str,
        model: str = "default",
        *,
        api_key_env: str = "WHYREC_LLM_API_KEY",
        timeout: float = 10.0,
        retries: int = 2,
        backoff: float = 0.25,
        max_backoff: float = 2.0,
        temperature: float = 0.7,
        max_tokens: int = MAX_TOKENS,
        grammar: bool = False,
        extra_body: dict[str, Any] | None = None,
        allow_insecure: bool = False,
    ) -> None:
        self.url = chat_url(base_url)
        check_transport(base_url, allow_insecure)
        self.allow_insecure = bool(allow_insecure)
        self.base_url = str(base_url)
        self.model = str(model)
        self.api_key_env = api_key_env
        self.timeout = check_float("timeout", timeout, 0.0, low_open=True)
        self.retries = check_int("retries", retries, 0, 10)
        self.backoff = check_float("backoff", backoff, 0.0, 60.0)
        self.max_backoff = check_float("max_backoff", max_backoff, 0.0, 60.0)
        self.temperature = check_float("temperature", temperature, 0.0, 2.0)
        self.max_tokens = check_int("max_tokens", max_tokens, 1, 4096)
        self.grammar = bool(grammar)
        self.extra_body = dict(extra_body or {})
        self.name = f"http:{self.model}"
        self._client: Any = None

    def __repr__(self) -> str:
        return f"HttpLLM(url={self.url!r}, model={self.model!r})"

    # ------------------------------------------------------------ backend protocol
    def write(self, facts: Any, lang: str = "en", n: int = 1) -> list[str]:
        """``n`` candidate texts (the first greedy); raises NarrationBackendError when the endpoint fails."""
        return list(self.iter_write(facts, lang, n))

    def iter_write(self, facts: Any, lang: str = "en", n: int = 1) -> Iterator[str]:
        """The candidates one by one, so that a caller can stop at the first good one."""
        n = check_int("n", n, 1, 16)
        messages = build_messages(facts, lang)
        gbnf = None
        if self.grammar:
            from whyrec.narrate.prompt import grammar_for

            gbnf = grammar_for(facts, lang)
        for j in range(n):
            body = self.request_body(messages, j, gbnf)
            text = self._post(body)
            if gbnf is not None:
                from whyrec.narrate.prompt import expand_output

                text = expand_output(text, facts, lang)
            yield clean_output(text, lang)

    def request_body(self, messages: list[dict[str, str]], j: int = 0, grammar: str | None = None) -> dict[str, Any]:
        """The JSON body of the ``j``-th candidate's request (``j == 0`` greedy); ``extra_body`` is merged last."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "max_tokens": self.max_tokens,
            "temperature": 0.0 if j == 0 else self.temperature,
            "seed": j,
            "stop": ["\n"],
            "stream": False,
        }
        if grammar is not None:
            body["grammar"] = grammar
        body.update(self.extra_body)
        return body

    # ------------------------------------------------------------ HTTP
    def backoff_delay(self, retry: int) -> float:
        """Seconds to wait before the ``retry``-th retry (1-based): ``backoff`` doubling, at most ``max_backoff``."""
        return min(self.backoff * 2.0 ** (max(int(retry), 1) - 1), self.max_backoff)

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env) if self.api_key_env else None
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _http(self) -> Any:
        if self._client is None:
            import httpx

            self._client = httpx.Client(timeout=httpx.Timeout(self.timeout), headers=self._headers())
        return self._client

    def _post(self, body: dict[str, Any]) -> str:
        import httpx

        tries = self.retries + 1
        first = last = "no attempt made"
        for attempt in range(tries):
            if attempt:
                delay = self.backoff_delay(attempt)
                _log.info("%s: try %d of %d failed (%s); retrying in %.2f s", self.url, attempt, tries, last, delay)
                time.sleep(delay)
            try:
                resp = self._http().post(self.url, json=body)
            except httpx.TimeoutException as e:
                last = f"timed out after {self.timeout:g} s ({type(e).__name__})"
            except httpx.HTTPError as e:  # refused, reset, closed mid-request, DNS, protocol errors
                last = f"{type(e).__name__}: {e}"
            else:
                if resp.status_code == 200:
                    return _content(resp, self.url)
                if resp.status_code not in _RETRY_STATUS:
                    raise NarrationBackendError(
                        f"{self.url} answered HTTP {resp.status_code}: {resp.text[:200]!r}. "
                        f"Fix: check the model name ({self.model!r}), the request options and the API key "
                        f"in ${self.api_key_env}"
                    )
                last = f"HTTP {resp.status_code}: {resp.text[:200]}"
            if attempt == 0:
                first = last
        also = f" (first: {first.rstrip('.')})" if first != last else ""
        raise NarrationBackendError(
            f"{self.url} failed after {tries} tries: {last.rstrip('.')}{also}. "
            "Fix: start the server or pass another --llm (template is always available)"
        )

    def close(self) -> None:
        """Close the HTTP connection pool."""
        if self._client is not None:
            self._client.close()
            self._client = None


def _content(resp: Any, url: str) -> str:
    """The first choice's message text of a chat-completions response."""
    try:
        data = resp.json()
        text = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError) as e:
        raise NarrationBackendError(
            f"{url} did not answer in the chat-completions format (choices[0].message.content): "
            f"{type(e).__name__} on {resp.text[:200]!r}"
        ) from e
    if not isinstance(text, str):
        raise NarrationBackendError(f"{url} answered a non-text message content: {text!r}"[:300])
    return text
