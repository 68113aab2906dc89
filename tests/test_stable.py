"""stable_bytes: the bytes version digests and cache keys hash, the same for the same values."""

from __future__ import annotations

import enum
import subprocess
import sys

import pytest

from laci_audit.stable import stable_bytes


class Level(enum.IntEnum):
    LOW = 1


class Name(str):
    pass


class Place:
    """Neither a value marshal writes nor a subclass of one."""


def test_equal_values_give_equal_bytes_and_different_ones_different():
    shared = "".join(["ema", "il"])
    assert stable_bytes((shared, shared)) == stable_bytes(("email", "email"))
    values = (True, 1, 1.0, None, "None", "1", b"1", ("1",), -0.0, 0.0)
    assert len({stable_bytes((v,)) for v in values}) == len(values)


def test_a_subclass_is_written_as_its_plain_value():
    assert stable_bytes((Name("email"), Level.LOW, [Name("x")])) == stable_bytes(("email", 1, ["x"]))


def test_what_has_no_stable_bytes_is_refused():
    with pytest.raises(ValueError, match="no stable bytes for a Place"):
        stable_bytes(("email", Place()))  # marshal refuses it, and so does the plain-value fallback


def test_the_bytes_are_the_same_in_another_process_with_another_hash_seed():
    content = (("akun", "users", "email"), (1, ("A.1.1",), 0.9), None, True)
    code = ("import sys; from laci_audit.stable import stable_bytes; "
            f"sys.stdout.write(stable_bytes({content!r}).hex())")
    for seed in ("0", "12345"):
        other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                               env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=None).stdout
        assert other == stable_bytes(content).hex()
