"""Password hashing with argon2 (issue 2, part 6)."""

from __future__ import annotations

import functools
import os

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# Tests set PORTEFEUILLE_FAST_HASH=1: argon2's default costs ≈ 0.1 s a hash (platform-notes.md).
_hasher = (
    PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    if os.environ.get("PORTEFEUILLE_FAST_HASH") == "1"
    else PasswordHasher()
)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


@functools.cache
def _stand_in_hash() -> str:
    return hash_password("aucun compte ne porte ce mot de passe")


def spend_a_verification(password: str) -> None:
    """Check a password against nobody's hash, at the cost of a real check: a code that
    does not exist takes as long to refuse as a wrong password (issue 11)."""
    verify_password(_stand_in_hash(), password)
