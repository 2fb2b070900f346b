"""Settings read from the environment, so the DAG, the CLI and docker-compose share one source of truth."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# The repo root when running from a checkout (editable install); used only for defaults.
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


def _serving(default: Path) -> Path | str:
    value = os.environ.get("SITREP_SERVING", "").strip()
    if value.startswith("md:"):  # a MotherDuck database, not a file
        return value
    return _path("SITREP_SERVING", default)


def _location(name: str, default: Path) -> str:
    """A local folder (made absolute) or an fsspec URL (kept as written)."""
    value = os.environ.get(name, "").strip()
    if "://" in value:
        return value.rstrip("/")
    return str(Path(value).expanduser().resolve()) if value else str(default)


def _choice(name: str, allowed: tuple[str, ...]) -> str:
    value = os.environ.get(name, "").strip().lower() or allowed[0]
    if value not in allowed:
        raise ValueError(f"{name}={value!r}: expected one of {', '.join(allowed)}")
    return value


def _positive_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"{name}={value!r}: expected a whole number >= 1")
    return int(value)


@dataclass(frozen=True)
class Settings:
    warehouse: Path
    serving: Path | str  # a file, or md:<database> (MotherDuck, sitrep.warehouse.motherduck)
    sources: Path
    dbt_project_dir: Path
    dbt_profiles_dir: Path
    # Where extraction runs: "local" (the dbt Python model, a process pool on this machine) or "sharded" (one
    # Airflow task per article_id shard on any worker; dbt reads their Parquet files). See sitrep.extract.sharded.
    extraction: str = "local"
    # Shard files: a folder, or an fsspec URL (s3://bucket/sitrep/shards) every worker and dbt can read.
    shards: str = str(PROJECT_ROOT / "data" / "shards")
    shard_count: int = 8

    @classmethod
    def from_env(cls) -> "Settings":
        dbt_dir = _path("SITREP_DBT_PROJECT_DIR", PROJECT_ROOT / "dbt_project")
        return cls(
            warehouse=_path("SITREP_WAREHOUSE", PROJECT_ROOT / "data" / "sitrep.duckdb"),
            serving=_serving(PROJECT_ROOT / "data" / "serving" / "sitrep.duckdb"),
            sources=_path("SITREP_SOURCES", PROJECT_ROOT / "include" / "sources.yml"),
            dbt_project_dir=dbt_dir,
            dbt_profiles_dir=_path("SITREP_DBT_PROFILES_DIR", dbt_dir),
            extraction=_choice("SITREP_EXTRACTION", ("local", "sharded")),
            shards=_location("SITREP_SHARDS", PROJECT_ROOT / "data" / "shards"),
            shard_count=_positive_int("SITREP_SHARD_COUNT", 8),
        )
