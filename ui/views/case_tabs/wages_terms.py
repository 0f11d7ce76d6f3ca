"""The employment terms of the Wages tab: the fields of terms.json (docs/wages.md) as a form.

The form reads and writes the stored terms mapping; checking it is the core's job
(``set_wages`` parses it before anything is written).  Allowances are a small grid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.wages.inputs import WEEKDAYS
from desktop.wages.law import shipped_law
from ui.models.wage_tables import ChoiceDelegate, TextColumn, TextRowsModel


class TermsForm(QWidget):
    """Workplace, wage, scheduled hours, holiday, pay period and pay day, leaving date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        law = shipped_law()
        self.prefecture = QComboBox()
        self.prefecture.setAccessibleName(self.tr("Workplace prefecture"))
        self.prefecture.addItem(self.tr("(choose)"), "")
        for key in sorted(law.minimum_wages):
            self.prefecture.addItem(law.prefecture_name(key) or key, key)
        self.wage_type = QComboBox()
        self.wage_type.setAccessibleName(self.tr("Wage type"))
        for code, label in (
            ("hourly", self.tr("Hourly")),
            ("daily", self.tr("Daily")),
            ("monthly", self.tr("Monthly")),
        ):
            self.wage_type.addItem(label, code)
        self.wage_amount = QLineEdit()
        self.wage_amount.setAccessibleName(self.tr("Wage amount in yen"))
        self.wage_amount.setPlaceholderText("1200")
        self.day_hours = QLineEdit("8")
        self.day_hours.setAccessibleName(self.tr("Scheduled hours a day"))
        self.month_hours = QLineEdit()
        self.month_hours.setAccessibleName(self.tr("Scheduled hours a month"))
        self.month_hours.setPlaceholderText("160")
        self.enterprise = QComboBox()
        self.enterprise.setAccessibleName(self.tr("Enterprise size"))
        self.enterprise.addItem(self.tr("Small or medium"), "sme")
        self.enterprise.addItem(self.tr("Large"), "large")
        weekdays = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        self.holiday = QComboBox()
        self.holiday.setAccessibleName(self.tr("Statutory holiday"))
        self.week_start = QComboBox()
        self.week_start.setAccessibleName(self.tr("Week starts on"))
        for code, label in zip(WEEKDAYS, weekdays, strict=True):
            self.holiday.addItem(label, code)
            self.week_start.addItem(label, code)
        self.special = QCheckBox(self.tr("44-hour week (special measure)"))
        self.special.setAccessibleName(self.tr("44-hour week (special measure)"))
        self.closing_day = QSpinBox()
        self.closing_day.setRange(1, 31)
        self.closing_day.setValue(31)
        self.closing_day.setSpecialValueText("")
        self.closing_day.setAccessibleName(self.tr("Pay period closing day (31: month end)"))
        self.pay_day = QSpinBox()
        self.pay_day.setRange(1, 31)
        self.pay_day.setValue(25)
        self.pay_day.setAccessibleName(self.tr("Pay day"))
        self.pay_month = QComboBox()
        self.pay_month.setAccessibleName(self.tr("Paid in"))
        for offset, label in (
            (0, self.tr("the same month")),
            (1, self.tr("the next month")),
            (2, self.tr("the month after next")),
        ):
            self.pay_month.addItem(label, offset)
        self.left = QCheckBox(self.tr("Left the job on"))
        self.left.setAccessibleName(self.tr("The worker has left the job"))
        self.left_on = QDateEdit(QDate.currentDate())
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat("yyyy-MM-dd")
        self.left_on.setAccessibleName(self.tr("Date the worker left"))
        self.left_on.setEnabled(False)
        self.left.toggled.connect(self.left_on.setEnabled)

        grid = QGridLayout()
        pairs = [
            (self.tr("Prefecture:"), self.prefecture),
            (self.tr("Wa&ge type:"), self.wage_type),
            (self.tr("Amount (yen):"), self.wage_amount),
            (self.tr("Hours a day:"), self.day_hours),
            (self.tr("Hours a month:"), self.month_hours),
            (self.tr("Enterprise:"), self.enterprise),
            (self.tr("Statutory holiday:"), self.holiday),
            (self.tr("Week starts on:"), self.week_start),
            (self.tr("Closing day:"), self.closing_day),
            (self.tr("Pay day:"), self.pay_day),
            (self.tr("Paid in:"), self.pay_month),
        ]
        for i, (text, widget) in enumerate(pairs):
            buddy = QLabel(text)
            buddy.setBuddy(widget)
            row, column = i % 6, (i // 6) * 2
            grid.addWidget(buddy, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.special, 5, 3)
        left_row = QHBoxLayout()
        left_row.addWidget(self.left)
        left_row.addWidget(self.left_on)
        left_row.addStretch(1)
        grid.addLayout(left_row, 6, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        kinds = {
            "family": self.tr("Family"),
            "commuting": self.tr("Commuting"),
            "separate_living": self.tr("Living apart"),
            "child_education": self.tr("Children's education"),
            "housing": self.tr("Housing"),
            "attendance": self.tr("Attendance"),
            "temporary": self.tr("Temporary"),
            "over_one_month": self.tr("Over one month"),
            "other": self.tr("Other"),
        }
        self.allowances = TextRowsModel(
            [
                TextColumn("label", self.tr("Allowance")),
                TextColumn("kind", self.tr("Kind"), kinds),
                TextColumn("amount", self.tr("Monthly amount (yen)")),
            ],
            self,
        )
        self.allowance_table = QTableView()
        self.allowance_table.setModel(self.allowances)
        self.allowance_table.setItemDelegate(ChoiceDelegate(self.allowances, self))
        self.allowance_table.setAccessibleName(self.tr("Allowances"))
        self.allowance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.allowance_table.horizontalHeader().setStretchLastSection(True)
        self.allowance_table.setMaximumHeight(110)
        self.add_allowance = QPushButton(self.tr("Add allowance"))
        self.add_allowance.setAccessibleName(self.tr("Add an allowance"))
        self.add_allowance.clicked.connect(lambda: self.allowances.add_row(["", "other", ""]))
        self.remove_allowance = QPushButton(self.tr("Remove allowance"))
        self.remove_allowance.setAccessibleName(self.tr("Remove the selected allowances"))
        self.remove_allowance.clicked.connect(
            lambda: self.allowances.remove_rows(
                [i.row() for i in self.allowance_table.selectionModel().selectedRows()]
            )
        )
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_allowance)
        buttons.addWidget(self.remove_allowance)
        buttons.addStretch(1)
        allowance_row = QHBoxLayout()
        allowance_row.addWidget(self.allowance_table, 1)
        allowance_row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(allowance_row)
        layout.addStretch(1)

    def set_terms(self, terms: dict[str, Any] | None) -> None:
        t = terms or {}
        raw_wage = t.get("wage")
        wage: dict[str, Any] = raw_wage if isinstance(raw_wage, dict) else {}

        def choose(combo: QComboBox, value: object) -> None:
            found = combo.findData(value)
            combo.setCurrentIndex(max(found, 0))

        choose(self.prefecture, str(t.get("prefecture") or ""))
        choose(self.wage_type, str(wage.get("type") or "hourly"))
        self.wage_amount.setText(str(wage.get("amount") or ""))
        self.day_hours.setText(str(t.get("scheduled_hours_per_day") or "8"))
        self.month_hours.setText(str(t.get("scheduled_hours_per_month") or ""))
        choose(self.enterprise, str(t.get("enterprise") or "sme"))
        choose(self.holiday, str(t.get("statutory_holiday") or "sunday"))
        choose(self.week_start, str(t.get("week_starts_on") or "sunday"))
        self.special.setChecked(bool(t.get("weekly_limit_special")))
        self.closing_day.setValue(int(t.get("period_closing_day") or 31))
        self.pay_day.setValue(int(t.get("pay_day") or 25))
        choose(self.pay_month, int(t.get("pay_month_offset", 1)))
        left = QDate.fromString(str(t.get("left_on") or ""), "yyyy-MM-dd")
        self.left.setChecked(left.isValid())
        if left.isValid():
            self.left_on.setDate(left)
        self.allowances.set_rows(
            [
                [
                    str(a.get("label") or ""),
                    str(a.get("kind") or "other"),
                    str(a.get("amount") or ""),
                ]
                for a in t.get("allowances") or ()
                if isinstance(a, dict)
            ]
        )

    def terms(self) -> dict[str, Any]:
        """The terms mapping as stored (docs/wages.md); empty fields are left out."""
        out: dict[str, Any] = {
            "prefecture": self.prefecture.currentData(),
            "wage": {
                "type": self.wage_type.currentData(),
                "amount": self.wage_amount.text().strip().replace(",", ""),
            },
            "scheduled_hours_per_day": self.day_hours.text().strip() or "8",
            "statutory_holiday": self.holiday.currentData(),
            "week_starts_on": self.week_start.currentData(),
            "weekly_limit_special": self.special.isChecked(),
            "enterprise": self.enterprise.currentData(),
            "period_closing_day": self.closing_day.value(),
            "pay_day": self.pay_day.value(),
            "pay_month_offset": self.pay_month.currentData(),
        }
        if self.month_hours.text().strip():
            out["scheduled_hours_per_month"] = self.month_hours.text().strip()
        if self.left.isChecked():
            out["left_on"] = self.left_on.date().toString("yyyy-MM-dd")
        allowances = [
            {"label": label, "kind": kind, "amount": amount.replace(",", "")}
            for label, kind, amount in self.allowances.rows()
            if label or amount
        ]
        if allowances:
            out["allowances"] = allowances
        return out
