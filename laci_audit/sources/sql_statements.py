"""Split an SQL file into statements, streaming: the file is read line by line as bytes and never
held whole, so a 200 MB dump takes the memory of its longest line.

The splitter knows what the dump tools write: quotes and quoted identifiers (with backslash
escapes where the dialect has them), `--`, `#` and `/* */` comments, MySQL's `/*!40101 ... */`
conditional comments (their content is SQL), the client's `DELIMITER` command (what it sends
between two custom delimiters is a batch whose statements the server runs one by one) and its other
commands at a line's start (`USE db`, `SOURCE file`: each ends at its line's end), PostgreSQL's
dollar quoting, `COPY ... FROM stdin` data blocks and psql's backslash commands, T-SQL's `GO` and its
statements without `;` (a line starting a statement ends the one before, and so does an END closing
an IF's block before a statement on its line),
SQL*Plus's `/` and `.` lines (a `/` the only end of a PL/SQL unit or block: CREATE PACKAGE, TYPE, PROCEDURE, ...,
DECLARE, BEGIN) and its own commands (REM, PROMPT, SET ..., one a `-` continues on the next line), and `BEGIN ... END` bodies of
triggers and routines written without a DELIMITER.

Only statements the DDL reader parses keep their text. Data statements (INSERT, REPLACE, UPDATE,
DELETE, MERGE) and COPY data are skipped with a fast scan and never decoded: their values never
leave this module. Nothing here imports sqlglot: a Profile says what the dialect's lexer knows.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# Statements whose text the DDL reader parses: (first word, object word or "" for any).
READ = {("CREATE", "TABLE"), ("CREATE", "VIEW"), ("CREATE", "INDEX"), ("ALTER", "TABLE"), ("DROP", "TABLE"),
        ("DROP", "VIEW"), ("COMMENT", "ON"), ("RENAME", "TABLE"), ("USE", ""), ("SET", "SEARCH_PATH")}
# Words that name what a CREATE, ALTER or DROP makes; the first one in a statement is its object.
OBJECTS = frozenset("""TABLE VIEW INDEX TRIGGER PROCEDURE FUNCTION EVENT PACKAGE SEQUENCE SCHEMA DATABASE TYPE
    EXTENSION DOMAIN ROLE USER GROUP RULE POLICY PUBLICATION SUBSCRIPTION SERVER TABLESPACE COLLATION CONVERSION
    OPERATOR AGGREGATE CAST LANGUAGE STATISTICS TRANSFORM SYNONYM LOGIN ASSEMBLY MAPPING WRAPPER TEXT DEFAULT
    LIBRARY STAGE STREAM TASK WAREHOUSE FORMAT PIPE MACRO ON""".split())
ROUTINES = frozenset({"TRIGGER", "PROCEDURE", "FUNCTION", "EVENT", "PACKAGE"})
# What SQL*Plus sends whole, `;` and all, when a `/` line ends it: PL/SQL units and blocks (a package's
# specification has no BEGIN ... END to tell its `;` from a statement's end, a DECLARE has them after its own).
_PLSQL_UNITS = frozenset({"TRIGGER", "PROCEDURE", "FUNCTION", "PACKAGE", "TYPE", "LIBRARY"})
DATA_VERBS = frozenset({"INSERT", "REPLACE", "UPDATE", "DELETE", "MERGE", "UPSERT"})
# The client commands that run another file where they stand: the mysql client's SOURCE, SQL*Plus's
# @ (and @@), sqlcmd's :r. That file is not read here.
RUNS_ANOTHER_FILE = frozenset({"SOURCE", "@", ":R"})
# First words of statements a dump or a migration holds that say nothing about columns.
KNOWN_VERBS = frozenset("""CREATE ALTER DROP COMMENT RENAME COPY SET LOCK UNLOCK USE START BEGIN COMMIT END ROLLBACK
    SAVEPOINT RELEASE SELECT WITH GRANT REVOKE ANALYZE ANALYSE VACUUM TRUNCATE CALL EXEC EXECUTE PRINT DECLARE
    PRAGMA DO FLUSH OPTIMIZE REINDEX CLUSTER LISTEN NOTIFY SHOW DISCARD RESET PREPARE DEALLOCATE LOAD HANDLER
    REFRESH SECURITY IMPORT CHECKPOINT RAISERROR THROW IF WHILE VALUES TABLE EXPLAIN DESCRIBE DESC CHECK REPAIR
    KILL PURGE XA CACHE INSTALL UNINSTALL SHUTDOWN ATTACH DETACH ABORT FETCH CLOSE OPEN MOVE UNLISTEN WAITFOR
    DBCC BACKUP RESTORE DENY REVERT SETUSER GO BULK DISABLE ENABLE""".split()) | DATA_VERBS | RUNS_ANOTHER_FILE
_TRANSACTION_WORDS = frozenset({"TRANSACTION", "TRAN", "WORK", "DEFERRED", "IMMEDIATE", "EXCLUSIVE", "ISOLATION",
                                "READ", "DISTRIBUTED"})
_END_OF_OTHER_BLOCK = frozenset({"IF", "LOOP", "WHILE", "REPEAT", "FOR"})
_WORD = re.compile(rb"[A-Za-z_][A-Za-z0-9_$]*")
_SPACE = re.compile(rb"\s*")
_DELIMITER_COMMAND = re.compile(rb"[ \t]*delimiter[ \t]+(\S+)", re.IGNORECASE)
# The mysql client's own commands that it reads at the start of a line, before any statement: each
# takes the rest of its line, `;` or not (`USE db` without one would swallow the CREATE after it).
_CLIENT_COMMAND = re.compile(rb"[ \t]*(use|source|connect|charset|warnings|nowarning|rehash|tee|notee|status|system"
                             rb"|exit|quit|prompt|pager|nopager|print|edit|clear|resetconnection)(?![\w$])", re.IGNORECASE)
# T-SQL needs no `;`: in a batch, a line that starts with one of these words starts a statement
# (unless the one before is still open: in parentheses, a BEGIN ... END of anything but an IF,
# WHILE or ELSE, whose block holds statements of its own, or a routine or view, which T-SQL makes
# the only statement of its batch); an END line closes the block the statement before stood in.
# SET starts one unless it is a clause of the ALTER, UPDATE or MERGE before it.
_TSQL_STATEMENT_WORD = (rb"(create|alter|drop|set|if|while|print|exec|execute|declare|use|grant|deny|revoke|insert"
                        rb"|update|delete|merge|truncate|commit|rollback|raiserror|throw|dbcc|checkpoint|waitfor"
                        rb"|backup|restore|bulk|end)(?![\w$@#])")
_TSQL_STATEMENT_START = re.compile(rb"[ \t]*" + _TSQL_STATEMENT_WORD, re.IGNORECASE)
# An END that closes a block and a statement after it on the same line (`END CREATE TABLE t (...)`):
# the statement starts after the END, as SQL Server reads it.
_TSQL_END_BEFORE_STATEMENT = re.compile(rb"[ \t]*end[ \t]*;?[ \t]*(?=" + _TSQL_STATEMENT_WORD + rb")", re.IGNORECASE)
_SET_CLAUSE_OF = frozenset({"ALTER", "UPDATE", "MERGE"})
_TSQL_BLOCK_VERBS = frozenset({"IF", "WHILE", "ELSE"})
# sqlcmd's own commands (:setvar, :r file, :on error exit, ...), at a line's start: each takes its
# line, wherever it stands in a batch, and is never sent to the server.
_SQLCMD_COMMAND = re.compile(rb"[ \t]*:(setvar|r|on|error|out|perftrace|connect|exit|quit|list|listvar|reset|ed"
                             rb"|help|serverlist|xml)(?![\w$])", re.IGNORECASE)
_GO = re.compile(rb"[ \t]*go(?:[ \t]+\d+)?[ \t]*;?[ \t]*\r?\n?\Z", re.IGNORECASE)
_SLASH = re.compile(rb"[ \t]*/[ \t]*\r?\n?\Z")
# SQL*Plus's line of a period alone: the end of what is being typed into its buffer, not run.
_PERIOD = re.compile(rb"[ \t]*\.[ \t]*\r?\n?\Z")
# SQL*Plus's own commands, as its manual lists them with their shortest forms; each ends at its
# line's end, without `;`. SET is SQL in SET TRANSACTION, SET ROLE and SET CONSTRAINT(S).
_SQLPLUS_COMMAND = re.compile(
    rb"[ \t]*(?:@|(?:rem(?:ark)?|pro(?:mpt)?|spo(?:ol)?|whenever|def(?:ine)?|undef(?:ine)?|col(?:umn)?|conn(?:ect)?"
    rb"|disc(?:onnect)?|exec(?:ute)?|exit|quit|sho(?:w)?|ttitle|btitle|bre(?:ak)?|comp(?:ute)?|cl(?:ear)?|pau(?:se)?"
    rb"|acc(?:ept)?|var(?:iable)?|print|host|timi(?:ng)?|sta(?:rt)?|desc(?:ribe)?"
    rb"|set(?![ \t]+(?:transaction|role|constraints?)\b))(?![\w$#]))", re.IGNORECASE)
# A hyphen at a line's end continues a SQL*Plus command on the next line (EXECUTE pkg.proc( -, HOST
# cmd -), but not a remark, nor a prompt's text (PROMPT -----, a line of dashes, is shown and ends).
_SQLPLUS_ONE_LINE = re.compile(rb"[ \t]*(?:rem(?:ark)?|pro(?:mpt)?)(?![\w$#])", re.IGNORECASE)
_FROM_STDIN = re.compile(rb"\bfrom\s+stdin\b", re.IGNORECASE)
_END_OF_COPY = re.compile(rb"\\\.\r?\n?\Z")
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Profile:
    """What a dialect's lexer knows, as the splitter needs it."""

    string_quotes: tuple[bytes, ...] = (b"'",)
    identifier_quotes: tuple[tuple[bytes, bytes], ...] = ((b'"', b'"'),)
    backslash_escapes: bool = False
    line_comments: tuple[bytes, ...] = (b"--",)
    dollar_quotes: bool = False        # PostgreSQL $$ ... $$ and $tag$ ... $tag$
    conditional_comments: bool = False  # MySQL /*!40101 ... */ and MariaDB /*M!100100 ... */
    delimiter_command: bool = False    # the mysql client's DELIMITER
    copy_stdin: bool = False           # psql: COPY ... FROM stdin data up to \. and \commands
    go_batches: bool = False           # T-SQL: a line GO ends a batch
    sqlplus: bool = False              # Oracle: a line / ends a statement; REM, PROMPT, SET ... end at their line's end


@dataclass(slots=True)
class Statement:
    """One statement: the line of its first token, its first word and object (CREATE, TABLE), and
    its text when the DDL reader parses it (None otherwise, and always for data)."""

    line: int
    verb: str
    object: str = ""
    text: str | None = None
    undecodable: bool = False  # its text is not UTF-8

    @property
    def kind(self) -> str:
        """What the statement is, for messages: "CREATE TABLE", "INSERT", "COMMENT ON"; an unknown
        statement is not named by its first word, which could be data."""
        return f"{self.verb} {self.object}".strip() if self.is_known else "unknown"

    @property
    def is_read(self) -> bool:
        """True when the DDL reader parses it."""
        return (self.verb, self.object) in READ

    @property
    def is_known(self) -> bool:
        """True when its first word is a statement a dump or migration holds."""
        return self.verb in KNOWN_VERBS


@dataclass
class _Pending:
    """The statement being read."""

    line: int
    parts: list[bytes] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    verb: str = ""
    object: str = ""
    decided: bool = False
    keep: bool = True
    data: bool = False
    depth: int = 0
    blocks: bool = False
    parens: int = 0  # T-SQL: parentheses its code leaves open
    to_slash: bool = False  # SQL*Plus: a PL/SQL unit (package, type, routine), which only a `/` line ends


def split_file(path: Path, profile: Profile) -> Iterator[Statement]:
    """The statements of an SQL file, in order (a UTF-8 BOM is read as nothing). A file that starts
    with a UTF-16 BOM, as SQL Server Management Studio saves scripts, is read as the UTF-16 text it
    says it is (UnicodeDecodeError where it is not)."""
    with open(path, "rb") as handle:
        if handle.read(2) in _UTF16_BOMS:
            handle.seek(0)
            text = io.TextIOWrapper(handle, encoding="utf-16", newline="")
            yield from split_lines((line.encode("utf-8") for line in text), profile)
            return
        handle.seek(0)
        yield from split_lines(handle, profile)


def split_lines(lines: Iterable[bytes], profile: Profile) -> Iterator[Statement]:
    """The statements of SQL given as lines of bytes (each with its newline)."""
    yield from _Splitter(profile).run(lines)


class _Splitter:
    """A state machine over lines: code, a quote, a block comment, dollar quote, or COPY data."""

    def __init__(self, profile: Profile):
        self.profile = profile
        self.delimiter = b";"
        self.pending: _Pending | None = None
        self.closer: re.Pattern | None = None  # what ends the quote or comment we are inside
        self.closer_keeps = True  # whether that quote's bytes are part of the text
        self.conditional = False  # inside a /*! ... */ whose content is code
        self.copy_data = False
        self.block_closed = False  # T-SQL: an END closed an IF's block, and a statement follows on its line
        self.continued = False  # SQL*Plus: a command ended its line with a hyphen and goes on on the next
        self.line_number = 0
        self.other_quotes = _other_quotes(profile)
        self.patterns: dict[tuple[bytes, bool, bool], re.Pattern] = {}

    def run(self, lines: Iterable[bytes]) -> Iterator[Statement]:
        """Yield statements as their ends are reached; a statement the file ends in is yielded too."""
        numbered = enumerate(lines, start=1)
        for self.line_number, line in numbered:
            if self.line_number == 1 and line.startswith(_BOM):
                line = line[len(_BOM):]
            if self.copy_data:  # COPY rows up to the line \. : only that line is looked at
                self.copy_data = False
                if not (line.startswith(b"\\.") and _END_OF_COPY.match(line)):
                    number = self.line_number
                    for number, row in numbered:
                        if row.startswith(b"\\.") and _END_OF_COPY.match(row):
                            break
                    self.line_number = number
                continue
            if self.pending is None and self.closer is None and not self.conditional and self.delimiter == b";":
                data = _DATA_START.match(line)  # the usual dump line: one whole INSERT, skipped at once
                skipped = _skip_single_quoted(line, data.end(), self.profile, self.other_quotes) if data else None
                if skipped is not None and skipped[0] < len(line) and not line[skipped[0] + 1:].strip():
                    yield Statement(self.line_number, data.group(1).upper().decode("ascii"))
                    continue
            yield from self._line(line)
        if self.pending is not None:
            yield from self._finish()

    def _line(self, line: bytes) -> Iterator[Statement]:
        profile = self.profile
        position = 0
        if self.closer is None and not self.conditional:
            if self.pending is None:
                command = _DELIMITER_COMMAND.match(line) if profile.delimiter_command else None
                if command:
                    self.delimiter = command.group(1)
                    return
                client = _CLIENT_COMMAND.match(line) if profile.delimiter_command else None
                if client:  # USE db, SOURCE file, ...: named, so that one it cannot run is said
                    verb = client.group(1).upper().decode("ascii")
                    text, undecodable = _client_text(line) if (verb, "") in READ else (None, False)
                    yield Statement(self.line_number, verb, text=text, undecodable=undecodable)  # USE: the database
                    return
                if profile.copy_stdin and line.lstrip().startswith(b"\\"):
                    return  # a psql command (\connect, \restrict, ...) ends at its line's end
                if self.continued:  # the next line of a SQL*Plus command that ended its line with a hyphen
                    self.continued = line.rstrip().endswith(b"-")
                    return
                if profile.sqlplus and _SQLPLUS_COMMAND.match(line):
                    if line.lstrip().startswith(b"@"):  # another script, run here: not read, and said so
                        yield Statement(self.line_number, "@")
                    self.continued = line.rstrip().endswith(b"-") and not _SQLPLUS_ONE_LINE.match(line)
                    return
            if profile.go_batches and _SQLCMD_COMMAND.match(line):
                if _SQLCMD_COMMAND.match(line).group(1).lower() == b"r":  # another script, run here: said so
                    yield Statement(self.line_number, ":R")
                return
            if profile.go_batches and self.pending is not None and self._starts_tsql_statement(line):
                yield from self._finish()
            if profile.go_batches and self.pending is None:
                closing = _TSQL_END_BEFORE_STATEMENT.match(line)
                if closing:  # the END closed the block of the statement before: the next one starts after it
                    position = closing.end()
            if (profile.go_batches and _GO.match(line)) or (profile.sqlplus and (_SLASH.match(line)
                                                                                or _PERIOD.match(line))):
                if self.pending is not None:
                    yield from self._finish()
                return
            if self.pending is None and self.delimiter == b";":
                data = _DATA_START.match(line)  # the usual dump line: one INSERT, skipped at once
                if data:
                    verb = data.group(1).upper().decode("ascii")
                    self.pending = _Pending(self.line_number, [], [verb], verb, decided=True, keep=False, data=True)
        size = len(line)
        while position < size:
            if self.closer is not None:
                position = self._inside_quote(line, position)
                continue
            if self.pending is None:
                position = _SPACE.match(line, position).end()
                if position >= size:
                    break
                if self._starts_comment(line, position):
                    position = self._skip_comment(line, position)
                    continue
                self.pending = _Pending(self.line_number)
            pending = self.pending
            if pending.data and self.delimiter == b";":
                position = self._skip_data(line, position)
                if position < size and line[position:position + 1] == b";":
                    yield from self._finish()
                    position += 1
                continue
            found = self._scanner(pending.blocks).search(line, position)
            end = found.start() if found else size
            self._code(line[position:end])
            if found is None:
                break
            position = found.end()
            token = found.group()
            if pending.to_slash and token == b";":
                self._keep(token)  # a PL/SQL unit run by SQL*Plus: its `;` end its declarations, a `/` line ends it
            elif token == self.delimiter and (pending.depth == 0 or self.delimiter != b";"):
                yield from self._finish()  # a custom delimiter ends the client's batch, blocks or not
            elif token == b";" and pending.depth == 0:
                yield from self._finish()  # one statement of a batch: the server runs each
            elif token == b";" or token == self.delimiter:
                self._keep(token)
            else:
                position = self._token(line, found, token)
                if self.block_closed:  # T-SQL: an IF's block closed, a statement after it on the line
                    self.block_closed = False
                    yield from self._finish()

    # --- the pieces of a line ---------------------------------------------------------------

    def _code(self, code: bytes) -> None:
        """Plain code of the pending statement: kept, and read for its first words."""
        pending = self.pending
        if not code or pending is None:
            return
        if self.profile.go_batches:
            pending.parens += code.count(b"(") - code.count(b")")
        if not pending.decided:
            pending.words.extend(word.decode("ascii").upper() for word in _WORD.findall(code))
            self._decide()
        self._keep(code)

    def _keep(self, text: bytes) -> None:
        if self.pending is not None and self.pending.keep:
            self.pending.parts.append(text)

    def _decide(self) -> None:
        """Name the statement from its first words as soon as they say enough."""
        pending = self.pending
        words = pending.words
        if not words:
            return
        verb = words[0]
        pending.verb = verb
        if verb in DATA_VERBS:
            pending.decided, pending.keep, pending.data, pending.parts = True, False, True, []
            return
        if verb in ("CREATE", "ALTER", "DROP", "COMMENT", "RENAME"):
            found = next((word for word in words[1:12] if word in OBJECTS), None)
            if found is None and len(words) < 12:
                return
            pending.object = found or ""
        elif verb == "BEGIN" and len(words) == 1:
            return  # BEGIN alone so far: a transaction or a block, told by the next word
        elif verb == "SET":  # PostgreSQL's SET [SESSION | LOCAL] search_path names the schema of the names after it
            setting = next((word for word in words[1:3] if word not in ("SESSION", "LOCAL")), None)
            if setting is None and len(words) < 3:
                return
            pending.object = "SEARCH_PATH" if setting == "SEARCH_PATH" else ""
        pending.decided = True
        pending.blocks = (pending.object in ROUTINES or (verb == "BEGIN" and words[1] not in _TRANSACTION_WORDS)
                          or (self.profile.go_batches and verb in _TSQL_BLOCK_VERBS))
        pending.depth = _block_depth(words) if pending.blocks else 0
        pending.to_slash = self.profile.sqlplus and (verb in ("DECLARE", "BEGIN")
                                                     or (verb == "CREATE" and pending.object in _PLSQL_UNITS))
        if not ((verb, pending.object) in READ or verb == "COPY"):
            pending.keep, pending.parts = False, []

    def _starts_tsql_statement(self, line: bytes) -> bool:
        """True when a T-SQL line starts a statement, ending the one before it (see _TSQL_STATEMENT_START)."""
        pending = self.pending
        if pending.parens > 0 or pending.object in ROUTINES or pending.object == "VIEW":
            return False
        if pending.depth and pending.verb not in _TSQL_BLOCK_VERBS:  # an IF's BEGIN ... END holds statements
            return False
        start = _TSQL_STATEMENT_START.match(line)
        if start is None:
            return False
        return start.group(1).upper() != b"SET" or pending.verb not in _SET_CLAUSE_OF

    def _token(self, line: bytes, found: re.Match, token: bytes) -> int:
        """Act on a quote, comment, dollar quote or block word found in code; the position after it."""
        start, end = found.span()
        profile = self.profile
        if token == b"*/" and self.conditional:
            self.conditional = False
            self._keep(b" ")
            return end
        if token.startswith(b"/*!") or token.startswith(b"/*M!"):
            if not _runs(token):
                self.closer = _BLOCK_COMMENT_END
                return end
            self.conditional = True
            self._keep(b" ")
            return end
        if token == b"/*":
            self.closer = _BLOCK_COMMENT_END
            self._keep(token)
            return end
        if token in profile.line_comments:  # kept as `-- `: MySQL's lexer needs the space, the splitter does not
            self._keep(b"-- " + line[end:] if token == b"--" else line[start:])
            return len(line)
        upper = token.upper()
        if upper in (b"BEGIN", b"CASE"):
            self._block_word(token)
            return end
        if upper == b"END":
            after = _SPACE.match(line, end).end()
            following = _WORD.match(line, after)
            if following is None or following.group().upper().decode() not in _END_OF_OTHER_BLOCK:
                self.pending.depth = max(self.pending.depth - 1, 0)
            self._keep(token)
            if (profile.go_batches and self.pending.depth == 0 and self.pending.verb in _TSQL_BLOCK_VERBS
                    and _TSQL_STATEMENT_START.match(line, after)):
                self.block_closed = True
            return end
        self._open_quote(token)
        return end

    def _block_word(self, token: bytes) -> None:
        self.pending.depth += 1
        self._keep(token)

    def _open_quote(self, token: bytes) -> None:
        """Enter a string, quoted identifier or dollar quote; its text is kept with the statement."""
        self.closer = _closer(self.profile, token)
        self._keep(token)

    def _inside_quote(self, line: bytes, position: int) -> int:
        found = self.closer.search(line, position)
        end = found.end() if found else len(line)
        if self.pending is not None and not self.pending.data:
            self._keep(line[position:end])
        if found:
            self.closer = None
        return end

    def _starts_comment(self, line: bytes, position: int) -> bool:
        if line.startswith(b"/*", position):
            conditional = _CONDITIONAL.match(line, position) if self.profile.conditional_comments else None
            return conditional is None or not _runs(conditional.group())
        return any(line.startswith(marker, position) for marker in self.profile.line_comments)

    def _skip_comment(self, line: bytes, position: int) -> int:
        if line.startswith(b"/*", position):
            self.closer = _BLOCK_COMMENT_END
            found = self.closer.search(line, position + 2)
            if found:
                self.closer = None
                return found.end()
            return len(line)
        return len(line)

    def _skip_data(self, line: bytes, position: int) -> int:
        """Skip the values of a data statement fast; stop at its `;` or inside an open quote."""
        fast = _skip_single_quoted(line, position, self.profile, self.other_quotes)
        if fast is not None:
            end, inside = fast
            if inside:
                self.closer = _closer(self.profile, b"'")
            return end
        found = _data_pattern(self.profile).match(line, position)
        position = found.end()
        if position < len(line) and line[position:position + 1] != b";":
            token = line[position:position + 1]
            if token == b"$":
                dollar = _DOLLAR.match(line, position)
                if dollar:
                    self.closer = re.compile(re.escape(dollar.group()))
                    return dollar.end()
                return position + 1
            self.closer = _closer(self.profile, token)
            return position + 1
        return position

    def _scanner(self, blocks: bool) -> re.Pattern:
        key = (self.delimiter, blocks, self.conditional)
        if key not in self.patterns:  # kept here: hashing the profile for a shared cache costs more
            self.patterns[key] = _code_pattern(self.profile, *key)
        return self.patterns[key]

    def _finish(self) -> Iterator[Statement]:
        """End the pending statement: yield it, and enter COPY data after `COPY ... FROM stdin`."""
        pending, self.pending = self.pending, None
        self.closer = None
        self.conditional = False
        if not pending.words:
            return
        if not pending.decided:
            pending.decided = True
            pending.verb = pending.words[0]
            if pending.verb in ("CREATE", "ALTER", "DROP", "COMMENT", "RENAME"):
                pending.object = next((w for w in pending.words[1:] if w in OBJECTS), "")
            if (pending.verb, pending.object) not in READ:
                pending.keep, pending.parts = False, []
        raw = b"".join(pending.parts) if pending.keep else None
        if pending.verb == "COPY":
            self.copy_data = self.profile.copy_stdin and bool(_FROM_STDIN.search(raw or b""))
            raw = None
        text, undecodable = None, False
        if raw is not None and (pending.verb, pending.object) in READ:
            try:
                text = raw.decode("utf-8").strip()
            except UnicodeDecodeError:
                undecodable = True
        yield Statement(pending.line, pending.verb, pending.object, text, undecodable)


def _client_text(line: bytes) -> tuple[str | None, bool]:
    """A mysql client command's text, its `;` and spaces left out, and whether it is not UTF-8."""
    try:
        return line.decode("utf-8").strip().rstrip(";").strip(), False
    except UnicodeDecodeError:
        return None, True


_CONDITIONAL = re.compile(rb"/\*M?!\d*")
NEVER_RUN_VERSION = 999999  # /*M!999999\- enable the sandbox mode */: a client command no server runs


def _runs(marker: bytes) -> bool:
    """True when a server runs a conditional comment's content (its version is one that exists)."""
    digits = marker.lstrip(b"/*M!")
    return not digits or int(digits) < NEVER_RUN_VERSION


def _skip_single_quoted(line: bytes, position: int, profile: Profile, other_quotes: tuple[bytes, ...]
                        ) -> tuple[int, bool] | None:
    """The common case of data, done with bytes methods only: values whose only quotes are `'`
    (escapes masked first). The position of the statement's `;`, or the line's end and whether
    it ends inside a string; None when the line needs the full scan (other quotes, E'', $$)."""
    rest = line[position:] if position else line
    if not profile.backslash_escapes and (b"E'" in rest or b"e'" in rest):
        return None  # a PostgreSQL E'' string: backslashes escape in it alone
    if profile.backslash_escapes and b"\\" in rest:
        rest = rest.replace(b"\\\\", b"__").replace(b"\\'", b"__").replace(b'\\"', b"__")
    for quote in other_quotes:
        if quote in rest:
            return None
    last = rest.rfind(b";")
    if last >= 0 and rest.find(b";") == last and not rest[last + 1:].strip() and rest.count(b"'") % 2 == 0:
        return position + last, False  # one `;`, ending the line, after balanced quotes: no scan needed
    end = _SINGLE_QUOTED_VALUES.match(rest).end()
    if end < len(rest) and rest[end:end + 1] == b";":
        return position + end, False
    return len(line), end < len(rest)  # stopped at a quote that the line does not close


@lru_cache(maxsize=None)
def _other_quotes(profile: Profile) -> tuple[bytes, ...]:
    """The quote characters other than `'` (and `$` where dollar quotes exist) that data may hold."""
    quotes = (*profile.string_quotes, *(opening for opening, _ in profile.identifier_quotes))
    return tuple(q for q in quotes if q != b"'") + ((b"$",) if profile.dollar_quotes else ())


# The start of an INSERT up to its values: verb, table and column list, names quoted or not.
_NAME = rb"(?:`[^`]*`|\"[^\"]*\"|\[[^\]]*\]|[\w$]+)"
_DATA_START = re.compile(rb"[ \t]*(INSERT|REPLACE|UPSERT)(?:\s+(?:IGNORE|INTO))*\s+" + _NAME + rb"(?:\." + _NAME
                         + rb")*(?:\s*\((?:\s*" + _NAME + rb"\s*,)*\s*" + _NAME + rb"\s*\))?", re.IGNORECASE)
_SINGLE_QUOTED_VALUES = re.compile(rb"[^';]*+(?:'[^']*+'[^';]*+)*+")


def _block_depth(words: list[str]) -> int:
    """How many BEGIN ... END (or CASE ... END) blocks the words leave open."""
    depth = 0
    for position, word in enumerate(words):
        if word in ("BEGIN", "CASE"):
            depth += 1
        elif word == "END" and (position + 1 == len(words) or words[position + 1] not in _END_OF_OTHER_BLOCK):
            depth = max(depth - 1, 0)
    return depth


_BLOCK_COMMENT_END = re.compile(rb"\*/")
_DOLLAR = re.compile(rb"\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$")


def _closer(profile: Profile, token: bytes) -> re.Pattern:
    """The pattern that ends the quote `token` opens (its end included)."""
    if token.startswith(b"$"):
        return re.compile(re.escape(token))
    escaped = profile.backslash_escapes or token[:1] in (b"E", b"e")
    quote = token[-1:]
    for opening, closing in profile.identifier_quotes:
        if opening == quote:
            return _quote_end(closing, False)
    return _quote_end(quote, escaped and quote in profile.string_quotes)


@lru_cache(maxsize=None)
def _quote_end(quote: bytes, backslash: bool) -> re.Pattern:
    q = re.escape(quote)
    if backslash:
        return re.compile(rb"[^" + q + rb"\\]*+(?:\\.[^" + q + rb"\\]*+)*+" + q, re.DOTALL)
    return re.compile(rb"[^" + q + rb"]*+" + q)


@lru_cache(maxsize=None)
def _code_pattern(profile: Profile, delimiter: bytes, blocks: bool, conditional: bool) -> re.Pattern:
    """What interrupts plain code: the delimiter (and under a custom one, `;`, which ends each
    statement of the batch it sends), a quote, a comment and, in routines, block words."""
    alternatives = [re.escape(delimiter)] + ([rb";"] if delimiter != b";" else [])
    if conditional:
        alternatives.append(rb"\*/")
    if profile.conditional_comments:
        alternatives.append(_CONDITIONAL.pattern)
    alternatives.append(rb"/\*")
    alternatives += [re.escape(marker) for marker in profile.line_comments]
    if profile.dollar_quotes:
        alternatives.append(rb"(?<![\w$])\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$")
        alternatives.append(rb"(?<![\w$])[Ee]'")
    alternatives += [re.escape(quote) for quote in profile.string_quotes]
    alternatives += [re.escape(opening) for opening, _closing in profile.identifier_quotes]
    if blocks:
        alternatives.append(rb"(?<![\w$])(?:BEGIN|END|CASE)(?![\w$])")
    return re.compile(b"|".join(alternatives), re.IGNORECASE)


@lru_cache(maxsize=None)
def _data_pattern(profile: Profile) -> re.Pattern:
    """Plain values and whole quoted strings of a data statement, up to its `;` or an open quote."""
    quotes = list(dict.fromkeys([*profile.string_quotes, *(opening for opening, _ in profile.identifier_quotes)]))
    stops = b"".join(re.escape(q) for q in quotes) + (rb"\$" if profile.dollar_quotes else b"")
    pieces = [rb"[^;" + stops + rb"]++"]
    for quote in quotes:
        q = re.escape(quote)
        closing = next((c for o, c in profile.identifier_quotes if o == quote), quote)
        c = re.escape(closing)
        if profile.backslash_escapes and quote in profile.string_quotes:
            pieces.append(q + rb"[^" + c + rb"\\]*+(?:\\.[^" + c + rb"\\]*+)*+" + c)
        else:
            if profile.dollar_quotes and quote == b"'":
                pieces.append(rb"(?<=[Ee])'[^'\\]*+(?:\\.[^'\\]*+)*+'")
            pieces.append(q + rb"[^" + c + rb"]*+" + c)
    return re.compile(rb"(?:" + b"|".join(pieces) + rb")*+", re.DOTALL)
