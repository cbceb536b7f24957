"""HTTP load: the service as `scripts/serve` runs it (gunicorn, 4 workers), on SQLite and on PostgreSQL.

    python bench/http_load.py [--seconds 20] [--clients 8] [--workers 4]

A model is trained from the shipped corpus first (as scripts/serve does on a fresh machine).  For each database it
migrates a fresh one, starts gunicorn on a free local port and, for ``--seconds`` per phase,
has ``--clients`` threads send requests back to back: ``POST /api/v1/classify`` (no write), then
``POST /api/v1/cases`` (a case, its decision and its first status event stored in one transaction).  It reports
requests per second, latency percentiles and how many answers had each status, and then counts the
stored cases: every 201 must be a case in the database, and no other case may be there.  The load generator runs
on the same machine as the server (2 cores here), so the figures are a floor for a dedicated host, and the two
databases are measured in one run, side by side.  PostgreSQL is the local server at DISPUTES_TEST_POSTGRES_URL
(default ``postgresql://postgres@127.0.0.1:5432/postgres``); a throwaway database is created and dropped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import sqlalchemy as sa
from common import ROOT, environment, load_or_train, write_result

from service.classifier import write_current
from training.data import load_files, shipped_corpus_files

PG_URL = os.environ.get("DISPUTES_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def sqlite_database(scratch: Path) -> Iterator[str]:
    yield f"sqlite:///{scratch / 'load.sqlite'}"


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    name = f"mr_load_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield sa.make_url(PG_URL).set(drivername="postgresql+psycopg", database=name).render_as_string(False)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flask(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", *args], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True)
    return done.stdout


@contextlib.contextmanager
def gunicorn(env: dict[str, str], workers: int) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--workers", str(workers), "--bind",
                               f"127.0.0.1:{port}", "wsgi:app"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            with contextlib.suppress(OSError):
                with urllib.request.urlopen(f"{base}/ready", timeout=5) as answer:
                    if answer.status == 200:
                        break
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("http_load: gunicorn did not become ready")
            time.sleep(0.5)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def post(url: str, body: dict[str, Any], key: str) -> int:
    request = urllib.request.Request(url, data=json.dumps(body, ensure_ascii=False).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "X-API-Key": key})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            answer.read()
            status: int = answer.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return status


def phase(url: str, key: str, texts: list[str], clients: int, seconds: float) -> dict[str, Any]:
    """``clients`` threads posting back to back for ``seconds``; latencies (ms) and status codes."""
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def run(offset: int) -> None:
        i = offset
        while time.monotonic() < stop:
            start = time.perf_counter()
            status = post(url, {"text": texts[i % len(texts)]}, key)
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                statuses[status] += 1
            i += clients

    threads = [threading.Thread(target=run, args=(k,)) for k in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    ordered = sorted(latencies)
    return {"requests": len(latencies), "per_second": round(len(latencies) / wall, 1),
            "p50_ms": round(statistics.median(ordered), 1), "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1),
            "statuses": {str(k): v for k, v in sorted(statuses.items())}}


def measure(database: str, url: str, model_dir: Path, texts: list[str], args: argparse.Namespace) -> dict[str, Any]:
    env = {**os.environ, "DISPUTES_DATABASE_URL": url, "DISPUTES_MODEL_DIR": str(model_dir)}
    flask(env, "db-upgrade")
    key = flask(env, "api-keys", "create", "load-bench", "--scopes", "submit,read").strip().splitlines()[-1]
    with gunicorn(env, args.workers) as base:
        classify = phase(f"{base}/api/v1/classify", key, texts, args.clients, args.seconds)
        cases = phase(f"{base}/api/v1/cases", key, texts, args.clients, args.seconds)
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        stored = connection.execute(sa.text("SELECT count(*) FROM dispute_case")).scalar_one()
    engine.dispose()
    row = {"database": database, "classify": classify, "cases": cases, "cases_stored": stored,
           "every_201_stored": stored == cases["statuses"].get("201", 0)}
    print(json.dumps(row, ensure_ascii=False), flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    # Colloquial and formal texts of every label, up to 800 characters, as the API receives them.
    texts = [s.text for s in load_files(shipped_corpus_files())][::7]
    rows = []
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        model_dir = scratch / "models"
        write_current(model_dir, load_or_train(None, model_dir).version)
        with sqlite_database(scratch) as url:
            rows.append(measure("SQLite", url, model_dir, texts, args))
        try:
            with postgres_database() as url:
                rows.append(measure("PostgreSQL", url, model_dir, texts, args))
        except psycopg.OperationalError as exc:
            print(f"http_load: PostgreSQL skipped: {exc}", file=sys.stderr)
    data = {"environment": environment(), "seconds_per_phase": args.seconds, "clients": args.clients,
            "workers": args.workers, "texts": len(texts), "rows": rows}
    write_result("http_load", render(data), data)


def render(data: dict[str, Any]) -> str:
    lines = [
        "# HTTP load: gunicorn as scripts/serve runs it", "",
        f"`python bench/http_load.py` · {data['environment']} · {data['workers']} gunicorn workers · "
        f"{data['clients']} client threads on the same machine · {data['seconds_per_phase']:.0f} s per phase · "
        f"{data['texts']} texts from the shipped corpus, cycled", "",
        "| database | endpoint | requests/s | p50 (ms) | p99 (ms) | answers | stored cases = 201 answers |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in data["rows"]:
        for endpoint, name in (("classify", "POST /api/v1/classify"), ("cases", "POST /api/v1/cases")):
            figures = row[endpoint]
            answers = ", ".join(f"{n} × {code}" for code, n in figures["statuses"].items())
            stored = (f"{row['cases_stored']} stored: {'yes' if row['every_201_stored'] else 'NO'}"
                      if endpoint == "cases" else "–")
            lines.append(f"| {row['database']} | {name} | {figures['per_second']} | {figures['p50_ms']} | "
                         f"{figures['p99_ms']} | {answers} | {stored} |")
    lines += ["", "The client threads share the server's cores: on a dedicated host the service has more room."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
