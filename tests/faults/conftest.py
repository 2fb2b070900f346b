"""Fixtures for the fault-injection tests: a small synthetic corpus and a clean reference run."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlib import WINDOW, corpus_gen, make_env, raw_keys, run_driver, snapshot


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """240 articles over two days (~210 with incidents), as a `local` jsonl source."""
    out = tmp_path_factory.mktemp("fault_corpus")
    corpus_gen().generate(out, 240, per_day=120, increment=0, seed=11)
    return out


@pytest.fixture(scope="session")
def clean_run(corpus, tmp_path_factory) -> dict:
    """The reference: the corpus landed and built once, with no fault."""
    env = make_env(corpus, tmp_path_factory.mktemp("clean"))
    run_driver(env, "land", *WINDOW)
    run_driver(env, "build")
    wh = env["SITREP_WAREHOUSE"]
    return {"raw": raw_keys(wh), "marts": snapshot(wh), "env": env}
