"""docker-compose.yml, docker/Dockerfile and .env.example checked without Docker (it cannot run here).

Each check stands for a way the stack would fail on `docker compose up`: a command Airflow does not have, a
mount or script that is not in the repo, a setting nobody documented, a typo in an Airflow option name.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path, PurePosixPath

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "docker" / "Dockerfile"
ENV_EXAMPLE = REPO / ".env.example"

AIRFLOW_SERVICES = {
    "airflow-apiserver": ["api-server"],
    "airflow-scheduler": ["scheduler"],
    "airflow-dag-processor": ["dag-processor"],
    "airflow-triggerer": ["triggerer"],
}
# ${VAR}, ${VAR:-default}, ${VAR:?message}; `$$` is Compose's escape for a literal `$`.
VAR_RE = re.compile(r"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict:
    data = yaml.safe_load(COMPOSE.read_text())
    assert isinstance(data, dict) and isinstance(data.get("services"), dict), "compose file has no services"
    return data


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return shlex.split(value) if isinstance(value, str) else [str(v) for v in value]


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {k: str(v) for k, v in env.items()}


def _dockerfile() -> tuple[dict[str, str], dict[str, str], str]:
    """(ENV values, container path -> repo path for each COPY, WORKDIR), with ${VAR} expanded."""
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    values: dict[str, str] = {}
    copies: dict[str, str] = {}
    workdir = "/"

    def expand(s: str) -> str:
        return re.sub(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", lambda m: values.get(m.group(1), m.group(0)), s)

    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        instr, _, rest = line.partition(" ")
        instr = instr.upper()
        if instr in ("ARG", "ENV"):
            for part in shlex.split(rest, comments=True):
                if "=" in part:
                    key, _, val = part.partition("=")
                    values.setdefault(key, expand(val)) if instr == "ARG" else values.__setitem__(key, expand(val))
        elif instr == "WORKDIR":
            workdir = expand(rest.strip())
        elif instr == "COPY":
            args = [a for a in shlex.split(rest) if not a.startswith("--")]
            *sources, dest = args
            dest = expand(dest)
            for src in sources:
                if dest.endswith("/"):
                    copies[str(PurePosixPath(dest) / PurePosixPath(src).name)] = src
                else:
                    copies[dest] = src
    return values, copies, workdir


def _repo_path_for(container_path: str) -> Path | None:
    """Where a path inside the image comes from in the repo, per the Dockerfile's COPY lines."""
    _, copies, _ = _dockerfile()
    path = PurePosixPath(container_path)
    for dest, src in sorted(copies.items(), key=lambda kv: -len(kv[0])):
        dest_path = PurePosixPath(dest)
        if path == dest_path or dest_path in path.parents:
            return REPO / src / path.relative_to(dest_path)
    return None


def test_expected_services_exist(services) -> None:
    expected = {*AIRFLOW_SERVICES, "airflow-init", "airflow-worker", "postgres", "redis", "dashboard"}
    assert expected <= set(services), f"missing services: {expected - set(services)}"


def test_airflow_commands_are_real_cli_commands(services) -> None:
    from airflow.cli import cli_config

    known = {c.name for c in cli_config.core_commands}
    for name, command in AIRFLOW_SERVICES.items():
        got = _as_list(services[name].get("command"))
        assert got == command, f"{name} runs {got}, expected {command}"
        assert got[0] in known, f"`airflow {got[0]}` does not exist in this Airflow"
    # `celery worker` comes from the celery provider, which the Airflow base image ships.
    assert _as_list(services["airflow-worker"]["command"]) == ["celery", "worker"]


def test_celery_is_an_opt_in_profile(services) -> None:
    for name in ("redis", "airflow-worker"):
        assert services[name].get("profiles") == ["celery"], f"{name} should only start with --profile celery"
    worker_env = _env(services["airflow-worker"])
    assert "redis:6379" in worker_env["AIRFLOW__CELERY__BROKER_URL"]
    assert "deploy" not in services["airflow-worker"] or "replicas" not in services["airflow-worker"]["deploy"]
    assert "container_name" not in services["airflow-worker"], "a fixed container_name would block --scale"
    executor = _env(services["airflow-scheduler"])["AIRFLOW__CORE__EXECUTOR"]
    assert executor.startswith("${AIRFLOW_EXECUTOR"), "executor must be switchable from .env"


def test_depends_on_names_services_in_the_same_profiles(services) -> None:
    for name, svc in services.items():
        deps = svc.get("depends_on") or {}
        for dep, spec in (deps.items() if isinstance(deps, dict) else ((d, {}) for d in deps)):
            assert dep in services, f"{name} depends on unknown service {dep}"
            dep_profiles = set(services[dep].get("profiles") or [])
            if dep_profiles:
                assert dep_profiles & set(svc.get("profiles") or []), (
                    f"{name} runs without a profile but depends on {dep}, which only runs with {dep_profiles}"
                )
            if isinstance(spec, dict) and spec.get("condition") == "service_healthy":
                assert "healthcheck" in services[dep], f"{name} waits for {dep} to be healthy, it has no check"


def test_airflow_option_names_exist(services) -> None:
    from airflow.configuration import conf

    described = conf.configuration_description
    # Sections whose options are defined by providers this venv does not install (the image has them).
    provider_sections = {"celery"}
    for name, svc in services.items():
        for var in _env(svc):
            if not var.startswith("AIRFLOW__"):
                continue
            section, _, option = var[len("AIRFLOW__"):].lower().partition("__")
            if section in provider_sections:
                continue
            assert option in described.get(section, {}).get("options", {}), (
                f"{name}: {var} is not an Airflow option ([{section}] {option})"
            )


def test_every_variable_is_documented_in_env_example() -> None:
    used = {m.group(1) for m in VAR_RE.finditer(COMPOSE.read_text())}
    documented = {
        m.group(1) for m in re.finditer(r"^\s*#?\s*([A-Z][A-Z0-9_]*)=", ENV_EXAMPLE.read_text(), re.MULTILINE)
    }
    assert used, "compose uses no variables at all?"
    assert used - documented == set(), f"used in docker-compose.yml but not in .env.example: {used - documented}"
    assert documented - used == set(), f"documented in .env.example but unused: {documented - used}"


def test_secrets_have_no_defaults() -> None:
    text = COMPOSE.read_text()
    for secret in ("POSTGRES_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET", "AIRFLOW_API_SECRET_KEY",
                   "SITREP_ADMIN_PASSWORD"):
        forms = {(m.group(2) or "") for m in VAR_RE.finditer(text) if m.group(1) == secret}
        assert forms == {":?"}, f"{secret} must be required (${{{secret}:?...}}), found forms {forms}"
    values = dict(
        line.split("=", 1) for line in ENV_EXAMPLE.read_text().splitlines() if re.match(r"^[A-Z_]+=", line)
    )
    for secret in ("POSTGRES_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET", "AIRFLOW_API_SECRET_KEY",
                   "SITREP_ADMIN_PASSWORD"):
        assert values.get(secret) == "", f".env.example must not ship a value for {secret}"


def test_mounts_point_at_the_repo_or_declared_volumes(compose, services) -> None:
    declared = set(compose.get("volumes") or {})
    for name, svc in services.items():
        for mount in svc.get("volumes") or []:
            source = mount.split(":")[0] if isinstance(mount, str) else mount.get("source")
            if source.startswith((".", "/")):
                assert (REPO / source).resolve().exists(), f"{name} bind-mounts {source}, not in the repo"
                assert source.startswith("."), f"{name} mounts absolute host path {source}"
            else:
                assert source in declared, f"{name} uses volume {source} not declared under volumes:"


def test_shared_warehouse_volume(services) -> None:
    def mounts(name: str) -> dict[str, str]:
        out = {}
        for m in services[name].get("volumes") or []:
            parts = m.split(":")
            out[parts[0]] = parts[2] if len(parts) > 2 else "rw"
        return out

    for name in ("airflow-scheduler", "airflow-worker"):
        assert mounts(name).get("warehouse") == "rw", f"{name} runs tasks and must write the warehouse"
    assert mounts("dashboard").get("warehouse") == "ro", "the dashboard must mount the warehouse read-only"
    target = next(m.split(":")[1] for m in services["dashboard"]["volumes"] if m.startswith("warehouse:"))
    serving = _env(services["dashboard"])["SITREP_SERVING"]
    assert serving.startswith(target + "/"), "the dashboard's SITREP_SERVING is outside the shared volume"
    assert _env(services["airflow-scheduler"])["SITREP_SERVING"] == serving


def test_build_context_and_dockerfile_copies_exist(services) -> None:
    for name, svc in services.items():
        build = svc.get("build")
        if not build:
            continue
        context = REPO / build.get("context", ".")
        assert context.is_dir(), f"{name}: build context {context} missing"
        assert (context / build.get("dockerfile", "Dockerfile")).is_file(), f"{name}: Dockerfile missing"
    _, copies, _ = _dockerfile()
    assert copies, "Dockerfile copies nothing"
    for dest, src in copies.items():
        assert (REPO / src).exists(), f"Dockerfile copies {src} to {dest}, but {src} is not in the repo"


def test_dockerfile_installs_requirements_and_package() -> None:
    text = DOCKERFILE.read_text()
    assert re.search(r"pip install[^\n]*-r requirements\.txt", text)
    assert re.search(r"pip install[^\n]*(-e )?\.\s*(\\|\n|&&)", text), "the sitrep package is not installed"
    values, copies, _ = _dockerfile()
    assert "pyproject.toml" in copies.values()
    assert re.match(r"apache/airflow:", re.search(r"^FROM\s+(\S+)", text, re.M).group(1).replace(
        "${AIRFLOW_VERSION}", values.get("AIRFLOW_VERSION", "")))


def test_container_paths_used_by_services_come_from_the_repo(services) -> None:
    """Scripts, app files and the DAGs folder the services use are in the image, i.e. copied from the repo."""
    for name, svc in services.items():
        workdir = svc.get("working_dir") or _dockerfile()[2]
        args = _as_list(svc.get("entrypoint")) + _as_list(svc.get("command"))
        for arg in args:
            if not re.search(r"\.(py|sh)$", arg):
                continue
            container = arg if arg.startswith("/") else str(PurePosixPath(workdir) / arg)
            repo_path = _repo_path_for(container)
            assert repo_path is not None and repo_path.is_file(), f"{name} runs {arg}, not copied from the repo"
        dags = _env(svc).get("AIRFLOW__CORE__DAGS_FOLDER")
        if dags:
            repo_dags = _repo_path_for(dags)
            assert repo_dags is not None and repo_dags.is_dir(), f"{name}: DAGS_FOLDER {dags} not in the image"


def test_dashboard_service_runs_streamlit_with_valid_options(services) -> None:
    from streamlit import config

    svc = services["dashboard"]
    args = _as_list(svc["entrypoint"]) + _as_list(svc["command"])
    assert args[:4] == ["python", "-m", "streamlit", "run"]
    options = {}
    for arg in args[5:]:
        assert arg.startswith("--") and "=" in arg, f"unexpected dashboard argument {arg}"
        key, _, value = arg[2:].partition("=")
        assert key in config._config_options_template, f"--{key} is not a Streamlit option"
        options[key] = value
    assert options["browser.gatherUsageStats"] == "false", "the dashboard must not phone home"
    assert options["server.address"] == "0.0.0.0"
    assert any(p.endswith(":" + options["server.port"]) for p in svc["ports"]), "published port != server.port"


def test_api_server_port_and_execution_api_url_agree(services) -> None:
    url = _env(services["airflow-scheduler"])["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"]
    assert url.startswith("http://airflow-apiserver:8080/")
    assert any(str(p).endswith(":8080") for p in services["airflow-apiserver"]["ports"])


@pytest.mark.parametrize("script", ["docker/airflow-init.sh", "scripts/apt_install_or_skip.sh",
                                    "scripts/install_chromium.sh", "scripts/install_compose.sh",
                                    "scripts/install_postgres.sh"])
def test_shell_scripts_parse(script: str) -> None:
    path = REPO / script
    assert path.is_file()
    subprocess.run(["bash", "-n", str(path)], check=True)


def test_init_creates_the_pool_the_dag_uses() -> None:
    dag = (REPO / "dags" / "sitrep_daily.py").read_text()
    pool = re.search(r'^DUCKDB_POOL\s*=\s*"([^"]+)"', dag, re.M).group(1)
    init = (REPO / "docker" / "airflow-init.sh").read_text()
    assert re.search(rf"airflow pools set {re.escape(pool)} 1\b", init), f"airflow-init does not create pool {pool!r}"


def test_image_installs_what_the_dashboard_runs() -> None:
    """The dashboard service runs Streamlit from the image, which gets its packages from requirements.txt."""
    pins = {
        re.split(r"[=<>!~\[ ;]", line.strip(), maxsplit=1)[0].lower()
        for line in (REPO / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    assert "streamlit" in pins, "requirements.txt must pin streamlit for the dashboard service"


# ---------------------------------------------------------------------------------------- issue 16: deployment

DOCKERIGNORE = REPO / ".dockerignore"


def _ignore_patterns() -> list[tuple[re.Pattern, bool]]:
    """.dockerignore as (regex, is_exception) pairs, with Docker's semantics for *, ?, ** and !."""
    out = []
    for line in DOCKERIGNORE.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line.lstrip("!").strip("/")
        regex = ""
        i = 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                regex += "(?:.*/)?"
                i += 3
            elif pattern.startswith("**", i):
                regex += ".*"
                i += 2
            elif pattern[i] == "*":
                regex += "[^/]*"
                i += 1
            elif pattern[i] == "?":
                regex += "[^/]"
                i += 1
            else:
                regex += re.escape(pattern[i])
                i += 1
        out.append((re.compile(regex + "(?:/.*)?$"), negate))
    return out


def _ignored(rel: str, patterns) -> bool:
    ignored = False
    for regex, negate in patterns:
        if regex.match(rel):
            ignored = not negate
    return ignored


def test_dockerignore_keeps_dev_leftovers_out_of_the_build_context():
    patterns = _ignore_patterns()
    for leftover in (".venv/bin/python", "dbt_project/target/manifest.json", "dbt_project/logs/dbt.log",
                     "data/sitrep.duckdb", "data/serving/sitrep.duckdb", ".git/HEAD", ".env",
                     "include/sitrep/__pycache__/cli.cpython-311.pyc", ".airflow/airflow.db", "artifacts/x.png",
                     "bench/data/10000/manifest.json", "some/where/else.duckdb"):
        assert _ignored(leftover, patterns), f"{leftover} would be sent to the Docker daemon"
    _, copies, _ = _dockerfile()
    for src in copies.values():
        assert not _ignored(src, patterns), f"the Dockerfile copies {src}, but .dockerignore drops it"
    for needed in ("include/sources.yml", "include/sitrep/data/gazetteer.marshal.z", "include/sitrep/data/villages.bin",
                   "dbt_project/dbt_project.yml",
                   "dbt_project/profiles.yml", "dbt_project/models/staging/stg_articles.sql"):
        assert (REPO / needed).exists() and not _ignored(needed, patterns), needed
    # The figure, for the record: what `docker build` would send from this checkout.
    size = files = 0
    for path in REPO.rglob("*"):
        rel = path.relative_to(REPO).as_posix()
        if path.is_file() and not _ignored(rel, patterns):
            size, files = size + path.stat().st_size, files + 1
    print(f"\nDocker build context: {files} files, {size / 1e6:.1f} MB")


def test_image_builds_dbt_manifest_so_the_cosmos_dag_imports(tmp_path):
    """The Dockerfile runs `dbt parse` after copying the project; run that same command on what the build context
    holds (no target/, no warehouse) and check it makes the manifest the full-refresh DAG reads."""
    import shutil
    import sys

    text = DOCKERFILE.read_text().replace("\\\n", " ")
    copy_at = text.index("COPY --chown=airflow:0 dbt_project")
    parse = re.search(r"RUN cd \$\{SITREP_HOME\}/dbt_project\s+&&\s+(SITREP_WAREHOUSE=\S+) dbt parse ([^&]+)&&", text)
    assert parse and parse.start() > copy_at, "the Dockerfile must run dbt parse after copying dbt_project"
    dag = (REPO / "dags" / "sitrep_dbt_full_refresh.py").read_text()
    assert 'manifest_path=settings.dbt_project_dir / "target" / "manifest.json"' in dag
    patterns = _ignore_patterns()
    project = tmp_path / "dbt_project"
    shutil.copytree(REPO / "dbt_project", project,
                    ignore=lambda d, names: [n for n in names if _ignored(
                        (Path(d) / n).relative_to(REPO).as_posix(), patterns)])
    assert not (project / "target").exists()
    warehouse = tmp_path / "nowhere" / "parse.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "DBT_"))}
    env["SITREP_WAREHOUSE"] = str(warehouse)
    dbt = str(Path(sys.executable).with_name("dbt"))
    proc = subprocess.run([dbt, "parse", *shlex.split(parse.group(2))], cwd=project, env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    manifest = project / "target" / "manifest.json"
    assert manifest.stat().st_size > 10_000
    assert not warehouse.exists(), "dbt parse must not need (or create) a warehouse"


def _dockerfile_dirs() -> set[str]:
    """Directories the Dockerfile creates (mkdir -p) or copies into, with ENV/ARG expanded."""
    values, copies, _ = _dockerfile()
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    made = set()
    for m in re.finditer(r"mkdir -p ([^&\n]+)", text):
        for part in m.group(1).split():
            made.add(re.sub(r"\$\{?([A-Za-z_]+)\}?", lambda v: values.get(v.group(1), v.group(0)), part))
    made |= {str(PurePosixPath(d).parent) for d in copies}
    return made | {str(parent) for d in made for parent in PurePosixPath(d).parents}


def test_named_volumes_mount_on_folders_the_image_creates_for_airflow(compose, services):
    """An empty named volume takes the ownership of the image folder it mounts on; a folder the image lacks
    comes up root-owned and airflow-init (uid 50000) cannot write the auth file."""
    declared = set(compose.get("volumes") or {})
    made = _dockerfile_dirs()
    base_image_dirs = {"/opt/airflow/logs"}  # created by the apache/airflow image for its user
    sitrep_image = "${SITREP_IMAGE:-sitrep:latest}"
    for name, svc in services.items():
        if svc.get("image") != sitrep_image:
            continue
        for mount in svc.get("volumes") or []:
            source, target = mount.split(":")[:2]
            if source in declared:
                assert target in made or target in base_image_dirs, f"{name}: {target} is not made by the image"
    text = DOCKERFILE.read_text()
    assert "/opt/airflow/auth" in text and re.search(r"chmod -R g\+w[^\n]*/opt/airflow/auth", text)


def test_sources_file_and_volume_are_wired(services):
    env = _env(services["airflow-scheduler"])
    assert env["SITREP_SOURCES"] == "${SITREP_SOURCES:-/opt/sitrep/sources/sources.yml}"
    mounts = dict(m.split(":")[:2] for m in services["airflow-scheduler"]["volumes"])
    assert mounts.get("sources") == "/opt/sitrep/sources"
    text = DOCKERFILE.read_text()
    assert "cp ${SITREP_HOME}/include/sources.yml ${SITREP_HOME}/sources/sources.yml" in text
    assert "SITREP_SOURCES=${SITREP_HOME}/sources/sources.yml" in text
    from sitrep.acquire.sources import load_sources

    assert load_sources(REPO / "include" / "sources.yml").sources  # the file the volume starts with is valid


def test_ports_are_published_on_localhost_unless_configured(services):
    published = {name: svc["ports"] for name, svc in services.items() if svc.get("ports")}
    assert set(published) == {"airflow-apiserver", "dashboard"}
    for name, ports in published.items():
        for port in ports:
            assert str(port).startswith("${SITREP_BIND_ADDRESS:-127.0.0.1}:"), f"{name} publishes {port}"
    assert "SITREP_BIND_ADDRESS=0.0.0.0" in COMPOSE.read_text() + ENV_EXAMPLE.read_text()
    assert "SITREP_BIND_ADDRESS" in (REPO / "docs" / "deployment.md").read_text()


def _compose_binary() -> list[str] | None:
    import shutil

    if os.environ.get("SITREP_COMPOSE_BIN"):
        return [os.environ["SITREP_COMPOSE_BIN"]]
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return [shutil.which("docker-compose")]
    return None


SECRETS = ("POSTGRES_PASSWORD", "AIRFLOW_FERNET_KEY", "AIRFLOW_JWT_SECRET", "AIRFLOW_API_SECRET_KEY",
           "SITREP_ADMIN_PASSWORD")


@pytest.fixture(scope="module")
def compose_bin() -> list[str]:
    binary = _compose_binary()
    if binary is None:
        reason = "no docker compose here (scripts/install_compose.sh installs Debian's docker-compose)"
        if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
            pytest.fail(f"{reason}, and CI is set")
        pytest.skip(reason)
    return binary


def _compose_config(binary: list[str], tmp_path: Path, overrides: dict[str, str] | None = None,
                    drop: tuple[str, ...] = (), profiles: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """`compose config` as a user runs it: .env.example copied to .env with the secrets filled in (plus
    `overrides`, minus `drop`), passed with --env-file so a developer's own .env never leaks into the test."""
    lines = []
    for line in ENV_EXAMPLE.read_text().splitlines():
        key = line.split("=", 1)[0] if re.match(r"^[A-Z][A-Z0-9_]*=", line) else None
        if key in drop:
            continue
        if key in SECRETS:
            line = f"{key}=test-{key.lower()}"
        if key in (overrides or {}):
            line = f"{key}={overrides[key]}"
        lines.append(line)
    env_file = tmp_path / "env"
    env_file.write_text("\n".join(lines) + "\n")
    # The process environment wins over the env file in Compose: keep the caller's settings out of it.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SITREP_", "AIRFLOW_", "POSTGRES_", "COMPOSE_"))}
    args = [*binary, "--env-file", str(env_file), "-f", str(COMPOSE), "--project-directory", str(REPO)]
    for profile in profiles:
        args += ["--profile", profile]
    return subprocess.run([*args, "config"], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)


def _resolved(binary, tmp_path, **kw) -> dict:
    proc = _compose_config(binary, tmp_path, **kw)
    assert proc.returncode == 0, proc.stderr
    return yaml.safe_load(proc.stdout)


def _ports(service: dict) -> set[tuple[str, str, str]]:
    """(host address, host port, container port) of each published port, in Compose v1 (short strings) or v2
    (long mappings) output."""
    out = set()
    for port in service.get("ports") or []:
        if isinstance(port, dict):
            out.add((port.get("host_ip", ""), str(port.get("published", "")), str(port["target"])))
        else:
            parts = str(port).split("/")[0].split(":")
            host, published, target = (["", "", *parts])[-3:] if len(parts) < 3 else parts
            out.add((host, published, target))
    return out


def _mounts(service: dict) -> dict[str, tuple[str, bool]]:
    """container path -> (source, read_only), from v1 strings or v2 mappings."""
    out = {}
    for mount in service.get("volumes") or []:
        if isinstance(mount, dict):
            out[mount["target"]] = (mount["source"], bool(mount.get("read_only")))
        else:
            source, target, *mode = mount.split(":")
            out[target] = (source, bool(mode) and "ro" in mode[0].split(","))
    return out


def test_docker_compose_config_resolves_the_default_stack(compose_bin, tmp_path):
    """The real Compose parser on docker-compose.yml with the documented .env: what `docker compose up` starts."""
    resolved = _resolved(compose_bin, tmp_path)
    services = resolved["services"]
    assert set(services) == {"postgres", "redis", "airflow-init", "airflow-apiserver", "airflow-scheduler",
                             "airflow-dag-processor", "airflow-triggerer", "airflow-worker", "dashboard"}
    assert set(resolved["volumes"]) == {"warehouse", "sources", "postgres-db", "airflow-logs", "airflow-auth"}
    # Published on loopback only, at the documented ports; nothing else publishes anything.
    assert _ports(services["airflow-apiserver"]) == {("127.0.0.1", "8080", "8080")}
    assert _ports(services["dashboard"]) == {("127.0.0.1", "8501", "8501")}
    assert {n for n, s in services.items() if s.get("ports")} == {"airflow-apiserver", "dashboard"}

    airflow = [n for n in services if n.startswith("airflow-")]
    for name in airflow:
        svc = services[name]
        env = svc["environment"]
        assert env["SITREP_SOURCES"] == "/opt/sitrep/sources/sources.yml", name
        assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor", name
        # The secrets reached every component, interpolated into the connection strings.
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == (
            "postgresql+psycopg2://airflow:test-postgres_password@postgres:5432/airflow"), name
        assert env["AIRFLOW__API_AUTH__JWT_SECRET"] == "test-airflow_jwt_secret", name
        mounts = _mounts(svc)
        assert mounts["/opt/sitrep/data"] == ("warehouse", False), f"{name} must write the warehouse"
        assert mounts["/opt/sitrep/sources"] == ("sources", False), name
        assert mounts["/opt/airflow/auth"] == ("airflow-auth", False), name
        assert mounts["/opt/sitrep/dags"] == (str(REPO / "dags"), True), f"{name}: ./dags bind-mounted read-only"
        assert svc["user"] == "50000:0", name
    assert services["airflow-init"]["environment"]["SITREP_ADMIN_PASSWORD"] == "test-sitrep_admin_password"
    assert "SITREP_ADMIN_PASSWORD" not in services["airflow-scheduler"]["environment"], "only init needs it"

    dashboard = services["dashboard"]
    assert _mounts(dashboard) == {"/opt/sitrep/data": ("warehouse", True)}, "the dashboard reads, never writes"
    assert dashboard["environment"]["SITREP_SERVING"] == services["airflow-scheduler"]["environment"]["SITREP_SERVING"]
    assert dashboard["environment"]["SITREP_SERVING"].startswith("/opt/sitrep/data/")
    assert _mounts(services["postgres"]) == {"/var/lib/postgresql/data": ("postgres-db", False)}
    for name in ("redis", "airflow-worker"):
        assert services[name].get("profiles") == ["celery"], name


def test_docker_compose_config_applies_the_documented_settings(compose_bin, tmp_path):
    """The .env settings docs/deployment.md and .env.example describe take effect: every interface, other ports,
    the user's own sources file, the Celery executor."""
    resolved = _resolved(compose_bin, tmp_path, profiles=("celery",), overrides={
        "SITREP_BIND_ADDRESS": "0.0.0.0", "AIRFLOW_API_PORT": "9080", "SITREP_DASHBOARD_PORT": "9501",
        "SITREP_SOURCES": "/opt/sitrep/sources/mine.yml", "AIRFLOW_EXECUTOR": "CeleryExecutor",
        "SITREP_IMAGE": "registry.example/sitrep:1.2", "AIRFLOW_UID": "1234"})
    services = resolved["services"]
    assert _ports(services["airflow-apiserver"]) == {("0.0.0.0", "9080", "8080")}
    assert _ports(services["dashboard"]) == {("0.0.0.0", "9501", "8501")}
    for name in ("airflow-scheduler", "airflow-dag-processor", "airflow-worker", "airflow-triggerer"):
        env = services[name]["environment"]
        assert env["SITREP_SOURCES"] == "/opt/sitrep/sources/mine.yml", name
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        assert env["AIRFLOW__CELERY__BROKER_URL"] == "redis://redis:6379/0", name
        assert services[name]["image"] == "registry.example/sitrep:1.2", name
        assert services[name]["user"] == "1234:0", name
    assert services["dashboard"]["image"] == "registry.example/sitrep:1.2"
    assert services["airflow-worker"]["depends_on"]["redis"]["condition"] == "service_healthy"


@pytest.mark.parametrize("missing", SECRETS)
def test_docker_compose_config_refuses_to_run_without_each_secret(compose_bin, tmp_path, missing):
    proc = _compose_config(compose_bin, tmp_path, drop=(missing,))
    assert proc.returncode != 0
    assert f"set {missing} in .env" in proc.stderr, proc.stderr
