"""ShopStore.for_thread: a worker's own connection that shares the process's lock."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from weidian_desktop.core.errors import ShopInUseError
from weidian_desktop.core.shop import get_shop, update_shop
from weidian_desktop.core.store import ShopStore


def test_for_thread_shares_the_lock_and_sees_writes(store, shop_path) -> None:
    results: dict = {}

    def worker() -> None:
        twin = store.for_thread()
        results["fk"] = twin.scalar("PRAGMA foreign_keys")
        update_shop(twin, tagline="from the worker")
        try:  # a dangling reference is refused: foreign keys are on in the twin too
            with twin.atomic() as db:
                db.execute("UPDATE shop SET logo_hash = 'no-such-image' WHERE id = 1")
        except sqlite3.IntegrityError:
            results["refused"] = True
        twin.close()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert results == {"fk": 1, "refused": True}
    assert get_shop(store).tagline == "from the worker"
    # The twin's close must not have released the lock the main store holds.
    with pytest.raises(ShopInUseError):
        ShopStore.open(shop_path)


def test_a_connection_belongs_to_its_thread(store) -> None:
    twin = store.for_thread()
    errors: list[Exception] = []

    def other() -> None:
        try:
            twin.scalar("SELECT 1")
        except sqlite3.ProgrammingError as exc:
            errors.append(exc)

    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    twin.close()
    assert errors  # so for_thread() must be called in the worker, as documented


def test_read_only_stores_give_read_only_twins(shop_path) -> None:
    with ShopStore.open(shop_path, read_only=True) as reader:
        twin = reader.for_thread()
        assert twin.read_only
        twin.close()
