"""Building an ADR bundle in the background: progress, Cancel, and exhibit passwords.

The dialog opens with its one option (also write each exhibit as its own PDF, for
upload) and a Build button.  A password-protected PDF exhibit stops the build; the
dialog asks for that exhibit's password (naming its 甲号証 label) and starts again with it.  The
passwords live only in this dialog's memory for as long as it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from ui.session import Session
from ui.tasks import Cancel
from ui.widgets import guarded


@dataclass(frozen=True)
class _NeedsPassword:
    label: str


class _Cancelled:
    pass


def _build(
    service: CaseService,
    matter_id: str,
    out_dir: Path,
    passwords: dict[str, str],
    split: bool,
    progress: Callable[[object], None],
    cancelled: Callable[[], bool],
) -> Any:
    """Run the core's build; a locked exhibit or a cancel come back as values, not errors."""
    from desktop.documents.adr import BundleCancelled, ExhibitPasswordError, build_bundle

    try:
        return build_bundle(
            service, matter_id, out_dir, passwords=dict(passwords), split=split,
            progress=lambda done, total: progress((done, total)), cancelled=cancelled,
        )  # fmt: skip
    except ExhibitPasswordError as exc:
        return _NeedsPassword(exc.label)
    except BundleCancelled:
        return _Cancelled()


def ask_password(parent: QWidget, label: str) -> str | None:
    """Ask for an exhibit's PDF password; None when the counselor gives up."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("BundleDialog", "Exhibit password"),
        QCoreApplication.translate(
            "BundleDialog", "{0} is a password-protected PDF. Enter its password:"
        ).format(label),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


class BundleDialog(QDialog):
    """Runs the build for one matter into an empty folder; emits ``built`` with bundle.pdf."""

    built = Signal(object)  # Path of bundle.pdf

    def __init__(
        self,
        session: Session,
        matter_id: str,
        out_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.matter_id = matter_id
        self.out_dir = out_dir
        self.passwords: dict[str, str] = {}
        self.ask: Callable[[QWidget, str], str | None] = ask_password
        self._cancel: Cancel | None = None
        self.result_value: Any = None
        self.setWindowTitle(self.tr("Building the bundle"))
        self.status = QLabel(self.tr("The bundle will be written to {0}.").format(out_dir))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Bundle status"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Bundle progress"))
        self.bar.setRange(0, 1)
        self.split = QCheckBox(
            self.tr("Also save each exhibit, the application and the evidence statement as its "
                    "own PDF (for upload)")
        )  # fmt: skip
        self.split.setAccessibleName(self.tr("Also save one PDF per exhibit"))
        self.split.setToolTip(
            self.tr("Written into the folder's \"split\" folder, named like "
                    "甲第1号証.pdf, and listed with their titles in manifest.json.")
        )  # fmt: skip
        self.build_button = QPushButton(self.tr("&Build"))
        self.build_button.setAccessibleName(self.tr("Build the bundle"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel building the bundle"))
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.build_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.split)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def start(self) -> None:
        """Start (or restart, with any passwords given so far) the build in the background."""
        if not self.session.is_unlocked:
            self._finish(self.tr("The vault is locked; no bundle was made."))
            return
        matter_id, out_dir, passwords = self.matter_id, self.out_dir, dict(self.passwords)
        split = self.split.isChecked()
        self.split.setEnabled(False)  # the folder's contents are decided once the build runs
        self.build_button.setEnabled(False)
        self.bar.setRange(0, 0)

        def work(service: CaseService, *, progress: Any, cancelled: Any) -> Any:
            return _build(service, matter_id, out_dir, passwords, split, progress, cancelled)

        self.status.setText(self.tr("Building the bundle in {0}…").format(out_dir))
        self.cancel_button.setText(self.tr("&Cancel"))
        self._cancel = self.session.run(
            work,
            done=guarded(self, self._done),
            failed=guarded(self, self._failed),
            progress=guarded(self, self._progress),
            cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        """Stop the build (the core removes what it wrote) or close when idle."""
        if self._cancel is None:
            self.reject()
            return
        self._cancel.cancel()
        self.status.setText(self.tr("Cancelling…"))
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        if self._cancel is not None:  # closing the window cancels the build first
            self.cancel()
            return
        super().reject()

    def _progress(self, value: object) -> None:
        if isinstance(value, tuple) and len(value) == 2:
            done, total = (int(v) for v in value)
            self.bar.setRange(0, max(1, total))
            self.bar.setValue(min(done, max(1, total)))
        elif isinstance(value, float) and 0.0 <= value <= 1.0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(value * 1000))
        elif isinstance(value, int):
            self.bar.setValue(min(value, self.bar.maximum()))

    def _done(self, value: Any) -> None:
        self._cancel = None
        self.cancel_button.setEnabled(True)
        if isinstance(value, _Cancelled):
            self._finish(self.tr("Cancelled; nothing was kept in {0}.").format(self.out_dir))
            return
        if isinstance(value, _NeedsPassword):
            self._password_needed(value)
            return
        self.result_value = value
        pdf = Path(value.bundle)
        lines = [self.tr("The bundle is ready: {0} ({1} pages).").format(pdf, value.pages)]
        if value.split:
            lines.append(self.tr("{0} separate PDFs in {1}.").format(
                len(value.split), Path(value.split[0]).parent))  # fmt: skip
            # The names carry the 号証 alone: each with its title (file name and title are
            # the filer's own words, nothing to translate).
            lines += [f"{name}　{title}" for name, title in value.split_titles.items()]
        lines += [str(s) for s in value.summary]  # what each exhibit kept, from the core
        lines += [str(w) for w in value.warnings]  # things the filer should check, from the core
        self._finish("\n".join(lines))
        self.bar.setValue(1)
        self.built.emit(pdf)

    def _cancelled(self) -> None:
        self._done(_Cancelled())

    def _password_needed(self, need: _NeedsPassword) -> None:
        if need.label in self.passwords:
            self.status.setText(self.tr("That password does not open {0}.").format(need.label))
        password = self.ask(self, need.label)
        if not password:
            self._finish(self.tr("No bundle was made: {0} needs its password.").format(need.label))
            return
        self.passwords[need.label] = password  # the core takes an exhibit's id or its label
        self.start()

    def _failed(self, message: str) -> None:
        self._cancel = None
        self.cancel_button.setEnabled(True)
        self._finish(message)

    def _finish(self, message: str) -> None:
        self.status.setText(message)
        self.bar.setRange(0, 1)
        self.cancel_button.setText(self.tr("&Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
