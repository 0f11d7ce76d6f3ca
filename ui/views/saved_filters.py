"""The case list's saved-filter picker; ``desktop.cases.saved_filters`` stores them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from desktop.saved_filters_service import FilterState
from desktop.services import VaultServices
from ui.session import Session


class SavedFilters(QWidget):
    """A combo of saved filters plus Save/Delete; emits ``chosen`` with the saved state."""

    chosen = Signal(dict)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._saved: dict[str, FilterState] = {}
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Saved filters"))
        self.combo.activated.connect(self._activated)
        self.save_button = QPushButton(self.tr("Save fi&lter…"))
        self.save_button.setAccessibleName(self.tr("Save the current filter"))
        self.delete_button = QPushButton(self.tr("Delete filter"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen saved filter"))
        self.delete_button.clicked.connect(self._delete)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        self._fill()

    def load(self) -> None:
        """Read the saved filters from the vault (background)."""

        def read(services: VaultServices) -> dict[str, FilterState]:
            return services.saved_filters.all()

        self.session.run_services(read, done=self._loaded)

    def _loaded(self, saved: dict[str, FilterState]) -> None:
        self._saved = saved
        self._fill()

    def _fill(self) -> None:
        self.combo.clear()
        self.combo.addItem(self.tr("Saved filters…"), "")
        for name in sorted(self._saved):
            self.combo.addItem(name, name)
        self.delete_button.setEnabled(bool(self._saved))

    def _activated(self, index: int) -> None:
        name = self.combo.itemData(index)
        if name:
            self.chosen.emit(self._saved[name])

    def ask_and_save(self, state: dict[str, Any]) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name:"))
        if ok and name.strip():
            self.save(name.strip(), state)

    def save(self, name: str, state: dict[str, Any]) -> None:
        # Shown at once; the stored list (read back with the write) then replaces it.
        self._saved[name] = state
        self._fill()

        def write(services: VaultServices) -> dict[str, FilterState]:
            return services.saved_filters.save(name, state)

        self.session.run_services(write, done=self._loaded)

    def _delete(self) -> None:
        name = self.combo.currentData()
        if not name:
            return
        self._saved.pop(name, None)
        self._fill()

        def write(services: VaultServices) -> dict[str, FilterState]:
            return services.saved_filters.delete(name)

        self.session.run_services(write, done=self._loaded)

    def forget(self) -> None:
        self._saved.clear()
        self._fill()
