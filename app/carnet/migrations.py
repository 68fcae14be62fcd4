"""Numbered schema migrations. Each step runs in one transaction with its user_version bump, so an
interrupted migration leaves the old schema or the new one, never a mix. Steps are append-only:
never edit a released step, add the next one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .connection import Connection
from .errors import NewerCarnet


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _sql(script: str) -> Callable[[Connection], None]:
    statements = [s.strip() for s in script.split(";") if s.strip()]

    def run(con: Connection) -> None:
        for statement in statements:
            con.execute(statement)

    return run


def _statements(*statements: str) -> Callable[[Connection], None]:
    """Like _sql, for statements that hold ';' themselves (trigger bodies)."""

    def run(con: Connection) -> None:
        for statement in statements:
            con.execute(statement)

    return run


# Frozen copy of app.domain.appointments.AppointmentStatus at step 3: a released step must never
# change when the domain grows, so it does not import it.
_APPOINTMENT_STATUSES = (
    "'planned', 'attended', 'missed', 'excused', 'cancelled_by_me', 'cancelled_by_them', 'moved'"
)

# Frozen copies for steps 4-10 (same reason): values as the domain had them when each step shipped.
_MEDIA_TYPES = "'image/jpeg', 'image/png', 'application/pdf'"
_OCCURRENCE_STATUSES = "'due', 'done', 'missed'"
_ACTIVITY_KINDS = (
    "'training', 'workshop', 'immersion', 'applications', 'job_interview', 'social_worker', "
    "'rights', 'health', 'childcare', 'other'"
)
_EXCHANGE_KINDS = "'call', 'letter', 'email', 'visit', 'decision', 'other'"
_GENESIS = "0" * 64
# Frozen copy for steps 13-14: app.domain.documents.DocumentKind as it shipped.
_DOCUMENT_KINDS = (
    "'letter', 'decision', 'proof', 'contract', 'payslip', 'identity', 'other'"
)
_FLAG = "INTEGER NOT NULL DEFAULT 0 CHECK ({0} IN (0, 1))"

# The search index (step 10) gives each record a rowid of kind * 2^40 + its id, so a trigger can
# replace one record's entry by rowid without scanning the index.
_SEARCH_KINDS = {
    "appointment": 1, "journal": 2, "activity": 3, "contact": 4, "document": 5,
    "organisation": 6, "obligation_occurrence": 7,
}  # fmt: skip
_SEARCH_SHIFT = 1 << 40


def _search_sources() -> list[tuple[str, str, str, str, str, str]]:
    """(table, id, title, body, at, condition) with {r} for the row prefix (NEW. or nothing)."""
    return [
        ("appointment", "{r}id", "{r}title",
         "{r}place || ' ' || {r}notes || ' ' || {r}to_bring || ' ' || {r}status_reason",
         "{r}starts_at", ""),
        ("organisation", "{r}id", "{r}name", "{r}phone || ' ' || {r}hours || ' ' || {r}notes",
         "''", ""),
        ("contact", "{r}id", "{r}name",
         "{r}phones || ' ' || {r}email || ' ' || {r}hours || ' ' || {r}notes", "''", ""),
        ("activity", "{r}id", "''", "{r}note", "{r}day", "{r}note <> ''"),
        ("document", "{r}id", "{r}title", "{r}note", "coalesce({r}received_on, {r}added_at)", ""),
        ("obligation_occurrence", "{r}id", "{r}title", "{r}note", "{r}closes_on",
         "({r}title <> '' OR {r}note <> '')"),
    ]  # fmt: skip


def _has_fts5(con: Connection) -> bool:
    options = {r[0] for r in con.execute("PRAGMA compile_options").fetchall()}
    return "ENABLE_FTS5" in options


def _search_index(con: Connection) -> None:
    """Step 10. FTS5 when this SQLCipher build has it (accents folded, prefix indexes for
    typing-as-you-search); otherwise a plain table searched with LIKE (app/records/search.py)."""
    if _has_fts5(con):
        con.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5(title, body, at UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        )
    else:  # the bundled SQLCipher has FTS5; tests force this branch
        con.execute(
            "CREATE TABLE search_index (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
            "body TEXT NOT NULL, at TEXT NOT NULL) STRICT"
        )
    insert = "INSERT INTO search_index(rowid, title, body, at)"
    for table, id_, title, body, at, cond in _search_sources():
        base = _SEARCH_KINDS[table] * _SEARCH_SHIFT

        def sql(expr: str, row: str) -> str:
            return expr.format(r=row)

        values = f"{base} + {sql(id_, 'NEW.')}, {sql(title, 'NEW.')}, {sql(body, 'NEW.')}, " \
                 f"{sql(at, 'NEW.')}"  # fmt: skip
        when = f" WHEN {sql(cond, 'NEW.')}" if cond else ""
        where = f" WHERE {sql(cond, 'NEW.')}" if cond else ""
        forget = f"DELETE FROM search_index WHERE rowid = {base} + OLD.id;"
        con.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table}{when} "
                    f"BEGIN {insert} VALUES ({values}); END")  # fmt: skip
        con.execute(f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} "
                    f"BEGIN {forget} {insert} SELECT {values}{where}; END")  # fmt: skip
        con.execute(f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} "
                    f"BEGIN {forget} END")  # fmt: skip
        con.execute(
            f"{insert} SELECT {base} + {sql(id_, '')}, {sql(title, '')}, {sql(body, '')}, "
            f"{sql(at, '')} FROM {table}{' WHERE ' + sql(cond, '') if cond else ''}"
        )
    # The journal is indexed by entry: a correction replaces what search finds of its entry.
    base = _SEARCH_KINDS["journal"] * _SEARCH_SHIFT
    con.execute(
        f"CREATE TRIGGER search_journal_insert AFTER INSERT ON journal BEGIN "
        f"DELETE FROM search_index WHERE rowid = {base} + NEW.entry_id; "
        f"{insert} VALUES ({base} + NEW.entry_id, NEW.with_whom, "
        f"NEW.summary || ' ' || NEW.next_step, NEW.written_at); END"
    )
    con.execute(
        f"{insert} SELECT {base} + entry_id, with_whom, summary || ' ' || next_step, written_at "
        "FROM journal j WHERE version = (SELECT max(version) FROM journal WHERE entry_id = "
        "j.entry_id)"
    )


# Step 11 indexes a letter's text under its own kind (the search shows it as the document).
_DOCUMENT_TEXT_KIND = 8


def _document_text(con: Connection) -> None:
    """Step 11. One text per document, replaced when the letter is read again; deleted with
    its document. Kept apart from `document`, whose bytes are read-only once stored."""
    con.execute(
        """CREATE TABLE document_text (
            document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
            text        TEXT NOT NULL,
            pages_read  INTEGER NOT NULL CHECK (pages_read >= 0),
            pages_total INTEGER NOT NULL CHECK (pages_total >= pages_read),
            confidence  INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 100),
            read_at     TEXT NOT NULL
        ) STRICT"""
    )
    base = _DOCUMENT_TEXT_KIND * _SEARCH_SHIFT
    entry = (
        f"INSERT INTO search_index(rowid, title, body, at) SELECT {base} + d.id, d.title, "
        "NEW.text, coalesce(d.received_on, d.added_at) FROM document d "
        "WHERE d.id = NEW.document_id;"
    )
    forget = f"DELETE FROM search_index WHERE rowid = {base} + OLD.document_id;"
    con.execute(f"CREATE TRIGGER search_document_text_insert AFTER INSERT ON document_text "
                f"BEGIN {entry} END")  # fmt: skip
    con.execute(f"CREATE TRIGGER search_document_text_update AFTER UPDATE ON document_text "
                f"BEGIN {forget} {entry} END")  # fmt: skip
    con.execute(f"CREATE TRIGGER search_document_text_delete AFTER DELETE ON document_text "
                f"BEGIN {forget} END")  # fmt: skip


STEPS: list[Step] = [
    Step(
        1,
        "carnet identity and settings",
        _sql(
            """
            CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;
            CREATE TABLE unlock_log (
                id        INTEGER PRIMARY KEY,
                at        TEXT NOT NULL,
                outcome   TEXT NOT NULL CHECK (outcome IN ('ok', 'recovery'))
            ) STRICT
            """
        ),
    ),
    Step(
        2,
        "organisations and appointments",
        _sql(
            """
            CREATE TABLE organisation (
                id      INTEGER PRIMARY KEY,
                name    TEXT NOT NULL,
                kind    TEXT NOT NULL DEFAULT 'other',
                phone   TEXT NOT NULL DEFAULT '',
                hours   TEXT NOT NULL DEFAULT '',
                notes   TEXT NOT NULL DEFAULT ''
            ) STRICT;
            CREATE TABLE appointment (
                id              INTEGER PRIMARY KEY,
                uid             TEXT NOT NULL UNIQUE,
                title           TEXT NOT NULL,
                organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                starts_at       TEXT NOT NULL,
                ends_at         TEXT,
                place           TEXT NOT NULL DEFAULT '',
                mode            TEXT NOT NULL DEFAULT 'in_person'
                                CHECK (mode IN ('in_person', 'phone', 'video')),
                to_bring        TEXT NOT NULL DEFAULT '[]',
                mandatory       INTEGER NOT NULL DEFAULT 0 CHECK (mandatory IN (0, 1)),
                notes           TEXT NOT NULL DEFAULT '',
                status          TEXT NOT NULL DEFAULT 'planned',
                created_at      TEXT NOT NULL,
                updated_at      TEXT NOT NULL
            ) STRICT;
            CREATE INDEX appointment_starts ON appointment(starts_at)
            """
        ),
    ),
    Step(
        3,
        "appointment status details, source, and a guard on status values",
        _statements(
            # When and how the status changed (excused: the reason; cancelled by me: how I told
            # them), the appointment that replaced a moved one, where the appointment came from.
            "ALTER TABLE appointment ADD COLUMN status_at TEXT",
            "ALTER TABLE appointment ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE appointment ADD COLUMN status_channel TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE appointment ADD COLUMN moved_to_uid TEXT"
            " REFERENCES appointment(uid) ON DELETE SET NULL",
            "ALTER TABLE appointment ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'",
            "CREATE INDEX appointment_organisation ON appointment(organisation_id)",
            # SQLite cannot add a CHECK to an existing table; triggers give the same guard.
            *[
                f"""CREATE TRIGGER appointment_status_{event.lower()}
                    BEFORE {event} ON appointment
                    WHEN NEW.status NOT IN ({_APPOINTMENT_STATUSES})
                    BEGIN SELECT RAISE(ABORT, 'invalid appointment status'); END"""
                for event in ("INSERT", "UPDATE")
            ],
        ),
    ),
    Step(
        4,
        "contacts (conseillers, référents) and the contact of an appointment",
        _sql(
            """
            CREATE TABLE contact (
                id              INTEGER PRIMARY KEY,
                organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                name            TEXT NOT NULL,
                role            TEXT NOT NULL DEFAULT 'other',
                phones          TEXT NOT NULL DEFAULT '[]',
                email           TEXT NOT NULL DEFAULT '',
                hours           TEXT NOT NULL DEFAULT '',
                notes           TEXT NOT NULL DEFAULT '',
                created_at      TEXT NOT NULL,
                updated_at      TEXT NOT NULL
            ) STRICT;
            CREATE INDEX contact_organisation ON contact(organisation_id);
            ALTER TABLE appointment ADD COLUMN contact_id INTEGER
                REFERENCES contact(id) ON DELETE SET NULL
            """
        ),
    ),
    Step(
        5,
        "documents: photos and PDFs as blobs, their bytes read-only once stored",
        _statements(
            # The blob is the last column: listing documents never reads its pages.
            f"""CREATE TABLE document (
                id          INTEGER PRIMARY KEY,
                title       TEXT NOT NULL,
                media_type  TEXT NOT NULL CHECK (media_type IN ({_MEDIA_TYPES})),
                size        INTEGER NOT NULL CHECK (size > 0),
                sha256      TEXT NOT NULL,
                pages       INTEGER,
                received_on TEXT,
                note        TEXT NOT NULL DEFAULT '',
                added_at    TEXT NOT NULL,
                content     BLOB NOT NULL
            ) STRICT""",
            "CREATE INDEX document_sha256 ON document(sha256)",
            # A proof that can change is no proof; the title and note may be corrected.
            """CREATE TRIGGER document_bytes_fixed
                BEFORE UPDATE OF media_type, size, sha256, content ON document
                BEGIN SELECT RAISE(ABORT, 'document bytes are read-only'); END""",
        ),
    ),
    Step(
        6,
        "the person's situation over time, and obligation occurrences",
        _statements(
            f"""CREATE TABLE situation (
                id                      INTEGER PRIMARY KEY,
                effective_from          TEXT NOT NULL UNIQUE,
                registered_ft           {_FLAG.format("registered_ft")},
                receives_rsa            {_FLAG.format("receives_rsa")},
                receives_prime_activite {_FLAG.format("receives_prime_activite")},
                benefits_body           TEXT NOT NULL DEFAULT 'caf'
                                        CHECK (benefits_body IN ('caf', 'msa')),
                dtr_month               INTEGER CHECK (dtr_month BETWEEN 1 AND 12),
                has_contrat_engagement  {_FLAG.format("has_contrat_engagement")},
                in_cej                  {_FLAG.format("in_cej")},
                orientation_notified_on TEXT,
                rqth_end_date           TEXT,
                note                    TEXT NOT NULL DEFAULT '',
                recorded_at             TEXT NOT NULL
            ) STRICT""",
            f"""CREATE TABLE obligation_occurrence (
                id                INTEGER PRIMARY KEY,
                template_id       TEXT NOT NULL,
                template_version  INTEGER NOT NULL,
                period            TEXT NOT NULL,
                title             TEXT NOT NULL DEFAULT '',
                opens_on          TEXT NOT NULL,
                closes_on         TEXT NOT NULL,
                safe_on           TEXT NOT NULL,
                status            TEXT NOT NULL DEFAULT 'due'
                                  CHECK (status IN ({_OCCURRENCE_STATUSES})),
                status_at         TEXT,
                done_how          TEXT NOT NULL DEFAULT '',
                proof_document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
                note              TEXT NOT NULL DEFAULT '',
                created_at        TEXT NOT NULL,
                updated_at        TEXT NOT NULL,
                UNIQUE (template_id, period),
                CHECK (opens_on <= closes_on)
            ) STRICT""",
            "CREATE INDEX occurrence_closes ON obligation_occurrence(closes_on)",
            "CREATE INDEX occurrence_due ON obligation_occurrence(status, closes_on)",
            "CREATE INDEX occurrence_proof ON obligation_occurrence(proof_document_id)",
        ),
    ),
    Step(
        7,
        "weekly hours: targets with their date of effect, and the activity ledger",
        _statements(
            """CREATE TABLE hours_target (
                id             INTEGER PRIMARY KEY,
                effective_from TEXT NOT NULL UNIQUE,
                minutes        INTEGER NOT NULL CHECK (minutes >= 0),
                note           TEXT NOT NULL DEFAULT '',
                recorded_at    TEXT NOT NULL
            ) STRICT""",
            f"""CREATE TABLE activity (
                id                INTEGER PRIMARY KEY,
                day               TEXT NOT NULL,
                minutes           INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
                kind              TEXT NOT NULL CHECK (kind IN ({_ACTIVITY_KINDS})),
                organisation_id   INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                note              TEXT NOT NULL DEFAULT '',
                proof_document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
                created_at        TEXT NOT NULL,
                updated_at        TEXT NOT NULL
            ) STRICT""",
            "CREATE INDEX activity_day ON activity(day)",
            "CREATE INDEX activity_organisation ON activity(organisation_id)",
            "CREATE INDEX activity_proof ON activity(proof_document_id)",
            # The domain says it first (a Problem); the schema makes sure no writer forgets.
            """CREATE TRIGGER activity_day_total_insert BEFORE INSERT ON activity
                WHEN (SELECT coalesce(sum(minutes), 0) FROM activity WHERE day = NEW.day)
                     + NEW.minutes > 1440
                BEGIN SELECT RAISE(ABORT, 'more than 24 hours in a day'); END""",
            """CREATE TRIGGER activity_day_total_update BEFORE UPDATE OF day, minutes ON activity
                WHEN (SELECT coalesce(sum(minutes), 0) FROM activity
                      WHERE day = NEW.day AND id <> OLD.id) + NEW.minutes > 1440
                BEGIN SELECT RAISE(ABORT, 'more than 24 hours in a day'); END""",
        ),
    ),
    Step(
        8,
        "journal of exchanges: append-only versions in a hash chain",
        _statements(
            # organisation_id and contact_id carry no foreign-key action: ON DELETE SET NULL would
            # rewrite a sealed row.
            f"""CREATE TABLE journal (
                seq             INTEGER PRIMARY KEY,
                entry_id        INTEGER NOT NULL,
                version         INTEGER NOT NULL CHECK (version >= 1),
                kind            TEXT NOT NULL CHECK (kind IN ({_EXCHANGE_KINDS})),
                with_whom       TEXT NOT NULL DEFAULT '',
                organisation_id INTEGER,
                contact_id      INTEGER,
                summary         TEXT NOT NULL,
                next_step       TEXT NOT NULL DEFAULT '',
                happened_on     TEXT,
                written_at      TEXT NOT NULL,
                documents       TEXT NOT NULL DEFAULT '[]',
                prev_hash       TEXT NOT NULL,
                hash            TEXT NOT NULL UNIQUE,
                UNIQUE (entry_id, version)
            ) STRICT""",
            "CREATE INDEX journal_written ON journal(written_at)",
            """CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END""",
            """CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
                BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END""",
            # A version must extend the chain: the next seq, linked to the last hash.
            f"""CREATE TRIGGER journal_chain BEFORE INSERT ON journal
                WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM journal)
                  OR NEW.prev_hash IS NOT coalesce(
                       (SELECT hash FROM journal ORDER BY seq DESC LIMIT 1), '{_GENESIS}')
                  OR (NEW.version = 1 AND NEW.entry_id IS NOT NEW.seq)
                  OR (NEW.version > 1 AND NEW.version IS NOT
                       (SELECT max(version) + 1 FROM journal WHERE entry_id = NEW.entry_id))
                BEGIN SELECT RAISE(ABORT, 'journal chain broken'); END""",
        ),
    ),
    Step(
        9,
        "documents linked to any record",
        _statements(
            """CREATE TABLE document_link (
                id             INTEGER PRIMARY KEY,
                document_id    INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                appointment_id INTEGER REFERENCES appointment(id) ON DELETE CASCADE,
                occurrence_id  INTEGER REFERENCES obligation_occurrence(id) ON DELETE CASCADE,
                activity_id    INTEGER REFERENCES activity(id) ON DELETE CASCADE,
                journal_seq    INTEGER REFERENCES journal(seq),
                linked_at      TEXT NOT NULL,
                CHECK ((appointment_id IS NOT NULL) + (occurrence_id IS NOT NULL)
                       + (activity_id IS NOT NULL) + (journal_seq IS NOT NULL) = 1)
            ) STRICT""",
            "CREATE INDEX link_document ON document_link(document_id)",
            *[
                f"CREATE UNIQUE INDEX link_{column} ON document_link({column}, document_id)"
                f" WHERE {column} IS NOT NULL"
                for column in ("appointment_id", "occurrence_id", "activity_id", "journal_seq")
            ],
            # A journal version's documents are sealed in its hash: their links stay.
            """CREATE TRIGGER link_journal_no_delete BEFORE DELETE ON document_link
                WHEN OLD.journal_seq IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'a journal document stays linked'); END""",
            """CREATE TRIGGER link_journal_no_update BEFORE UPDATE ON document_link
                WHEN OLD.journal_seq IS NOT NULL OR NEW.journal_seq IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'a journal document stays linked'); END""",
        ),
    ),
    Step(10, "search index over every record (FTS5, else a plain table)", _search_index),
    Step(
        11, "the text read on a letter (OCR), kept with its document and searchable", _document_text
    ),
    Step(
        12,
        "failed password attempts, moved in from beside the carnet at the next opening",
        _sql(
            """
            CREATE TABLE failed_attempts (
                id        INTEGER PRIMARY KEY,
                first_at  TEXT NOT NULL,
                last_at   TEXT NOT NULL,
                aimed     INTEGER NOT NULL CHECK (aimed >= 0),
                unaimed   INTEGER NOT NULL CHECK (unaimed >= 0),
                moved_at  TEXT NOT NULL,
                opening   INTEGER NOT NULL,
                UNIQUE (first_at, last_at, aimed, unaimed)
            ) STRICT
            """
        ),
    ),
    Step(
        13,
        "documents sorted by kind (letter, decision, proof…), chosen by the person",
        _sql(
            f"""ALTER TABLE document ADD COLUMN kind TEXT NOT NULL DEFAULT 'letter'
                CHECK (kind IN ({_DOCUMENT_KINDS}))"""
        ),
    ),
    Step(
        14,
        "a document's kind kept beside it: listing documents never reads past their bytes",
        _statements(
            # Step 13 put `kind` after the blob, so listing read every document's pages.
            f"""CREATE TABLE document_kind (
                document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                kind        TEXT NOT NULL CHECK (kind IN ({_DOCUMENT_KINDS}))
            ) STRICT""",
            "INSERT INTO document_kind(document_id, kind) SELECT id, kind FROM document "
            "WHERE kind <> 'letter'",
            "ALTER TABLE document DROP COLUMN kind",
        ),
    ),
    Step(
        15,
        "helper sessions, what was written during them, and drafts kept across a lock",
        _sql(
            """
            CREATE TABLE helper_session (
                id           INTEGER PRIMARY KEY,
                first_name   TEXT NOT NULL,
                organisation TEXT NOT NULL DEFAULT '',
                rights       TEXT NOT NULL CHECK (rights IN ('look', 'add', 'change')),
                started_at   TEXT NOT NULL,
                until        TEXT NOT NULL,
                ended_at     TEXT,
                ended_how    TEXT NOT NULL DEFAULT ''
                             CHECK (ended_how IN ('', 'person', 'time', 'lock', 'interrupted'))
            ) STRICT;
            CREATE TABLE helper_action (
                id           INTEGER PRIMARY KEY,
                session_id   INTEGER NOT NULL REFERENCES helper_session(id),
                at           TEXT NOT NULL,
                record_table TEXT NOT NULL,
                record_id    INTEGER NOT NULL,
                action       TEXT NOT NULL CHECK (action IN ('add', 'change', 'remove'))
            ) STRICT;
            CREATE INDEX helper_action_session ON helper_action(session_id);
            CREATE INDEX helper_action_record ON helper_action(record_table, record_id);
            CREATE TABLE draft (
                screen   TEXT PRIMARY KEY,
                content  TEXT NOT NULL,
                saved_at TEXT NOT NULL
            ) STRICT
            """
        ),
    ),
]

LATEST = STEPS[-1].version


def pending(current: int) -> list[Step]:
    if current > LATEST:
        raise NewerCarnet(f"schema {current} > {LATEST}")
    return [step for step in STEPS if step.version > current]


def migrate(con: Connection) -> int:
    """Bring the schema to LATEST; return the number of steps applied."""
    current = int(con.execute("PRAGMA user_version").fetchone()[0])
    steps = pending(current)
    for step in steps:
        con.execute("BEGIN IMMEDIATE")
        try:
            step.apply(con)
            con.execute(f"PRAGMA user_version = {int(step.version)}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return len(steps)
