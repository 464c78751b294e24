"""Files attached to activities, copied into the workspace's own folder so
they travel with it and survive the original being moved or deleted, and
the attachments table that records them."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from ..domain.text import Message, template
from ..files import FileWriteError, atomic_path, explain_os_error
from .columns import now_iso
from .repository import Repository

NOT_FOUND = template("Không tìm thấy tệp “{path}” để đính kèm.")
CANNOT_READ = template(
    "Không đọc được tệp “{path}”: tệp đang mở trong chương trình khác hoặc không có quyền đọc."
)


def unique_name(folder: Path, name: str) -> str:
    """`name`, or "name (2).ext", "name (3).ext"... when already taken."""
    candidate = Path(name)
    n = 2
    while (folder / candidate.name).exists():
        candidate = Path(f"{Path(name).stem} ({n}){Path(name).suffix}")
        n += 1
    return candidate.name


def copy_into(source: Path | str, folder: Path | str) -> tuple[Path, int, str]:
    """Copy a file whole into `folder` under a free name.

    Returns (copied path, size in bytes, sha256). Raises FileWriteError with
    a Vietnamese message naming the file when it cannot be read or written.
    """
    source, folder = Path(source), Path(folder)
    if not source.is_file():
        raise FileWriteError(Message(NOT_FOUND, path=str(source)))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FileWriteError(explain_os_error(folder, e)) from e
    target = folder / unique_name(folder, source.name)
    digest = hashlib.sha256()
    try:
        src = open(source, "rb")
    except OSError as e:
        raise FileWriteError(Message(CANNOT_READ, path=str(source))) from e
    with src, atomic_path(target) as tmp, open(tmp, "wb") as dst:
        for block in iter(lambda: src.read(1 << 20), b""):
            digest.update(block)
            dst.write(block)
    shutil.copystat(source, target, follow_symlinks=True)
    return target, target.stat().st_size, digest.hexdigest()


def remove_file(path: Path) -> None:
    """Delete a copied attachment; a file already gone is fine."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as e:
        raise FileWriteError(explain_os_error(path, e)) from e


class AttachmentsRepository(Repository):
    """`ws.attachments`: the attachments table and the copies in the
    workspace's files folder."""

    def of_activity(self, activity_id: int) -> list[dict]:
        """Files attached to an activity: dicts with id, name, rel_path, size."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT id, name, rel_path, size FROM attachments WHERE activity_id = ? "
                "ORDER BY id",
                (activity_id,),
            )
        ]

    def path(self, rel_path: str) -> Path:
        return self.ws.files_dir / rel_path

    def add(self, activity_id: int, source: Path | str) -> int:
        """Copy a file into the workspace's folder and attach it; the copy is
        removed again if the record cannot be written."""
        folder = self.ws.files_dir / "attachments" / str(activity_id)
        copied, size, sha = copy_into(source, folder)
        rel_path = copied.relative_to(self.ws.files_dir).as_posix()
        try:
            with self.ws.transaction():
                cur = self.conn.execute(
                    "INSERT INTO attachments(activity_id, name, rel_path, size, sha256, added_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (activity_id, Path(source).name, rel_path, size, sha, now_iso()),
                )
                return cur.lastrowid
        except BaseException:
            remove_file(copied)
            raise

    def remove(self, attachment_id: int) -> None:
        """Detach a file and delete the workspace's copy of it."""
        row = self.conn.execute(
            "SELECT rel_path FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            return
        with self.ws.transaction():
            self.conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        remove_file(self.path(row[0]))

    def files_of_year(self, unit_id: int, year: int) -> list[tuple[str, str, Path]]:
        """(activity uid, file name, path on disk) of a unit's attachments of a
        year: its activities inside the year's period (its plan's window)."""
        first, last = self.ws.figures.period(year)
        rows = self.conn.execute(
            "SELECT a.uid, t.name, t.rel_path FROM attachments t JOIN activities a "
            "ON a.id = t.activity_id WHERE a.unit_id = ? AND a.year IN (?, ?) "
            "AND a.date >= ? AND a.date <= ? ORDER BY a.date, t.id",
            (unit_id, first.year, last.year, first.isoformat(), last.isoformat()),
        ).fetchall()
        return [(uid, name, self.ws.files_dir / rel) for uid, name, rel in rows]
