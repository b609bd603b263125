"""A throwaway PostgreSQL for the sync tests: Debian's server binaries, `initdb` run as the
`postgres` user (it refuses root) into a temporary folder, listening only on a Unix socket in
that folder on a free port, with password (SCRAM) logins; stopped and removed at the end."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER_PASSWORD = "hub superuser, test only"  # noqa: S105


def server_bin() -> Path | None:
    """The newest installed server's bin folder, or None when PostgreSQL is not installed."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_postgres(*command: str) -> None:
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)


@dataclass
class PgServer:
    folder: Path
    port: int
    bin: Path

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def url(self, database: str, user: str = "postgres") -> str:
        return f"postgresql://{user}@/{database}?host={self.folder}&port={self.port}"

    def pgpass(self, entries: dict[str, str]) -> Path:
        """A libpq password file (0600) holding these users' passwords and the superuser's."""
        path = self.folder / f"pgpass-{len(entries)}-{os.urandom(4).hex()}"
        lines = [f"*:*:*:{user}:{password}" for user, password in entries.items()]
        path.write_text("\n".join([*lines, f"*:*:*:postgres:{SUPERUSER_PASSWORD}"]) + "\n")
        path.chmod(0o600)
        return path

    def stop(self) -> None:
        self.pause()
        shutil.rmtree(self.folder, ignore_errors=True)

    def pause(self) -> None:
        """The server down, its data kept (a hub switched off for a while)."""
        _as_postgres(
            str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"
        )

    def resume(self) -> None:
        """The server up again on the same socket and port, waiting until it answers."""
        _run_server(self.bin, self.folder, self.port)


def start_server() -> PgServer:
    bin_dir = server_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="rapport-pg-"))
    pwfile = folder / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
    folder.chmod(0o755)
    _as_postgres(
        str(bin_dir / "initdb"),
        "-D",
        str(folder / "data"),
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--auth=scram-sha-256",
        f"--pwfile={pwfile}",
        "--no-sync",
        "--no-instructions",
    )
    port = _free_port()
    _run_server(bin_dir, folder, port)
    return PgServer(folder, port, bin_dir)


def _run_server(bin_dir: Path, folder: Path, port: int) -> None:
    options = f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    _as_postgres(
        str(bin_dir / "pg_ctl"),
        "-D",
        str(folder / "data"),
        "-l",
        str(folder / "log"),
        "-w",
        "-o",
        options,
        "start",
    )
