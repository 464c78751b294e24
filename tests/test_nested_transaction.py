"""A transaction inside another is a savepoint: its failure takes back its
own writes only, and the outer transaction goes on to commit the rest."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.store.connection import transaction


@pytest.fixture
def conn(tmp_path):
    c = sqlite3.connect(tmp_path / "t.sqlite", isolation_level=None)
    c.execute("CREATE TABLE t (v INTEGER NOT NULL)")
    yield c
    c.close()


def values(c) -> list[int]:
    return [r[0] for r in c.execute("SELECT v FROM t ORDER BY v")]


def test_a_failed_inner_transaction_takes_back_only_its_own_writes(conn):
    with transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError):
            with transaction(conn):
                conn.execute("INSERT INTO t VALUES (2)")
                with transaction(conn):
                    conn.execute("INSERT INTO t VALUES (3)")
                raise ValueError("hỏng")
        assert conn.in_transaction
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES (4)")
    assert not conn.in_transaction
    assert values(conn) == [1, 4]


def test_an_error_leaving_the_outer_transaction_takes_back_everything(conn):
    with pytest.raises(ValueError):
        with transaction(conn):
            conn.execute("INSERT INTO t VALUES (1)")
            with transaction(conn):
                conn.execute("INSERT INTO t VALUES (2)")
            raise ValueError("hỏng")
    assert not conn.in_transaction
    assert values(conn) == []
