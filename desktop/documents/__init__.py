"""Documents: referral letters, ADR bundles, reports, recovery sheets.

Every page is drawn by reportlab through :mod:`desktop.documents.text`, the one
module that knows about fonts, fallback, shaping and line breaking.  Nothing here
imports Qt; the UI previews the files these modules write.
"""
