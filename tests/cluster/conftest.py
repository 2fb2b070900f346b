"""Services the cluster test starts on loopback ports: PostgreSQL (Airflow's metadata DB) and Redis (the broker)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest


def _required() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _unavailable(reason: str, script: str):
    if _required():
        pytest.fail(f"{reason}, and CI is set ({script} installs it)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres():
    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdbs:
        _unavailable("PostgreSQL server not installed", "scripts/install_postgres.sh")
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        _unavailable("psycopg2 not installed (requirements-test.txt)", "make setup")
    pg_bin = Path(initdbs[-1]).parent
    root = Path(tempfile.mkdtemp(prefix="sitrep-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: use the account Debian's package created
        as_postgres = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    subprocess.run([*as_postgres, str(pg_bin / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--no-sync"], check=True, capture_output=True)
    subprocess.run([*as_postgres, str(pg_bin / "pg_ctl"), "-D", str(data), "-l", str(root / "postgres.log"), "-w",
                    "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                    "start"], check=True, capture_output=True)
    try:
        subprocess.run([str(pg_bin / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-c",
                        "create database airflow"], check=True, capture_output=True)
        yield f"postgresql+psycopg2://postgres@127.0.0.1:{port}/airflow"
    finally:
        subprocess.run([*as_postgres, str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def redis_url():
    server = shutil.which("redis-server")
    if not server:
        _unavailable("Redis server not installed", "scripts/install_redis.sh")
    root = Path(tempfile.mkdtemp(prefix="sitrep-redis-"))
    port = _free_port()
    # No persistence, loopback only: a broker that lives as long as the test.
    proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(root)], stdout=(root / "redis.log").open("w"), stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            assert proc.poll() is None, (root / "redis.log").read_text()
            assert time.monotonic() < deadline, "redis-server did not answer PING"
            time.sleep(0.2)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(root, ignore_errors=True)
