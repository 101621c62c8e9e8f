"""A throwaway PostgreSQL cluster for the history tests: initdb in a temporary folder, a free
port on 127.0.0.1, trust authentication, removed afterwards. None when no server is installed."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def binaries() -> Path | None:
    for found in [shutil.which("initdb"), *sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)]:
        if found and Path(found).exists():
            return Path(os.path.realpath(found)).parent
    return None


def _as_owner(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run it as the 'postgres' user the package created."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser is None:
        raise RuntimeError("running as root without runuser: cannot start PostgreSQL as another user")
    return [runuser, "-u", "postgres", "--", *command]


class Cluster:
    def __init__(self):
        self.bin = binaries()
        if self.bin is None:
            raise RuntimeError("no PostgreSQL server binaries (initdb) on this machine")
        self.folder = Path(tempfile.mkdtemp(prefix="trainer-pg-"))
        self.data = self.folder / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self._run([str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "trainer", "--no-sync", "-E", "UTF8"])
        self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-t", "30",
                   "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
        self.url = f"postgresql://trainer@127.0.0.1:{self.port}/postgres"

    def _run(self, command: list[str]) -> None:
        done = subprocess.run(_as_owner(command), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(command[0]).name} failed: {done.stderr.strip() or done.stdout.strip()}")

    def fresh_database(self) -> str:
        """A new empty database on the cluster, so each test starts clean."""
        import psycopg

        name = f"t{time.monotonic_ns()}"
        with psycopg.connect(self.url, autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        return self.url.rsplit("/", 1)[0] + "/" + name

    def stop(self) -> None:
        try:
            self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
