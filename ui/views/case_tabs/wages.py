"""Wages tab: the employment terms, the work-record and payslip grids, the calculation.

The grids hold the stored CSV (docs/wages.md) as editable rows; an import or a save
checks every row at once and lists all the bad ones.  "Calculate" stores what changed
and computes the claim from the stored case in the background, so the table shown is
the claim that "Save calculation sheet…" prints and "Use as the claim…" files.  Every
result is shown with the estimate line and the rules' review status.  The button row
keeps room for one more document action (the labour standards office complaint).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.cases.views import CaseDetails
from desktop.documents.wage_claim import ClaimUse, SavedSheet, save_calculation_sheet, use_as_claim
from desktop.wages.calculator import WageClaim
from desktop.wages.case_claim import case_claim
from desktop.wages.errors import WageInputError
from desktop.wages.inputs import parse_terms
from desktop.wages.law import shipped_law
from desktop.wages.tables import (
    RowProblem,
    TableRows,
    check_rows,
    read_table,
    rows_from_csv,
    rows_to_csv,
)
from ui.models.wage_tables import ChoiceDelegate, ResultModel, TextColumn, TextRowsModel
from ui.session import Session
from ui.views.case_tabs.common import CaseTab
from ui.views.case_tabs.wages_terms import TermsForm
from ui.widgets import guarded


def _grid(model: TextRowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(ChoiceDelegate(model, table))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(True)  # Tab moves cell to cell while typing a day in
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class WagesTab(CaseTab):
    """Terms, work records, payslips and the calculated claim of one case."""

    # The stored inputs; matters and exhibits for "use as the claim"; demand letters
    # (timeline entries) hold off the limitation.
    kinds = frozenset({"wages", "adr", "exhibit", "timeline"})

    def __init__(self, session: Session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, case_id, parent)
        self.data: CaseDetails | None = None
        self.claim: WageClaim | None = None
        self._stored_terms: dict[str, Any] | None = None
        self.terms = TermsForm()
        self.records = TextRowsModel(
            [
                TextColumn("date", self.tr("Date"), placeholder="2025-04-01"),
                TextColumn("start", self.tr("Start"), placeholder="09:00"),
                TextColumn(
                    "end",
                    self.tr("End"),
                    placeholder=self.tr("18:00 (26:00 or 02:00: the next morning)"),
                ),
                TextColumn("break_minutes", self.tr("Break (minutes)"), placeholder="60"),
                TextColumn("break_start", self.tr("Break from"), placeholder="12:00"),
            ],
            self,
        )
        self.payslips = TextRowsModel(
            [
                TextColumn("period_end", self.tr("Period ends"), placeholder="2025-04-30"),
                TextColumn(
                    "kind",
                    self.tr("Item"),
                    {
                        "gross": self.tr("Gross pay"),
                        "premium_paid": self.tr("Of which premiums"),
                        "deduction": self.tr("Deduction"),
                        "net": self.tr("Net pay"),
                    },
                ),
                TextColumn("label", self.tr("Label"), placeholder=self.tr("e.g. dormitory fee")),
                TextColumn("amount", self.tr("Amount (yen)"), placeholder="30000"),
                TextColumn(
                    "basis",
                    self.tr("Deduction basis"),
                    {
                        "": "",
                        "statutory": self.tr("By law (tax, insurance)"),
                        "agreement": self.tr("Written agreement"),
                        "none": self.tr("No basis"),
                    },
                ),
            ],
            self,
        )
        self.record_table = _grid(self.records, self.tr("Work records"))
        self.payslip_table = _grid(self.payslips, self.tr("Payslips"))
        self.result = ResultModel(
            [
                self.tr("Pay period"),
                self.tr("Within limits"),
                self.tr("Overtime"),
                self.tr("Late night"),
                self.tr("Holiday"),
                self.tr("Due (yen)"),
                self.tr("Paid (yen)"),
                self.tr("Difference (yen)"),
                self.tr("Claim expires"),
            ],
            self.tr("Total"),
            self.tr("(expired)"),
            self,
        )
        self.result_table = QTableView()
        self.result_table.setModel(self.result)
        self.result_table.setAccessibleName(self.tr("Calculated claim per pay period"))
        self.result_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.result_table.verticalHeader().setVisible(False)
        header = self.result_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.estimate.setStyleSheet("font-weight: bold;")
        self._show_estimate(shipped_law().review_status)

        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Wage sections"))
        self.pages.addTab(self.terms, self.tr("&Job terms"))
        # The worker's own account in the timeline can become records (checked one by one).
        self.draft_button = QPushButton(self.tr("Draft from timeline…"))
        self.draft_button.setAccessibleName(
            self.tr("Draft work records from the case's timeline entries")
        )
        self.draft_button.clicked.connect(self.draft_from_timeline)
        self.pages.addTab(
            self._grid_page(self.record_table, self.records, "records", self.draft_button),
            self.tr("Work &records"),
        )
        self.pages.addTab(
            self._grid_page(self.payslip_table, self.payslips, "payslips"), self.tr("Paysl&ips")
        )
        result_page = QWidget()
        result_layout = QVBoxLayout(result_page)
        result_layout.addWidget(self.result_table, 1)
        result_layout.addWidget(self.totals)
        self.pages.addTab(result_page, self.tr("Resu&lt"))

        self.until = QDateEdit(QDate.currentDate())
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setAccessibleName(self.tr("Claim and interest as of"))
        until_label = QLabel(self.tr("As of:"))
        until_label.setBuddy(self.until)
        self.save_button = QPushButton(self.tr("Save inputs"))
        self.save_button.setAccessibleName(self.tr("Save the terms, work records and payslips"))
        self.save_button.clicked.connect(lambda: self.save_inputs())
        self.calculate_button = QPushButton(self.tr("Calc&ulate"))
        self.calculate_button.setAccessibleName(self.tr("Calculate the wage claim"))
        self.calculate_button.clicked.connect(self.calculate)
        self.sheet_button = QPushButton(self.tr("Save calculation sheet…"))
        self.sheet_button.setAccessibleName(self.tr("Save the calculation sheet as PDF"))
        self.sheet_button.clicked.connect(self._choose_sheet_file)
        self.claim_button = QPushButton(self.tr("Use &as the claim…"))
        self.claim_button.setAccessibleName(self.tr("Use the calculation as an ADR matter's claim"))
        self.claim_button.clicked.connect(self._choose_matter)
        # The same complaint dialog as the referrals tab's (it is made from this calculation).
        self.complaint_button = QPushButton(self.tr("Labour office complaint…"))
        self.complaint_button.setAccessibleName(
            self.tr("Draft a complaint to the labour standards office")
        )
        self.complaint_button.clicked.connect(self.new_complaint)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(until_label)
        self.buttons.addWidget(self.until)
        for button in (
            self.save_button,
            self.calculate_button,
            self.sheet_button,
            self.claim_button,
            self.complaint_button,
        ):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.estimate)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.notice)
        layout.addLayout(self.buttons)

    def _grid_page(
        self, table: QTableView, model: TextRowsModel, kind: str, *extra: QPushButton
    ) -> QWidget:
        page = QWidget()
        add = QPushButton(self.tr("Add row"))
        add.setAccessibleName(self.tr("Add a row"))
        remove = QPushButton(self.tr("Remove rows"))
        remove.setAccessibleName(self.tr("Remove the selected rows"))
        load = QPushButton(self.tr("Import CSV/&XLSX…"))
        load.setAccessibleName(self.tr("Import rows from a CSV or Excel file"))

        def add_row() -> None:
            row = model.add_row()
            table.setCurrentIndex(model.index(row, 0))
            table.edit(model.index(row, 0))

        add.clicked.connect(add_row)
        remove.clicked.connect(
            lambda: model.remove_rows([i.row() for i in table.selectionModel().selectedRows()])
        )
        load.clicked.connect(lambda: self._choose_import(kind, model))
        buttons = QHBoxLayout()
        for button in (add, remove, load, *extra):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        return page

    def _show_estimate(self, status: str) -> None:
        shown = (
            self.tr("checked by a lawyer")
            if status == "reviewed"
            else self.tr("machine-drafted, not yet checked by a lawyer")
        )
        self.estimate.setText(
            self.tr("This is an estimate to be checked (これは概算です). Rules: {0}.").format(shown)
        )

    # -- loading -------------------------------------------------------------------------------
    def load(self, view: CaseDetails) -> None:
        """Refill from the case; edits not yet saved are kept (the tab is also reloaded
        when a matter or a timeline entry changes, which must not wipe a half-typed grid)."""
        self.data = view
        stored = view.wages.data if view.wages is not None and not view.wages.deleted else {}
        terms = stored.get("terms")
        stored_terms = dict(terms) if isinstance(terms, dict) else None
        if not self._terms_edited():
            self.terms.set_terms(stored_terms)
        self._stored_terms = stored_terms
        for kind, model in (("records", self.records), ("payslips", self.payslips)):
            if model.dirty:
                continue
            try:
                model.set_rows(rows_from_csv(kind, str(stored.get(kind) or "")).rows)
            except Exception:  # noqa: BLE001 - a stored value this version cannot read
                model.set_rows([])
                self.show_error(self.tr("The stored wage data cannot be read; import it again."))

    def _terms_edited(self) -> bool:
        terms = self.terms.terms()
        return bool(terms.get("prefecture")) and not self._same_terms(terms)

    # -- checking and saving -------------------------------------------------------------------
    @staticmethod
    def _grid_rows(model: TextRowsModel) -> TableRows:
        rows = model.rows()
        return TableRows(rows, list(range(1, len(rows) + 1)))

    def _commit_edits(self) -> None:
        """Take a cell still being typed in: a button pressed with its Alt+letter leaves the
        focus (and the open editor) in the grid, and its text would be lost."""
        for table in (self.record_table, self.payslip_table, self.terms.allowance_table):
            editor = table.indexWidget(table.currentIndex())
            if editor is not None:
                table.commitData(editor)
                table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _problems(self) -> list[str]:
        problems = []
        for kind, model, title in (
            ("records", self.records, self.tr("Work records")),
            ("payslips", self.payslips, self.tr("Payslips")),
        ):
            for problem in check_rows(kind, self._grid_rows(model)):
                problems.append(self._problem_text(title, kind, model, problem))
        return problems

    def _problem_text(self, title: str, kind: str, model: TextRowsModel, p: RowProblem) -> str:
        """One bad row in the interface language: which cell, or what does not fit."""
        if p.column is not None:
            header = next(c.header for c in model.columns if c.key == p.column)
            if not p.value:
                return self.tr("{0}, row {1}: {2} is missing.").format(title, p.line, header)
            return self.tr("{0}, row {1}: “{2}” in {3} cannot be used.").format(
                title, p.line, p.value, header
            )
        if kind == "records":
            return self.tr(
                "{0}, row {1}: the times do not fit together (a shift longer than 24 hours, "
                "or a break outside the shift)."
            ).format(title, p.line)
        return self.tr(
            "{0}, row {1}: the period ending {2} needs one gross pay, at most one net pay, and "
            "a net pay equal to gross pay less the deductions."
        ).format(title, p.line, p.value)

    def _changed_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        terms = self.terms.terms()
        if terms.get("prefecture") and not self._same_terms(terms):
            fields["terms"] = terms
        for kind, model in (("records", self.records), ("payslips", self.payslips)):
            if model.dirty:
                fields[kind] = rows_to_csv(kind, model.rows())
        return fields

    def _same_terms(self, terms: dict[str, Any]) -> bool:
        """The form says what is stored (defaults spelt out count as the same)."""
        if self._stored_terms is None:
            return False
        try:
            return parse_terms(terms) == parse_terms(self._stored_terms)
        except WageInputError:
            return False  # the form's value is new (and set_wages will say what is wrong)

    def save_inputs(self, then: Any = None) -> bool:
        """Check every row, then store what changed; False (and the list shown) if bad."""
        self._commit_edits()
        problems = self._problems()
        if problems:
            self.show_error(
                self.tr("These rows cannot be used; nothing was saved:")
                + "\n"
                + "\n".join(problems[:30])
                + (f"\n… (+{len(problems) - 30})" if len(problems) > 30 else "")
            )
            return False
        fields = self._changed_fields()
        if not fields:
            if then is not None:
                then(None)
            return True
        case_id = self.case_id

        def saved(result: object) -> None:
            for kind, model in (("records", self.records), ("payslips", self.payslips)):
                if kind in fields and model.rows() == saved_rows[kind]:
                    model.dirty = False  # what the grid shows is what is stored now
            if "terms" in fields:
                self._stored_terms = fields["terms"]
            if then is not None:
                then(result)

        saved_rows = {"records": self.records.rows(), "payslips": self.payslips.rows()}
        self.change(lambda s: s.set_wages(case_id, fields), done=saved)
        return True

    def _choose_import(self, kind: str, model: TextRowsModel) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import rows"), "", self.tr("Tables (*.csv *.xlsx)")
        )
        if path:
            self.import_file(kind, model, Path(path))

    def import_file(self, kind: str, model: TextRowsModel, path: Path) -> None:
        """Read the file in the background; all its bad rows are listed, none is taken."""
        self.clear_error()

        def read(_service: CaseService) -> tuple[TableRows, list[RowProblem]]:
            table = read_table(kind, path)
            return table, check_rows(kind, table)

        def done(result: tuple[TableRows, list[RowProblem]]) -> None:
            table, found = result
            problems = [self._problem_text(path.name, kind, model, p) for p in found]
            if problems:
                self.show_error(
                    self.tr("{0}: {1} rows cannot be used; nothing was imported:").format(
                        path.name, len(problems)
                    )
                    + "\n"
                    + "\n".join(problems[:30])
                )
                return
            model.set_rows(table.rows)
            model.dirty = True
            self.notice.setText(
                self.tr("{0} rows read from {1}; save or calculate to keep them.").format(
                    len(table.rows), path.name
                )
            )

        self.session.run(read, done=guarded(self, done), failed=self.show_error)

    # -- calculating ---------------------------------------------------------------------------
    def _until(self) -> date:
        return date.fromisoformat(self.until.date().toString("yyyy-MM-dd"))

    def calculate(self) -> None:
        """Store the inputs if they changed, then compute from the stored case."""
        until, case_id = self._until(), self.case_id

        def compute(_: Any) -> None:
            def run(service: CaseService) -> tuple[WageClaim | None, list[str]]:
                claim, wages = case_claim(service.get_case(case_id), until)
                missing = [] if wages.terms is not None else ["terms"]
                if wages.terms is not None and not wages.records:
                    missing.append("records")
                return claim, wages.problems or missing

            self.session.run(run, done=guarded(self, self._show_claim), failed=self.show_error)

        self.save_inputs(then=compute)

    def _show_claim(self, result: tuple[WageClaim | None, list[str]]) -> None:
        claim, problems = result
        self.claim = claim
        self.result.set_claim(claim)
        if claim is None:
            missing = {
                "terms": self.tr("Enter the employment terms first."),
                "records": self.tr("Enter or import the work records first."),
            }
            self.show_error(" ".join(missing.get(p, p) for p in problems))
            self.totals.clear()
            return
        self._show_estimate(claim.review_status)
        t = claim.totals
        self.totals.setText(
            self.tr(
                "Claimable ¥{0} (periods not expired, as of {1}); delay interest to that day ¥{2}; "
                "unlawful deductions ¥{3}; minimum-wage shortfall ¥{4}."
            ).format(
                f"{int(t['claimable']):,}",
                claim.until.isoformat(),
                f"{int(t['interest']):,}",
                f"{int(t['unlawful_deductions']):,}",
                f"{int(t['minimum_wage_shortfall']):,}",
            )
        )
        self.pages.setCurrentIndex(3)

    # -- documents -----------------------------------------------------------------------------
    def _choose_sheet_file(self) -> None:
        name = f"wage-sheet-{self.data.ref if self.data else ''}-{self._until()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calculation sheet"), name, self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_sheet(Path(path))

    def save_sheet(self, path: Path) -> None:
        until, case_id = self._until(), self.case_id

        def saved(result: SavedSheet) -> None:
            self.notice.setText(
                self.tr("Calculation sheet saved to {0} (claimable ¥{1}).").format(
                    str(result.path), f"{result.claimable:,}"
                )
            )

        self.save_inputs(
            then=lambda _: self.session.run(
                lambda s: save_calculation_sheet(s, case_id, until, path),
                done=guarded(self, saved),
                failed=self.show_error,
            )
        )

    def _choose_matter(self) -> None:
        matters = [m for m in (self.data.adr_matters if self.data else []) if not m.deleted]
        if not matters:
            self.show_error(self.tr("This case has no ADR matter; add one in the ADR tab first."))
            return
        titles = [str(m.data.get("title") or "") for m in matters]
        title, ok = QInputDialog.getItem(
            self, self.tr("Use as the claim"), self.tr("ADR matter:"), titles, 0, False
        )
        if ok:
            self.use_as_claim(matters[titles.index(title)].entity_id)

    def new_complaint(self) -> None:
        """Open the labour standards office complaint (申告) draft for this case."""
        if self.data is None:
            return
        from ui.dialogs.wage_complaint import WageComplaintDialog

        self.complaint_dialog = WageComplaintDialog(self.session, self.data, self)
        self.complaint_dialog.saved.connect(
            lambda path: self.notice.setText(self.tr("Complaint draft saved: {0}.").format(path))
        )
        self.complaint_dialog.open()

    def draft_from_timeline(self) -> None:
        """Store pending grid edits (so the drafts compare with what is shown), then open
        the list of records drafted from the timeline."""
        from ui.dialogs.wage_drafts import WageDraftsDialog

        def open_dialog(_: object) -> None:
            self.drafts_dialog = WageDraftsDialog(self.session, self.case_id, self)
            self.drafts_dialog.added.connect(self.notice.setText)
            self.drafts_dialog.open()

        self.save_inputs(then=guarded(self, open_dialog))

    def use_as_claim(self, matter_id: str) -> None:
        until = self._until()

        def used(result: ClaimUse) -> None:
            text = self.tr("Amount claimed set to ¥{0}; the calculation sheet is {1}.").format(
                f"{result.amount:,}", result.exhibit_label
            )
            if not result.relief_updated:
                text += " " + self.tr("The relief sought names no single amount: check it.")
            self.notice.setText(text)

        self.save_inputs(
            then=lambda _: self.change(
                lambda s: use_as_claim(s, matter_id, until), done=guarded(self, used)
            )
        )
