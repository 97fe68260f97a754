"""A narration backend that calls an OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp server).

``HttpLLM("http://127.0.0.1:8080/v1", model="smollm2")`` posts the same
messages the local model gets (:func:`whyrec.narrate.prompt.build_messages`)
to ``<base_url>/chat/completions``, one request per candidate (the first
greedy, the others sampled with their own seeds, since many servers ignore
``n``). The API key, when the endpoint needs one, comes from the environment
variable named by ``api_key_env`` and is sent as ``Authorization: Bearer``.
Connection errors, timeouts, HTTP 429 and 5xx are retried ``retries`` times
with a short back-off; then, and on any other failure, the backend raises
:class:`~whyrec.narrate.base.NarrationBackendError` with the reason, which the
:class:`~whyrec.narrate.base.Narrator` records when it falls back to the template.
"""

from __future__ import annotations

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


class HttpLLM:
    """Narration backend over an OpenAI-compatible ``/v1/chat/completions`` endpoint.

    ``timeout`` (seconds) bounds each request; ``retries`` is the number of
    extra tries after a connection error, timeout, 429 or 5xx;
    ``temperature`` is used for the sampled candidates (the first is greedy);
    ``extra_body`` is merged into every request body (e.g. a server's own
    grammar option).
    """

    def __init__(
        self,
        base_url: str,
        model: str = "default",
        *,
        api_key_env: str = "WHYREC_LLM_API_KEY",
        timeout: float = 10.0,
        retries: int = 2,
        temperature: float = 0.7,
        max_tokens: int = MAX_TOKENS,
        extra_body: dict[str, Any] | None = None,
    ) -> None:
        self.url = chat_url(base_url)
        self.base_url = str(base_url)
        self.model = str(model)
        self.api_key_env = api_key_env
        self.timeout = check_float("timeout", timeout, 0.0, low_open=True)
        self.retries = check_int("retries", retries, 0, 10)
        self.temperature = check_float("temperature", temperature, 0.0, 2.0)
        self.max_tokens = check_int("max_tokens", max_tokens, 1, 4096)
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
        for j in range(n):
            body: dict[str, Any] = {
                "model": self.model,
                "messages": messages,
                "max_tokens": self.max_tokens,
                "temperature": 0.0 if j == 0 else self.temperature,
                "seed": j,
                "stream": False,
            }
            body.update(self.extra_body)
            yield clean_output(self._post(body), lang)

    # ------------------------------------------------------------ HTTP
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

        last = "no attempt made"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(min(0.25 * 2 ** (attempt - 1), 2.0))
            try:
                resp = self._http().post(self.url, json=body)
            except httpx.TimeoutException as e:
                last = f"timed out after {self.timeout:g} s ({type(e).__name__})"
                continue
            except httpx.HTTPError as e:  # connection refused, DNS, protocol errors
                last = f"{type(e).__name__}: {e}"
                continue
            if resp.status_code in _RETRY_STATUS:
                last = f"HTTP {resp.status_code}: {resp.text[:200]}"
                continue
            if resp.status_code != 200:
                raise NarrationBackendError(
                    f"{self.url} answered HTTP {resp.status_code}: {resp.text[:200]!r}. "
                    f"Fix: check the model name ({self.model!r}) and the API key in ${self.api_key_env}"
                )
            return _content(resp, self.url)
        raise NarrationBackendError(
            f"{self.url} failed after {self.retries + 1} tries: {last}. "
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
