"""Schema versions. One step per version, each run in its own transaction.

A step must be safe to run on the file as the previous step left it. The
stored version is SQLite's `user_version`; `application_id` marks the file as
a workspace of this app.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable

from ..domain.text import fold_words

APPLICATION_ID = 0x43445342  # "CDSB"


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: `executescript` would commit the migration's
    transaction half-way."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement in migration")


def _v1(conn: sqlite3.Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE unit_kinds (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE,
            title TEXT NOT NULL,
            issuer TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            signed_date TEXT,
            subject TEXT NOT NULL DEFAULT '',
            report_deadline TEXT
        );
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            task TEXT NOT NULL,
            title TEXT NOT NULL,
            measure TEXT NOT NULL DEFAULT '',
            target INTEGER CHECK (target IS NULL OR target >= 0),
            due_start TEXT NOT NULL,
            due_end TEXT NOT NULL,
            due_label TEXT NOT NULL DEFAULT '',
            lead_kinds TEXT NOT NULL DEFAULT '[]',
            per_unit INTEGER NOT NULL DEFAULT 0,
            coordinators TEXT NOT NULL DEFAULT '',
            frequency TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL DEFAULT 0,
            UNIQUE (plan_id, code),
            CHECK (due_start <= due_end)
        );
        CREATE TABLE themes (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            title TEXT NOT NULL,
            PRIMARY KEY (plan_id, number)
        );
        CREATE TABLE forms (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (plan_id, position)
        );
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            short_name TEXT NOT NULL DEFAULT '',
            abbreviation TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            lead_kinds TEXT NOT NULL DEFAULT '[]',
            governing_body TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            signer_authority TEXT NOT NULL DEFAULT '',
            signer_title TEXT NOT NULL DEFAULT '',
            signer_name TEXT NOT NULL DEFAULT '',
            addressee TEXT NOT NULL DEFAULT '',
            recipients TEXT NOT NULL DEFAULT '[]',
            archive TEXT NOT NULL DEFAULT 'VT',
            consolidator INTEGER NOT NULL DEFAULT 0,
            expected INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE activities (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            year INTEGER NOT NULL,
            date TEXT NOT NULL,
            target_code TEXT,
            form TEXT NOT NULL,
            title TEXT NOT NULL,
            quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
            language TEXT NOT NULL DEFAULT 'Tiếng Việt',
            link TEXT NOT NULL DEFAULT '',
            cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
            themes INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX activities_identity
            ON activities (unit_id, date, ifnull(target_code, ''), title, link);
        CREATE INDEX activities_by_year_date ON activities (unit_id, year, date);
        CREATE INDEX activities_by_year_target ON activities (unit_id, year, target_code);
        CREATE TABLE report_texts (
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            key TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (unit_id, year, key)
        );
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Accent-insensitive search column; attachments."""
    conn.execute("ALTER TABLE activities ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    rows = conn.execute("SELECT id, title, notes, link FROM activities").fetchall()
    conn.executemany(
        "UPDATE activities SET search_text = ? WHERE id = ?",
        [(search_text(t, n, lk), i) for i, t, n, lk in rows],
    )
    _run_script(
        conn,
        """
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            rel_path TEXT NOT NULL,
            size INTEGER NOT NULL DEFAULT 0,
            sha256 TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL
        );
        CREATE INDEX attachments_by_activity ON attachments (activity_id);
        """,
    )


def _v3(conn: sqlite3.Connection) -> None:
    """Remembered import column mappings; received submission packages."""
    _run_script(
        conn,
        """
        CREATE TABLE import_mappings (
            signature TEXT PRIMARY KEY,
            mapping TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES units(id),
            year INTEGER NOT NULL,
            package_sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            app_version TEXT NOT NULL DEFAULT '',
            schema_version INTEGER NOT NULL DEFAULT 0,
            stored_path TEXT NOT NULL DEFAULT '',
            current INTEGER NOT NULL DEFAULT 1,
            UNIQUE (unit_id, year, package_sha256)
        );
        CREATE INDEX submissions_by_year ON submissions (year, unit_id);
        """,
    )


def _v4(conn: sqlite3.Connection) -> None:
    """Covering index for the department's consolidated figures: one pass
    over a year's records grouped by unit and target, without the table."""
    conn.execute(
        "CREATE INDEX IF NOT EXISTS activities_consolidation "
        "ON activities (year, unit_id, target_code, date, quantity, cost)"
    )


def _v5(conn: sqlite3.Connection) -> None:
    """Indexes for the activities list on large workspaces: counting, sums,
    search and the date order answered from one index without reading the
    table; the other sortable columns get their own order."""
    conn.execute(
        "CREATE INDEX IF NOT EXISTS activities_list ON activities "
        "(unit_id, year, date, id, target_code, form, themes, language, quantity, cost, search_text)"
    )
    for column in ("title", "form", "quantity", "cost"):
        conn.execute(
            f"CREATE INDEX IF NOT EXISTS activities_by_{column} ON activities (unit_id, year, {column})"
        )


def _v6(conn: sqlite3.Connection) -> None:
    """The list's remaining sort orders (target, language, themes)."""
    conn.execute(
        "CREATE INDEX IF NOT EXISTS activities_by_target_order "
        "ON activities (unit_id, year, ifnull(target_code, '~'))"
    )
    for column in ("language", "themes"):
        conn.execute(
            f"CREATE INDEX IF NOT EXISTS activities_by_{column} ON activities (unit_id, year, {column})"
        )


def _v7(conn: sqlite3.Connection) -> None:
    """Fewer indexes on activities: every index costs each imported row, and
    100,000-row imports must stay quick. The date-ordered list index (v5) and
    the consolidation index (v4) answer the list, counts, search and progress;
    other sort orders sort the list index's entries (see ActivitiesRepository.page)."""
    for name in (
        "activities_by_year_date",
        "activities_by_year_target",
        "activities_by_title",
        "activities_by_form",
        "activities_by_quantity",
        "activities_by_cost",
        "activities_by_target_order",
        "activities_by_language",
        "activities_by_themes",
    ):
        conn.execute(f"DROP INDEX IF EXISTS {name}")


def search_text(title: str, notes: str, link: str = "") -> str:
    return fold_words(f"{title} {notes} {link}")


def _v8(conn: sqlite3.Connection) -> None:
    """The consolidating unit belongs to each plan; units succeed one another
    (renamed or merged) from a date."""
    conn.execute("ALTER TABLE plans ADD COLUMN consolidator TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "UPDATE plans SET consolidator = ifnull("
        "(SELECT name FROM units WHERE consolidator = 1 ORDER BY id LIMIT 1), '')"
    )
    conn.execute(
        """
        CREATE TABLE unit_lineage (
            predecessor_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            successor_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            effective TEXT NOT NULL,
            PRIMARY KEY (predecessor_id, successor_id),
            CHECK (predecessor_id <> successor_id)
        )
        """
    )


def _v9(conn: sqlite3.Connection) -> None:
    """A received package's report PDF: what its digital signatures were found
    to be on receipt ('' for packages received before signatures were checked)."""
    conn.execute("ALTER TABLE submissions ADD COLUMN signature_state TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE submissions ADD COLUMN signature_text TEXT NOT NULL DEFAULT ''")


def _v10(conn: sqlite3.Connection) -> None:
    """An activity received in a department's consolidated package keeps the
    unit that recorded it (`source`; '' for the workspace's own activities and
    a unit's package): two units' activities of the same day, target, title
    and link stay two at the next level."""
    conn.execute("ALTER TABLE activities ADD COLUMN source TEXT NOT NULL DEFAULT ''")
    conn.execute("DROP INDEX IF EXISTS activities_identity")
    conn.execute(
        "CREATE UNIQUE INDEX activities_identity "
        "ON activities (unit_id, date, ifnull(target_code, ''), title, link, source)"
    )


def _v11(conn: sqlite3.Connection) -> None:
    """Whether a unit must report, ticked or unticked by hand for one year:
    it wins over the rule of who takes part in that year's plan."""
    conn.execute(
        """
        CREATE TABLE unit_expected (
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            expected INTEGER NOT NULL CHECK (expected IN (0, 1)),
            PRIMARY KEY (unit_id, year)
        )
        """
    )


def _v12(conn: sqlite3.Connection) -> None:
    """The workspace's own identity, carried by its backups: a backup is
    matched to its workspace by it, not by a file name two workspaces may share."""
    conn.execute(
        "INSERT OR IGNORE INTO meta(key, value) VALUES ('workspace_id', ?)", (str(uuid.uuid4()),)
    )


# The triggers that keep activity_tallies (schema v15): the only triggers a
# workspace holds; a file with any other is refused as altered (untrusted.py).
# A bulk insert (store/activities.py) marks its transaction with the meta row
# TALLIES_DEFERRED and adds its rows' tallies in one grouped statement
# instead, before the mark is removed in the same transaction.
TALLIES_DEFERRED = "tallies_deferred"
TALLY_TRIGGERS = {
    "activity_tallies_insert": """
CREATE TRIGGER activity_tallies_insert AFTER INSERT ON activities
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'tallies_deferred') BEGIN
    INSERT INTO activity_tallies
    VALUES (NEW.year, NEW.unit_id, ifnull(NEW.target_code, ''), NEW.quantity, NEW.cost, 1)
    ON CONFLICT DO UPDATE SET quantity = quantity + excluded.quantity,
        cost = cost + excluded.cost, records = records + 1;
END;
""",
    "activity_tallies_delete": """
CREATE TRIGGER activity_tallies_delete AFTER DELETE ON activities BEGIN
    UPDATE activity_tallies SET quantity = quantity - OLD.quantity,
        cost = cost - OLD.cost, records = records - 1
    WHERE year = OLD.year AND unit_id = OLD.unit_id
        AND code = ifnull(OLD.target_code, '');
    DELETE FROM activity_tallies
    WHERE year = OLD.year AND unit_id = OLD.unit_id
        AND code = ifnull(OLD.target_code, '') AND records = 0;
END;
""",
    "activity_tallies_update": """
CREATE TRIGGER activity_tallies_update
AFTER UPDATE OF year, unit_id, target_code, quantity, cost ON activities BEGIN
    UPDATE activity_tallies SET quantity = quantity - OLD.quantity,
        cost = cost - OLD.cost, records = records - 1
    WHERE year = OLD.year AND unit_id = OLD.unit_id
        AND code = ifnull(OLD.target_code, '');
    DELETE FROM activity_tallies
    WHERE year = OLD.year AND unit_id = OLD.unit_id
        AND code = ifnull(OLD.target_code, '') AND records = 0;
    INSERT INTO activity_tallies
    VALUES (NEW.year, NEW.unit_id, ifnull(NEW.target_code, ''), NEW.quantity, NEW.cost, 1)
    ON CONFLICT DO UPDATE SET quantity = quantity + excluded.quantity,
        cost = cost + excluded.cost, records = records + 1;
END;
""",
}


def is_own_trigger(name: str, sql: str | None) -> bool:
    """The trigger is one of the app's own, word for word."""
    own = TALLY_TRIGGERS.get(name)
    return own is not None and " ".join((sql or "").split()).rstrip(";") == " ".join(
        own.split()
    ).rstrip(";")


def _v13(conn: sqlite3.Connection) -> None:
    """What real reports say beyond the counts: an activity's reach where the
    unit recorded it (NULL: not recorded, unlike 0) and its source of funding
    ('' when not recorded). Columns already there are left as they are."""
    present = {r[1] for r in conn.execute("PRAGMA table_info(activities)")}
    for column in ("views", "reach", "shares"):
        if column not in present:
            conn.execute(
                f"ALTER TABLE activities ADD COLUMN {column} INTEGER "
                f"CHECK ({column} IS NULL OR {column} >= 0)"
            )
    if "funding" not in present:
        conn.execute("ALTER TABLE activities ADD COLUMN funding TEXT NOT NULL DEFAULT ''")


def _v14(conn: sqlite3.Connection) -> None:
    """Each import recorded (when, which files, how many activities, the range
    of their ids) and each imported activity marked with its import: an import
    is undone, and redone, as one step. Safe to run again on a file set back a
    version (the table and the column are added only when missing)."""
    conn.execute(
        """
        CREATE TABLE IF NOT EXISTS imports (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            files TEXT NOT NULL DEFAULT '[]',
            added INTEGER NOT NULL DEFAULT 0,
            first_id INTEGER NOT NULL,
            last_id INTEGER NOT NULL,
            undone_at TEXT,
            CHECK (first_id <= last_id)
        )
        """
    )
    columns = {r[1] for r in conn.execute("PRAGMA table_info(activities)")}
    if "import_id" not in columns:
        conn.execute(
            "ALTER TABLE activities ADD COLUMN import_id INTEGER "
            "REFERENCES imports(id) ON DELETE SET NULL"
        )


def _v15(conn: sqlite3.Connection) -> None:
    """Every unit's tallies for a year without reading every activity: per
    unit, year and target code ('' for other activities) the quantity, cost
    and number of records, kept by triggers in the same statement as any
    insert, delete or change of an activity (whatever writes it), so they
    always equal a recount. The consolidation index leads with the target
    code and date, so the activities after a cut-off day (not counted yet,
    or late for their target's window) are read as ranges."""
    for name in TALLY_TRIGGERS:  # a step run again starts from the activities alone
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    _run_script(
        conn,
        """
        DROP TABLE IF EXISTS activity_tallies;
        CREATE TABLE activity_tallies (
            year INTEGER NOT NULL,
            unit_id INTEGER NOT NULL,
            code TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            cost INTEGER NOT NULL,
            records INTEGER NOT NULL,
            PRIMARY KEY (year, unit_id, code)
        ) WITHOUT ROWID;

        INSERT INTO activity_tallies
        SELECT year, unit_id, ifnull(target_code, ''), sum(quantity), sum(cost), count(*)
        FROM activities GROUP BY year, unit_id, ifnull(target_code, '');

        DROP INDEX IF EXISTS activities_consolidation;
        CREATE INDEX activities_consolidation
            ON activities (year, target_code, date, unit_id, quantity, cost);
        """,
    )
    for sql in TALLY_TRIGGERS.values():
        conn.execute(sql)


def _v16(conn: sqlite3.Connection) -> None:
    """The period a plan's year is counted over: the calendar year or the
    annual window of Nghị định 09/2019 (15/12 to 14/12)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(plans)")}
    if "year_window" not in columns:
        conn.execute("ALTER TABLE plans ADD COLUMN year_window TEXT NOT NULL DEFAULT 'calendar'")


def _v17(conn: sqlite3.Connection) -> None:
    """The rows an undone import took out, kept in the workspace for its redo
    (after the workspace was closed and opened again too): under the import,
    each activity's columns and its attachments' as JSON, so columns added
    later leave the kept rows readable."""
    conn.execute(
        """
        CREATE TABLE IF NOT EXISTS undone_activities (
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            activity_id INTEGER NOT NULL,
            data TEXT NOT NULL,
            attached TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (import_id, activity_id)
        ) WITHOUT ROWID
        """
    )


def _v18(conn: sqlite3.Connection) -> None:
    """The window of a received package's own plan: the days the package
    covers (packages received before: the calendar year, all they carried)."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(submissions)")}
    if "year_window" not in columns:
        conn.execute(
            "ALTER TABLE submissions ADD COLUMN year_window TEXT NOT NULL DEFAULT 'calendar'"
        )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
    _v9,
    _v10,
    _v11,
    _v12,
    _v13,
    _v14,
    _v15,
    _v16,
    _v17,
    _v18,
]
LATEST_VERSION = len(MIGRATIONS)
