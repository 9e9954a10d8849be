"""HistoryStore: the ledger, the values, statuses and the mail ledger, on a real SQLite file and on a
real PostgreSQL (the throwaway cluster of tests/_postgres.py): every test runs on both.
"""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from tz_excel.config import Workspace
from tz_excel.errors import ConfigError, StoreError
from tz_excel.findings import Issue
from tz_excel.records import FileOutcome, Value
from tz_excel.schema import HEAD
from tz_excel.store import HistoryStore

SHA = "ab" * 32


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A new database of each kind: a SQLite file, or a fresh database on the test cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'history.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url) -> HistoryStore:
    s = HistoryStore(db_url, workspace="ws-test")
    yield s
    s.close()


def outcome(name="a.xlsx", status="accepted", sha=SHA, period="2023-W36", received=datetime(2023, 9, 5, 10)):
    return FileOutcome(
        file=f"inbox/{name}", sha256=sha, status=status, department="市科技局", period=period,
        archived_as=f"archive/{period}/市科技局/{name}", received_at=received,
        issues=(Issue("approximate-value", "warning", "约数", file=f"inbox/{name}", cell="J5", value="约5"),),
        modified=datetime(2023, 9, 5, 9), filed_under="2023-W36", sender="张三 <kjj@x.cn>")


def value(period, vid, actual, department="市科技局", role="lead"):
    return Value(period=period, department=department, id=vid, task_no=int(vid.split(".")[0]), role=role,
                 actual=actual, state="正常推进", progress="进展", file=f"archive/{period}/x.xlsx",
                 received_at=datetime(2023, 9, 5, 10))


def rows(store, table) -> list[tuple]:
    with store.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(sa.text(f'SELECT * FROM "{table}"')))


def test_for_workspace_creates_history_sqlite_on_first_use(tmp_path):
    store = HistoryStore.for_workspace(Workspace(tmp_path))
    assert not store.seen(SHA)
    assert (tmp_path / "history.sqlite").is_file()
    assert set(sa.inspect(store.engine).get_table_names()) >= {"files", "values", "sent", "statuses"}
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD


def test_for_workspace_keys_the_rows_by_the_identity_the_workspace_keeps(tmp_path):
    ws = Workspace(tmp_path)
    store = HistoryStore.for_workspace(ws)
    store.record_file(outcome())
    identity = (tmp_path / "tz_excel.id").read_text(encoding="utf-8").split()[-1]
    assert store.workspace == identity == ws.identity and len(identity) == 32
    assert {r[0] for r in rows(store, "files")} == {identity}
    moved = tmp_path.parent / f"{tmp_path.name}-moved"
    tmp_path.rename(moved)                                  # the folder moves, the id goes with it
    again = HistoryStore.for_workspace(Workspace(moved))
    assert again.workspace == identity and again.seen(SHA)


def test_for_workspace_follows_the_configured_url(tmp_path):
    (tmp_path / "tz_excel.toml").write_text(f'[store]\nurl = "sqlite:///{tmp_path / "elsewhere.db"}"\n')
    HistoryStore.for_workspace(Workspace(tmp_path)).record_file(outcome())
    assert (tmp_path / "elsewhere.db").is_file() and not (tmp_path / "history.sqlite").exists()


def test_ledger_round_trip(store):
    store.record_file(outcome(), decided_at=datetime(2023, 9, 8, 18))
    assert store.seen(SHA) and not store.seen("cd" * 32)
    assert store.ledger("2023-W36") == [outcome()]
    assert store.files_with(SHA) == [outcome()]
    assert store.ledger("2023-W35") == []


def test_recording_twice_leaves_the_same_rows(store):
    store.record_file(outcome(), decided_at=datetime(2023, 9, 8, 18))
    first = rows(store, "files")
    store.record_file(outcome(), decided_at=datetime(2023, 9, 9, 18))
    assert rows(store, "files") == first


def test_a_status_change_updates_the_row_and_its_decision_time(store):
    store.record_file(outcome(), decided_at=datetime(2023, 9, 8, 18))
    store.record_file(outcome(status="superseded"), decided_at=datetime(2023, 9, 9, 18))
    assert [o.status for o in store.ledger()] == ["superseded"]
    with store.engine.connect() as conn:
        assert str(conn.execute(sa.text("SELECT decided_at FROM files")).scalar()).startswith("2023-09-09 18")


def test_candidates_are_accepted_and_superseded_of_one_department_and_period(store):
    store.record_files([outcome("a.xlsx"), outcome("b.xlsx", "superseded", sha="cd" * 32),
                        outcome("c.xlsx", "duplicate", sha="ef" * 32), outcome("d.xlsx", period="2023-W35")])
    assert [o.file for o in store.candidates("市科技局", "2023-W36")] == ["inbox/a.xlsx", "inbox/b.xlsx"]


def test_only_archived_files_are_recorded(store):
    with pytest.raises(ValueError):
        store.record_file(FileOutcome(file="inbox/~$a.xlsx", sha256="", status="ignored"))


def test_replace_values_is_idempotent_and_replaces(store):
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "1.1", 1), value("2023-W36", "1.2", 2)])
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "1.1", 1), value("2023-W36", "1.2", 2)])
    assert len(rows(store, "values")) == 2
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "1.1", 3)])
    assert store.values("2023-W36") == [value("2023-W36", "1.1", 3)]


def test_replace_values_refuses_a_foreign_line(store):
    with pytest.raises(ValueError):
        store.replace_values("2023-W36", "市科技局", [value("2023-W35", "1.1", 3)])


def test_values_sort_by_department_then_indicator(store):
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "1.10", 1), value("2023-W36", "1.9", 2),
                                                  value("2023-W36", "7", None)])
    store.replace_values("2023-W36", "市国资局", [value("2023-W36", "5.1", 1, "市国资局", "co")])
    assert [(v.department, v.id) for v in store.values("2023-W36")] == [
        ("市国资局", "5.1"), ("市科技局", "1.9"), ("市科技局", "1.10"), ("市科技局", "7")]


def test_latest_before_takes_the_last_earlier_period(store):
    store.replace_values("2023-W33", "市科技局", [value("2023-W33", "1.1", 1)])
    store.replace_values("2023-W35", "市科技局", [value("2023-W35", "1.1", 2), value("2023-W35", "7", None)])
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "1.1", 3)])
    store.replace_values("2023-W35", "市国资局", [value("2023-W35", "5.1", 9, "市国资局")])
    assert store.latest_before("市科技局", "2023-W36") == {"1.1": 2, "7": None}
    assert store.latest_before("市科技局", "2023-W35") == {"1.1": 1}
    assert store.latest_before("市科技局", "2023-W33") == {}
    assert store.latest_before("市住建局", "2023-W36") == {}
    assert store.latest_before("市科技局", "2024-W01") == {"1.1": 3}


def test_series_lists_every_period_and_department(store):
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "5.1", 1.2)])
    store.replace_values("2023-W35", "市科技局", [value("2023-W35", "5.1", 1.0)])
    store.replace_values("2023-W36", "市国资局", [value("2023-W36", "5.1", 1.5, "市国资局", "co")])
    assert store.series("5.1") == [("2023-W35", "市科技局", 1.0), ("2023-W36", "市国资局", 1.5),
                                   ("2023-W36", "市科技局", 1.2)]


def test_actuals_many_is_actuals_of_each_pair(store):
    store.replace_values("2023-W35", "市科技局", [value("2023-W35", "5.1", 1.0), value("2023-W35", "5.2", None)])
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "5.1", 1.2)])
    store.replace_values("2023-W36", "市国资局", [value("2023-W36", "5.1", 1.5, "市国资局", "co")])
    pairs = [("市科技局", "2023-W35"), ("市国资局", "2023-W36"), ("市国资局", "2023-W35")]
    assert store.actuals_many(pairs) == {pair: store.actuals(*pair) for pair in pairs}
    assert store.actuals_many(pairs)[("市科技局", "2023-W35")] == {"5.1": 1.0, "5.2": None}
    assert store.actuals_many([]) == {}


def test_series_all_is_series_of_every_id(store):
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "5.1", 1.2), value("2023-W36", "5.2", 7)])
    store.replace_values("2023-W35", "市科技局", [value("2023-W35", "5.1", 1.0), value("2023-W35", "5.2", None)])
    store.replace_values("2023-W36", "市国资局", [value("2023-W36", "5.1", 1.5, "市国资局", "co")])
    every = store.series_all()
    assert every == {"5.1": store.series("5.1"), "5.2": store.series("5.2")}
    assert every["5.2"] == [("2023-W35", "市科技局", None), ("2023-W36", "市科技局", 7)]


def test_mail_ledger(store):
    at = datetime(2023, 9, 4, 9)
    assert not store.was_sent("2023-W36", "市科技局", "template")
    store.mark_sent("2023-W36", "市科技局", "template", ["kjj@x.cn"], at)
    store.mark_sent("2023-W36", "市科技局", "template", ["kjj@x.cn"], at)
    assert store.was_sent("2023-W36", "市科技局", "template")
    assert not store.was_sent("2023-W36", "市科技局", "reminder")
    assert len(rows(store, "sent")) == 1


def test_transaction_rolls_back_everything_on_error(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.record_file(outcome())
            store.replace_values("2023-W36", "市科技局", [value("2023-W36", "1.1", 1)])
            assert store.seen(SHA), "visible inside the transaction"
            raise RuntimeError("killed")
    assert not store.seen(SHA) and store.values("2023-W36") == []


def test_statuses(store):
    class A:
        def __init__(self, id, status):
            self.id, self.department, self.actual, self.expected, self.status = id, "市科技局", 1.0, 2.0, status

    store.replace_statuses("2023-W35", [A("1.1", "behind")])
    store.replace_statuses("2023-W36", [A("1.1", "on_track")])
    store.replace_statuses("2023-W36", [A("1.1", "met")])
    assert store.statuses("1.1") == [("2023-W35", "behind"), ("2023-W36", "met")]


def test_all_values_and_the_mail_ledger_list_everything_in_order(store):
    store.replace_values("2023-W36", "市科技局", [value("2023-W36", "1.2", 2), value("2023-W36", "1.1", 1)])
    store.replace_values("2023-W35", "市科技局", [value("2023-W35", "1.1", 0.5)])
    assert [(v.period, v.id) for v in store.all_values()] == [("2023-W35", "1.1"), ("2023-W36", "1.1"),
                                                              ("2023-W36", "1.2")]
    store.mark_sent("2023-W36", "市科技局", "feedback:" + "0123456789abcdef", ["kjj@x.cn"], datetime(2023, 9, 8, 18))
    store.mark_sent("2023-W36", "", "report", ["a@x.cn", "b@x.cn"], datetime(2023, 9, 8, 19))
    assert store.sent() == [("2023-W36", "", "report", ("a@x.cn", "b@x.cn"), datetime(2023, 9, 8, 19)),
                            ("2023-W36", "市科技局", "feedback:0123456789abcdef", ("kjj@x.cn",),
                             datetime(2023, 9, 8, 18))]


# -- several workspaces in one database ------------------------------------------------------------

def fill(store: HistoryStore, actual: float, sender: str) -> None:
    """The same keys in every workspace (same archive path, period, department, id, mail)."""
    with store.transaction():
        store.record_file(replace_sender(outcome(), sender), decided_at=datetime(2023, 9, 8, 18))
        store.replace_values("2023-W35", "市科技局", [value("2023-W35", "1.1", actual - 1)])
        store.replace_values("2023-W36", "市科技局", [value("2023-W36", "1.1", actual)])
        store.replace_statuses("2023-W36", [Status("1.1", "met" if actual > 5 else "behind", actual)])
        store.mark_sent("2023-W36", "市科技局", "send", [sender], datetime(2023, 9, 4, 9))


def replace_sender(o: FileOutcome, sender: str) -> FileOutcome:
    from dataclasses import replace

    return replace(o, sender=sender)


class Status:
    def __init__(self, id, status, actual):
        self.id, self.department, self.actual, self.expected, self.status = id, "市科技局", actual, 5.0, status


def view(store: HistoryStore) -> dict:
    """Everything one workspace can read, through every read method."""
    return {
        "seen": store.seen(SHA), "files_with": store.files_with(SHA), "ledger": store.ledger(),
        "candidates": store.candidates("市科技局", "2023-W36"), "values": store.values("2023-W36"),
        "all_values": store.all_values(), "value_periods": store.value_periods(),
        "actuals": store.actuals("市科技局", "2023-W36"),
        "actuals_many": store.actuals_many([("市科技局", "2023-W36")]),
        "latest_before": store.latest_before("市科技局", "2023-W36"), "series": store.series("1.1"),
        "series_all": store.series_all(), "statuses": store.statuses("1.1"),
        "was_sent": store.was_sent("2023-W36", "市科技局", "send"), "sent": store.sent(),
    }


def test_two_workspaces_in_one_database_never_see_each_other(db_url):
    a, b = HistoryStore(db_url, workspace="office-a"), HistoryStore(db_url, workspace="office-b")
    fill(a, 3.0, "a@x.cn")
    empty = view(b)
    assert not empty["seen"] and not any(v for k, v in empty.items() if k != "actuals_many")
    fill(b, 7.0, "b@x.cn")
    seen_a, seen_b = view(a), view(b)
    assert seen_a["actuals"] == {"1.1": 3.0} and seen_b["actuals"] == {"1.1": 7.0}
    assert seen_a["latest_before"] == {"1.1": 2.0} and seen_b["latest_before"] == {"1.1": 6.0}
    assert [o.sender for o in seen_a["ledger"]] == ["a@x.cn"]
    assert [o.sender for o in seen_b["ledger"]] == ["b@x.cn"]
    assert seen_a["statuses"] == [("2023-W36", "behind")] and seen_b["statuses"] == [("2023-W36", "met")]
    assert [s[3] for s in seen_a["sent"]] == [("a@x.cn",)] and [s[3] for s in seen_b["sent"]] == [("b@x.cn",)]
    # Replacing one workspace's line-up, statuses or mail leaves the other's rows alone.
    a.replace_values("2023-W36", "市科技局", [])
    a.replace_statuses("2023-W36", [])
    a.record_file(outcome(status="superseded"), decided_at=datetime(2023, 9, 9, 18))
    assert view(b) == seen_b
    assert a.values("2023-W36") == [] and a.statuses("1.1") == [] and a.ledger()[0].status == "superseded"
    assert len(rows(a, "values")) == 3                     # a's W35, b's W35 and W36


# -- the password -----------------------------------------------------------------------------------

def test_the_password_comes_from_the_environment_and_is_never_shown(tmp_path, postgres, pg_url, monkeypatch):
    from _postgres import PASSWORD

    url = pg_url.set(password=None).render_as_string(hide_password=False)
    assert "@" in PASSWORD and ":" in PASSWORD and "/" in PASSWORD and PASSWORD not in url
    (tmp_path / "tz_excel.toml").write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    monkeypatch.setenv("TZ_EXCEL_STORE_PASSWORD", PASSWORD)
    store = HistoryStore.for_workspace(Workspace(tmp_path))
    store.record_file(outcome())
    assert store.seen(SHA) and store.url.password == PASSWORD
    assert PASSWORD not in repr(store) and PASSWORD not in str(store.url) and "***" in repr(store)
    assert not any(PASSWORD.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())


def test_a_wrong_or_missing_password_is_a_clear_store_error(tmp_path, pg_url, monkeypatch):
    url = pg_url.set(password=None).render_as_string(hide_password=False)
    (tmp_path / "tz_excel.toml").write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    monkeypatch.setenv("TZ_EXCEL_STORE_PASSWORD", "wrong")
    with pytest.raises(StoreError) as caught:
        HistoryStore.for_workspace(Workspace(tmp_path))
    assert caught.value.message.startswith("无法连接历史库 postgresql+psycopg://tz:***@127.0.0.1")
    assert "password authentication failed" in caught.value.message and "wrong" not in caught.value.message


def test_a_plain_postgresql_url_uses_psycopg(pg_url):
    store = HistoryStore(pg_url.set(drivername="postgresql"), workspace="w")
    assert store.engine.url.drivername == "postgresql+psycopg" and not store.seen(SHA)


def test_an_unreachable_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="无法连接历史库"):
        HistoryStore(f"sqlite:///{tmp_path / 'no-such-folder' / 'history.sqlite'}")


def test_a_wrong_url_is_a_clear_error(tmp_path):
    (tmp_path / "tz_excel.toml").write_text('[store]\nurl = "not a url"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[store\] url 不是有效的数据库地址：not a url"):
        HistoryStore.for_workspace(Workspace(tmp_path))
    with pytest.raises(StoreError, match=r"历史库地址无效：postgresql\+nosuchdriver://tz:\*\*\*@127.0.0.1/x"):
        HistoryStore("postgresql+nosuchdriver://tz:secret@127.0.0.1/x")
