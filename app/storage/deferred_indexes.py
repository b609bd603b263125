"""The contact table's secondary indexes built once after a big import instead of row by row.

Inserting a row into `contact` updates 13 indexes; when the import brings about as many rows as
the table already holds, dropping those indexes inside the import's transaction and creating
them again (from their stored SQL) before it commits is cheaper: one sorted build per index
instead of a b-tree insert per row and index. The end state is the same indexes with the same
definitions (and the same planner statistics, when ANALYZE has stored any); a cancel or error
rolls everything back, the dropped indexes included. A small import into a big table keeps the
indexes: rebuilding them would cost more than it saves.
"""

from __future__ import annotations

from sqlalchemy import Connection

from app.storage.sqlite_dialect import set_cache_kib

# A file holding more bytes of text (unpacked, for xlsx) than this per row already in the table is
# taken to bring about as many rows or more (a CSV contact row is 50-150 bytes, a vCard 200+).
BYTES_PER_ROW = 100
# With the indexes set aside new rows mostly append (ids, search documents; only the unique uid
# index takes scattered inserts), so the import's big page cache (meant for scattered index
# inserts into a big table) is not needed: this smaller one keeps the memory of a big import,
# whose checking workers run while it writes, bounded. CREATE INDEX sorts within it too.
APPEND_CACHE_KIB = 8 * 1024


class DeferredIndexes:
    """Use as a context manager inside the import's write transaction."""

    def __init__(self, connection: Connection, table: str, file_bytes: int) -> None:
        self._c, self._table = connection, table
        existing = int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)  # noqa: S608 - constant
        self._indexes: list[tuple[str, str]] = []
        if existing * BYTES_PER_ROW < file_bytes:
            self._indexes = [
                (str(name), str(sql))
                for name, sql in connection.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                    "AND sql IS NOT NULL ORDER BY name",
                    (table,),
                )
            ]
        self._stats: list[tuple[str, str, str]] = []

    @property
    def deferred(self) -> tuple[str, ...]:
        """Names of the indexes set aside for this import."""
        return tuple(name for name, _sql in self._indexes)

    def __enter__(self) -> DeferredIndexes:
        if self._indexes and self._has_stats():
            self._stats = [
                (str(t), str(i), str(s))
                for t, i, s in self._c.exec_driver_sql(
                    "SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = ?", (self._table,)
                )
            ]
        for name, _sql in self._indexes:
            self._c.exec_driver_sql(f'DROP INDEX "{name}"')
        if self._indexes:  # the caller sets the cache back after its transaction
            set_cache_kib(self._c, APPEND_CACHE_KIB)
        return self

    def __exit__(self, error: type[BaseException] | None, *_rest: object) -> None:
        if error is not None:  # the rollback brings the indexes back
            return
        for _name, sql in self._indexes:
            self._c.exec_driver_sql(sql)
        if self._stats:
            self._c.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = ?", (self._table,))
            self._c.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)", self._stats)

    def _has_stats(self) -> bool:
        found = self._c.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).first()
        return found is not None
