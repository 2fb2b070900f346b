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


@dataclass(frozen=True)
class Settings:
    warehouse: Path
    serving: Path
    sources: Path
    dbt_project_dir: Path
    dbt_profiles_dir: Path

    @classmethod
    def from_env(cls) -> "Settings":
        dbt_dir = _path("SITREP_DBT_PROJECT_DIR", PROJECT_ROOT / "dbt_project")
        return cls(
            warehouse=_path("SITREP_WAREHOUSE", PROJECT_ROOT / "data" / "sitrep.duckdb"),
            serving=_path("SITREP_SERVING", PROJECT_ROOT / "data" / "serving" / "sitrep.duckdb"),
            sources=_path("SITREP_SOURCES", PROJECT_ROOT / "include" / "sources.yml"),
            dbt_project_dir=dbt_dir,
            dbt_profiles_dir=_path("SITREP_DBT_PROFILES_DIR", dbt_dir),
        )
