"""The Statistics page: a desk statistics table and its chart, and its export.

The table is computed in the background by the core (desktop.stats.service.make_table,
which records nothing); exporting publishes it through the core (publish_table): the
sealed ledger first, then the file, then the audit entry.  Hidden figures are shown as
the core marks them (``<5``, ``x``) and have no bar in the chart; the chart's legend
says why.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseService
from desktop.stats.dimensions import DIMENSIONS, MEASURES
from desktop.stats.service import make_table, publish_table
from desktop.stats.table import DEFAULT_K, MIN_K, TOTAL, StatsTable
from ui.models.stats_table import StatsTableModel, category_name, dimension_name, measure_name
from ui.session import Session
from ui.views.stats_filters import CaseFilterBar

_PRESETS = ("this_month", "last_month", "this_quarter", "last_quarter", "this_fy", "last_fy")
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
            "#000000")  # fmt: skip


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The first and last day of a preset period around ``today`` (Japan's fiscal year)."""

    def month_end(year: int, month: int) -> date:
        following = date(year + month // 12, month % 12 + 1, 1)
        return following - timedelta(days=1)

    if preset in ("this_month", "last_month"):
        first = today.replace(day=1)
        if preset == "last_month":
            first = (first - timedelta(days=1)).replace(day=1)
        return first, month_end(first.year, first.month)
    if preset in ("this_quarter", "last_quarter"):
        month = (today.month - 1) // 3 * 3 + 1
        first = date(today.year, month, 1)
        if preset == "last_quarter":
            first = date(first.year - 1, 10, 1) if month == 1 else date(first.year, month - 3, 1)
        return first, month_end(first.year, first.month + 2)
    year = today.year if today.month >= 4 else today.year - 1
    if preset == "last_fy":
        year -= 1
    return date(year, 4, 1), date(year + 1, 3, 31)


def chart_values(table: StatsTable) -> list[tuple[str, list[float | None]]]:
    """One series per column (or the one total): a hidden figure is None (no bar)."""
    columns = [TOTAL] if table.columns == (TOTAL,) else [c for c in table.columns if c != TOTAL]
    return [(c, [None if table.figures[(r, c)].hidden else float(table.shown((r, c)) or 0)
                 for r in table.rows]) for c in columns]  # fmt: skip


class StatisticsPage(QWidget):
    """Choose what to count and by what; see the table and chart; export it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table: StatsTable | None = None
        self.exported: Path | None = None  # the last file written (tests, status)
        self.model = StatsTableModel()

        self.measure = QComboBox()
        for code in MEASURES:
            self.measure.addItem(measure_name(code), code)
        self.first = QComboBox()
        self.second = QComboBox()
        self.second.addItem(self.tr("(none)"), "")
        for code in DIMENSIONS:
            self.first.addItem(dimension_name(code), code)
            self.second.addItem(dimension_name(code), code)
        self.first.setCurrentIndex(self.first.findData("nationality"))
        self.preset = QComboBox()
        for code, name in zip(_PRESETS, self._preset_names(), strict=True):
            self.preset.addItem(name, code)
        self.preset.addItem(self.tr("Chosen dates"), "")
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.k = QSpinBox()
        self.k.setRange(MIN_K, 99)
        self.k.setValue(DEFAULT_K)
        self.rounding = QSpinBox()
        self.rounding.setRange(1, 100)
        self.rounding.setValue(1)
        self.filters = CaseFilterBar()
        self.compute_button = QPushButton(self.tr("C&ompute"))
        self.compute_button.clicked.connect(self.compute)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self._setting_preset = False
        self.preset.setCurrentIndex(self.preset.findData("last_fy"))
        self._apply_preset()

        # Two forms side by side (what and how; when and which cases): one tall form
        # with the filters pushed the window past 768 px in Japanese.
        form = QFormLayout()
        form.addRow(self.tr("Co&unt:"), self.measure)
        form.addRow(self.tr("&By:"), self.first)
        form.addRow(self.tr("and b&y:"), self.second)
        form.addRow(self.tr("Minimum group size (&k):"), self.k)
        form.addRow(self.tr("&Round to a multiple of:"), self.rounding)
        scope = QFormLayout()
        scope.addRow(self.tr("&Period:"), self.preset)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        scope.addRow(self.tr("&From:"), dates)
        scope.addRow(self.tr("Only cases ma&tching:"), self.filters)
        for label_widget, field in (
            (scope.labelForField(dates), self.date_from),
            (scope.labelForField(self.filters), self.filters.search),
        ):
            if isinstance(label_widget, QLabel):
                label_widget.setBuddy(field)
        scope.addRow(self.compute_button)
        self.date_to.setAccessibleName(self.tr("Last day"))
        self.date_from.setAccessibleName(self.tr("First day"))

        self.hxl = QCheckBox(self.tr("&HXL row in CSV"))
        self.pdf_lang = QComboBox()
        self.pdf_lang.addItem(self.tr("Japanese"), "ja")
        self.pdf_lang.addItem(self.tr("English"), "en")
        self.pdf_lang.setCurrentIndex(0 if QLocale().name().startswith("ja") else 1)
        self.pdf_lang.setAccessibleName(self.tr("Language of the PDF report"))
        self.export_xlsx = QPushButton(self.tr("Export &XLSX…"))
        self.export_csv = QPushButton(self.tr("Export C&SV…"))
        self.export_pdf = QPushButton(self.tr("Export P&DF report…"))
        self.export_xlsx.clicked.connect(lambda: self.export(".xlsx"))
        self.export_csv.clicked.connect(lambda: self.export(".csv"))
        self.export_pdf.clicked.connect(lambda: self.export(".pdf"))
        exports = QVBoxLayout()
        for widget in (self.export_xlsx, self.export_csv, self.hxl, self.export_pdf, self.pdf_lang):
            exports.addWidget(widget)
        exports.addStretch(1)
        self._set_exportable(False)

        self.status = QLabel(self.tr("Choose what to count, then Compute."))
        self.status.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Statistics table"))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = QChart()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.chart_view.setAccessibleName(self.tr("Statistics chart"))

        controls = QHBoxLayout()
        controls.addLayout(form, 2)
        controls.addLayout(scope, 3)
        controls.addLayout(exports, 1)
        results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(self.view)
        results.addWidget(self.chart_view)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(results, 1)
        session.locked.connect(self.forget)

    def _preset_names(self) -> list[str]:
        return [self.tr("This month"), self.tr("Last month"), self.tr("This quarter"),
                self.tr("Last quarter"), self.tr("This fiscal year (April–March)"),
                self.tr("Last fiscal year")]  # fmt: skip

    def _apply_preset(self) -> None:
        code = str(self.preset.currentData() or "")
        if not code:
            return
        first, last = preset_period(code, date.today())
        self._setting_preset = True
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))
        self._setting_preset = False

    def _dates_edited(self) -> None:
        if not self._setting_preset:
            self.preset.setCurrentIndex(self.preset.findData(""))

    def set_period(self, first: date, last: date) -> None:
        """Choose the dates (the preset becomes "Chosen dates")."""
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))

    def _request(self) -> dict[str, object]:
        dims = [str(self.first.currentData())]
        if self.second.currentData():
            dims.append(str(self.second.currentData()))
        return {
            "measure": str(self.measure.currentData()),
            "dimensions": tuple(dims),
            "start": self.date_from.date().toPython(),
            "end": self.date_to.date().toPython(),
            "k": self.k.value(),
            "rounding": self.rounding.value(),
            "case_filter": self.filters.current_filter(),
        }

    def compute(self) -> None:
        """Make the table in the background (nothing is recorded until it is exported)."""
        request = self._request()
        self.compute_button.setEnabled(False)
        self.status.setText(self.tr("Counting…"))

        def work(service: CaseService) -> StatsTable:
            return make_table(service.vault, **request)  # type: ignore[arg-type]

        self.session.run(work, done=self._show, failed=self._failed)

    def _show(self, table: StatsTable) -> None:
        self.compute_button.setEnabled(True)
        self.table = table
        self.model.set_table(table)
        self._draw_chart(table)
        hidden = sum(1 for f in table.figures.values() if f.hidden)
        if table.fully_suppressed:
            text = self.tr("Too few to publish: every figure is hidden (k = %1).").replace(
                "%1", str(table.k))  # fmt: skip
        else:
            text = self.tr("%n figure(s) hidden so that no one can be identified.", "", hidden)
        if table.filters:
            # A filtered table is a publication of its own; the reader must know it is one.
            text += " " + self.tr("Only the cases matching the filter are counted.")
        self.status.setText(text)
        self._set_exportable(True)

    def _failed(self, message: str) -> None:
        self.compute_button.setEnabled(True)
        self.status.setText(message)

    def _set_exportable(self, enabled: bool) -> None:
        for button in (self.export_xlsx, self.export_csv, self.export_pdf):
            button.setEnabled(enabled)

    def _draw_chart(self, table: StatsTable) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        two_way = table.columns != (TOTAL,)
        series = QStackedBarSeries() if two_way else QBarSeries()
        for index, (column, values) in enumerate(chart_values(table)):
            name = category_name(table.dimensions[1], column) if two_way else measure_name(
                table.measure)  # fmt: skip
            bars = QBarSet(name)
            bars.setColor(QColor(_PALETTE[index % len(_PALETTE)]))
            # A hidden figure gets a zero-height bar: nothing is drawn.
            bars.append([0.0 if v is None else v for v in values])
            series.append(bars)
        explain = self.tr("No bar: hidden figure (<%1 or x)").replace("%1", str(table.k))
        # The legend takes "<" for the start of a rich-text tag and cut the entry there.
        why = QBarSet(html.escape(explain))
        why.setColor(QColor("#bbbbbb"))
        why.append([0.0] * len(table.rows))
        series.append(why)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        names = [category_name(table.dimensions[0], r) for r in table.rows]
        # "ミャンマー (ビルマ)" was cut to "ミャンマー (ビ…": a name that does not fit under its
        # bar goes on two lines at the bracket instead of being cut short.
        # Axis labels are rich text (a "<" or "&" in a name must be escaped).
        categories.append([html.escape(n).replace(" (", "<br>(") for n in names])
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        counts = QValueAxis()
        counts.setMin(0)
        counts.setLabelFormat("%d")
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        counts.applyNiceNumbers()  # round ticks, and the tallest bar below the top line
        # Below the chart, not beside it: on the right the legend took a sixth of the width
        # and still cut its Japanese entries short at 1366×768.
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def _labels(self, lang: str) -> dict[tuple[str, str], str] | None:
        """The window's category names, for a report in the interface's language."""
        if self.table is None or QLocale().name().startswith("ja") != (lang == "ja"):
            return None  # the core names them in the report's language
        table = self.table
        names = {(table.dimensions[0], r): category_name(table.dimensions[0], r)
                 for r in table.rows}  # fmt: skip
        if len(table.dimensions) == 2:
            names |= {(table.dimensions[1], c): category_name(table.dimensions[1], c)
                      for c in table.columns if c != TOTAL}  # fmt: skip
        return names

    def export(self, suffix: str, path: Path | None = None) -> None:
        """Publish the table as ``suffix`` (ledger, file, audit) to a file the user picks."""
        if path is None:
            filters = {".xlsx": self.tr("Excel workbook (*.xlsx)"),
                       ".csv": self.tr("CSV file (*.csv)"),
                       ".pdf": self.tr("PDF report (*.pdf)")}  # fmt: skip
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export statistics"), f"statistics{suffix}", filters[suffix]
            )
            if not chosen:
                return
            path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        request = self._request()
        lang = str(self.pdf_lang.currentData())
        names = self._labels(lang)
        hxl = suffix == ".csv" and self.hxl.isChecked()
        self._set_exportable(False)
        self.status.setText(self.tr("Exporting…"))

        def work(service: CaseService) -> StatsTable:
            label = (lambda d, c: names.get((d, c), c)) if names is not None else None
            return publish_table(service.vault, out=path, hxl=hxl, lang=lang, label=label,
                                 **request)  # type: ignore[arg-type]  # fmt: skip

        def done(table: StatsTable) -> None:
            self._show(table)  # what was published, audited against the ledger now
            self.status.setText(self.tr("Exported to %1.").replace("%1", path.name))
            self.exported = path

        self.session.run(work, done=done, failed=self._exported_failed)

    def _exported_failed(self, message: str) -> None:
        self._set_exportable(self.table is not None)
        self.status.setText(message)

    def forget(self) -> None:
        """Drop the table at lock (no decrypted figure stays in a widget)."""
        self.table = None
        self.filters.clear()
        self.model.set_table(None)
        self.chart.removeAllSeries()
        self._set_exportable(False)
