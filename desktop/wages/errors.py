"""The wage calculator's errors: bad input files, or law data that fails its checks."""

from __future__ import annotations

from desktop.errors import MadoguchiError


class WageInputError(MadoguchiError):
    """A terms, records or payslips file is malformed; nothing was computed."""

    code = "wages.input"


class LawDataError(MadoguchiError):
    """A rule file under resources/law/ is malformed (schema, dates, citations)."""

    code = "wages.law_data"


class WageComplaintError(MadoguchiError):
    """A labour standards office complaint (申告) draft cannot be made from the case's data."""

    code = "wages.complaint"


class WageDataMissingError(MadoguchiError):
    """A case has no usable wage terms or work records, so there is no claim to use."""

    code = "wages.no_records"


class WageClaimEmptyError(MadoguchiError):
    """The calculation leaves nothing to claim (every period paid in full or expired)."""

    code = "wages.nothing_to_claim"


class WageDraftError(MadoguchiError):
    """Drafts accepted from the timeline no longer match it (an entry changed meanwhile)."""

    code = "wages.draft"
