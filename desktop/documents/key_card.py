"""A printable key card: this vault's public key as a QR code, with the fingerprint to read aloud.

Handing over a key is the moment a substitution would go unnoticed, so the card
carries the fingerprint in large digits: the recipient compares it by phone
before trusting the key (docs/packets.md).  The QR code holds the whole key file
(about 1.8 KB, error correction M), so a phone can carry it to another office.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.documents.pdf import build_story
from desktop.documents.recovery_sheet import key_qr
from desktop.documents.text import Style, paragraph
from desktop.identity import Identity

__all__ = ["key_card_pdf"]

_TITLE = Style(size=16, leading=24, bold=True, lang="ja")
_BODY = Style(size=10, leading=15, lang="ja")
_DIGITS = Style(size=18, leading=28, lang="en", align="center")


def key_card_pdf(identity: Identity) -> bytes:
    """One A4 page: names, the fingerprint in groups of four digits, and the key file as QR."""
    card = identity.card
    who = " / ".join(x for x in (card.organisation, card.display_name) if x) or "—"
    story: list[Flowable] = [
        paragraph("Madoguchi 公開鍵カード / Public key card", _TITLE),
        paragraph(who, Style(size=12, leading=18, lang="ja", space_after=4 * mm)),
        paragraph(
            "この鍵あてに封かんした紹介パケットは、この保管庫だけが開けます。受け取った人は、"
            "下の指紋（数字）を電話で読み上げて照合してから使ってください。",
            _BODY,
        ),
        paragraph(
            "Referral packets sealed to this key open only in this vault. Whoever receives the "
            "card compares the fingerprint below by phone, digit group by digit group, before "
            "using the key.",
            Style(size=10, leading=15, lang="en", space_after=6 * mm),
        ),
        paragraph(card.fingerprint_digits, _DIGITS),
        Spacer(1, 8 * mm),
        key_qr(identity.key_file().decode("utf-8"), size=90 * mm),
    ]
    return build_story(story, title="Madoguchi public key card", subject=card.fingerprint)
