"""Preferences that are not secret and must work before unlock (language, idle lock).

Stored with QSettings (an INI file or the platform's settings store).  Anything
about cases or the organisation lives sealed in the vault instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings

from desktop.vaults import default_vault_dir

LANGUAGES = ("ja", "en")
DEFAULT_IDLE_MINUTES = 5


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings("Madoguchi", "Madoguchi")

    @property
    def language(self) -> str:
        default = "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"
        value = str(self._s.value("language", default))
        return value if value in LANGUAGES else default

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value if value in LANGUAGES else "en")

    @property
    def idle_minutes(self) -> float:
        try:
            value = float(self._s.value("idle_minutes", DEFAULT_IDLE_MINUTES))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return min(max(value, 1), 120)

    @idle_minutes.setter
    def idle_minutes(self, value: float) -> None:
        self._s.setValue("idle_minutes", float(value))

    @property
    def vault_folder(self) -> Path:
        return Path(str(self._s.value("vault_folder", str(default_vault_dir()))))

    @vault_folder.setter
    def vault_folder(self, value: Path) -> None:
        self._s.setValue("vault_folder", str(value))

    def sync(self) -> None:
        self._s.sync()
