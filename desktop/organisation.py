"""The organisation's own details (letterhead), sealed in the vault with the settings key."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from desktop.errors import InvalidValueError
from desktop.store import sealed_records
from desktop.store.sealed_records import OrganisationRecord, SealedStore

__all__ = ["ORGANISATION", "Letterhead", "read_letterhead", "write_letterhead"]

ORGANISATION = sealed_records.ORGANISATION.name
MAX_LOGO_BYTES = 512 * 1024
DateStyle = Literal["western", "japanese"]


@dataclass(frozen=True)
class Letterhead:
    """What every letter and bundle prints at the top: who is writing."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_png: bytes | None = None
    date_style: DateStyle = "western"

    def with_logo(self, path: Path) -> Letterhead:
        """A copy carrying the PNG or JPEG logo at ``path`` (checked, at most 512 KB)."""
        data = path.read_bytes()
        if len(data) > MAX_LOGO_BYTES:
            raise InvalidValueError("The logo is larger than 512 KB; use a smaller image.")
        if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
            raise InvalidValueError("The logo must be a PNG or JPEG image.")
        return replace(self, logo_png=data)


def read_letterhead(vault: SealedStore) -> Letterhead:
    """The stored letterhead, or an empty one."""
    stored = sealed_records.ORGANISATION.read(vault) or OrganisationRecord()
    logo: bytes | None = None
    if stored.logo:
        try:
            logo = base64.b64decode(stored.logo, validate=True)
        except (binascii.Error, ValueError):
            logo = None
    return Letterhead(
        name=stored.name,
        address=stored.address,
        phone=stored.phone,
        email=stored.email,
        logo_png=logo,
        date_style="japanese" if stored.date_style == "japanese" else "western",
    )


def write_letterhead(vault: SealedStore, letterhead: Letterhead) -> None:
    """Store the letterhead (replacing the old one)."""
    sealed_records.ORGANISATION.write(
        vault,
        OrganisationRecord(
            name=letterhead.name.strip(),
            address=letterhead.address.strip(),
            phone=letterhead.phone.strip(),
            email=letterhead.email.strip(),
            logo=base64.b64encode(letterhead.logo_png).decode() if letterhead.logo_png else "",
            date_style=letterhead.date_style,
        ),
    )
