"""Contact dialogs: new/edit with messages beside each field, and the merge dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.enums import ContactSource, LifecycleStage, MethodKind
from app.domain.errors import UserError
from app.domain.validation import clean_name, normalise_email, parse_phone
from app.services.contacts import ContactDraft, ContactProfile, ContactRow, MethodDraft
from app.services.duplicates import MERGE_FIELDS
from app.ui.common.owner_picker import fill_owner_picker, owner_picker
from app.ui.i18n import enum_label, error_text
from app.ui.theme import mark_error


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _buddy_label(text: str, field: QWidget) -> QLabel:
    """A plain-text form label that names `field` (for screen readers and its shortcut)."""
    label = plain_label(text)
    label.setBuddy(field)
    return label


def unverified_text() -> str:
    """The mark beside a phone an import kept as typed because it did not validate."""
    return QCoreApplication.translate("ContactProfile", "unverified")


def unverified_tip() -> str:
    return QCoreApplication.translate(
        "ContactProfile",
        "Imported as written: not a valid phone number for the region. "
        "Edit the contact to correct it.",
    )


def _error_label() -> QLabel:
    label = plain_label()
    mark_error(label)
    label.setWordWrap(True)
    label.hide()
    return label


class ContactDialog(QDialog):
    """New or edit; every field is checked as the person leaves it, the message beside it."""

    def __init__(
        self,
        ctx: AppContext,
        profile: ContactProfile | None = None,
        parent: QWidget | None = None,
        *,
        owner_id: int | None = None,
    ) -> None:
        """`owner_id`: a new contact's owner at first (the pane passes me when in a team)."""
        super().__init__(parent)
        self._ctx = ctx
        self.contact_id = profile.contact.id if profile else None
        # a phone kept as typed by an import (unverified) may stay as it is when saved again
        self._stored_phone = (profile.contact.phone or "") if profile else ""
        self._unverified = profile.unverified_phones if profile else frozenset()
        self.saved: ContactRow | None = None
        self.setWindowTitle(self.tr("Edit Contact") if profile else self.tr("New Contact"))
        self.setMinimumWidth(600)  # room for a validation message beside each field
        self._make_fields(ctx, owner_id)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        checks: dict[str, tuple[QLineEdit, Callable[[str], object]]] = {
            "first_name": (self.first_name, lambda v: clean_name(v, field="first name")),
            "last_name": (self.last_name, lambda v: clean_name(v, field="last name")),
            "email": (self.email, normalise_email),
            "phone": (self.phone, self._check_phone),
            "company": (self.company, lambda v: clean_name(v, field="company")),
        }
        self._checks = checks
        titles = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "company": self.tr("Company"),
        }
        for key, (edit, _check) in checks.items():
            self.errors[key] = _error_label()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            box.addWidget(self.errors[key])
            if key == "phone":
                box.addWidget(self.phone_hint)
            edit.setAccessibleName(titles[key])
            form.addRow(titles[key], box)
            edit.editingFinished.connect(lambda key=key: self.check_field(key))
        form.addRow(self.tr("Job title"), self.job_title)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Tags"), self.tags)
        more = _buddy_label(self.tr("More e-mails, phones, addresses"), self.methods)
        more.setWordWrap(True)  # the longest label: unwrapped it narrowed every field
        form.addRow(more, self.methods)
        for definition in self.custom_fields:
            edit = self.custom[definition.key]
            form.addRow(_buddy_label(definition.label, edit), edit)  # the name as typed
        form.addRow(self.tr("Notes"), self.notes)
        self.form_error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self._add_method_row()
        if profile:
            self._load(profile)

    def _make_fields(self, ctx: AppContext, owner_id: int | None) -> None:
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.phone_hint = plain_label(self._unverified_hint())  # while it is left as it was
        self.phone_hint.setToolTip(unverified_tip())
        self.phone_hint.hide()
        self.phone.textChanged.connect(self._show_phone_hint)
        self.company, self.job_title, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.stage, self.source = QComboBox(), QComboBox()
        self.owner = owner_picker(ctx.db, owner_id)
        for stage in LifecycleStage:
            self.stage.addItem(enum_label(stage), stage)
        for source in ContactSource:
            self.source.addItem(enum_label(source), source)
        blank = ContactDraft()  # a new contact starts as the service's defaults, not item 0
        self.stage.setCurrentIndex(self.stage.findData(blank.stage))
        self.source.setCurrentIndex(self.source.findData(blank.source))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. wholesale, vip"))
        completer = QCompleter(ctx.contacts.tag_names(), self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.methods = QTableWidget(0, 3)
        self.methods.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.methods.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Label"), self.tr("Value")]
        )
        self.methods.horizontalHeader().setStretchLastSection(True)
        self.methods.setMaximumHeight(110)
        self.custom_fields = ctx.settings.custom_fields()
        self.custom: dict[str, QLineEdit] = {d.key: QLineEdit() for d in self.custom_fields}
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)

    def _load(self, profile: ContactProfile) -> None:
        c = profile.contact
        for edit, value in (
            (self.first_name, c.first_name),
            (self.last_name, c.last_name),
            (self.email, c.email),
            (self.phone, c.phone),
            (self.company, c.company),
            (self.job_title, c.job_title),
            (self.city, c.city),
        ):
            edit.setText(value or "")
        self.stage.setCurrentIndex(self.stage.findData(c.stage))
        self.source.setCurrentIndex(self.source.findData(c.source))
        fill_owner_picker(self.owner, self._ctx.db, c.owner_id)
        self.tags.setText(", ".join(profile.tags))
        self.notes.setPlainText(c.notes or "")
        for key, edit in self.custom.items():
            edit.setText(c.custom.get(key, ""))
        self.methods.setRowCount(0)
        for method in profile.methods:
            self._add_method_row(method)
        self._add_method_row()

    def _add_method_row(self, method: MethodDraft | None = None) -> None:
        row = self.methods.rowCount()
        self.methods.insertRow(row)
        kind = QComboBox()
        for value in MethodKind:
            kind.addItem(enum_label(value), value)
        if method:
            kind.setCurrentIndex(kind.findData(method.kind))
        self.methods.setCellWidget(row, 0, kind)
        self.methods.setItem(row, 1, QTableWidgetItem(method.label if method else ""))
        cell = QTableWidgetItem(method.value if method else "")
        if method and method.kind is MethodKind.PHONE and method.value in self._unverified:
            cell.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            cell.setToolTip(self._unverified_hint() + "\n" + unverified_tip())
        self.methods.setItem(row, 2, cell)

    def _unverified_hint(self) -> str:
        return self.tr("⚠ Unverified: imported as written, not a valid number.")

    def _show_phone_hint(self, text: str) -> None:
        """The imported phone is marked unverified until the person changes it."""
        stored = self._stored_phone
        self.phone_hint.setVisible(bool(stored) and stored in self._unverified and text == stored)

    def done(self, result: int) -> None:
        """Closing moves focus out of a field; that is not an edit to check."""
        for edit, _check in self._checks.values():
            edit.blockSignals(True)
        super().done(result)

    def _check_phone(self, value: str) -> object:
        if value.strip() and value.strip() == self._stored_phone:
            return None
        return parse_phone(value, self._ctx.contacts.phone_region)

    def check_field(self, key: str) -> bool:
        """Validate one field; shows or clears the message beside it."""
        edit, check = self._checks[key]
        try:
            check(edit.text())
        except UserError as exc:
            self.errors[key].setText(error_text(exc))
            self.errors[key].show()
            return False
        self.errors[key].hide()
        return True

    def draft(self) -> ContactDraft:
        methods = []
        for row in range(self.methods.rowCount()):
            value_item, label_item = self.methods.item(row, 2), self.methods.item(row, 1)
            kind = self.methods.cellWidget(row, 0)
            if value_item and value_item.text().strip() and isinstance(kind, QComboBox):
                label = label_item.text() if label_item else ""
                methods.append(
                    MethodDraft(MethodKind(kind.currentData()), value_item.text(), label)
                )
        return ContactDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            company=self.company.text(),
            job_title=self.job_title.text(),
            city=self.city.text(),
            stage=LifecycleStage(self.stage.currentData()),
            source=ContactSource(self.source.currentData()),
            notes=self.notes.toPlainText(),
            owner_id=self.owner.currentData(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            methods=tuple(methods),
            custom={key: edit.text() for key, edit in self.custom.items()},
        )

    def save(self) -> None:
        """Check every field; store only when all are valid, else stay open with the messages."""
        results = [self.check_field(key) for key in self._checks]
        if not all(results):
            return
        try:
            if self.contact_id is None:
                self.saved = self._ctx.contacts.create(self.draft())
            else:
                self.saved = self._ctx.contacts.update(self.contact_id, self.draft())
        except UserError as exc:
            self.form_error.setText(error_text(exc))
            self.form_error.show()
            return
        self.accept()


class MergeDialog(QDialog):
    """Both contacts side by side; one radio pair per field picks the value that survives."""

    def __init__(
        self, left: ContactProfile, right: ContactProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Contacts"))
        self.left_id, self.right_id = left.contact.id, right.contact.id
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        grid.addWidget(plain_label(self.tr("Keep (survivor)")), 0, 1)
        grid.addWidget(plain_label(self.tr("Merge into it")), 0, 2)
        for row, key in enumerate(MERGE_FIELDS, start=1):
            grid.addWidget(plain_label(key.replace("_", " ").capitalize()), row, 0)
            group = QButtonGroup(self)
            for column, profile in ((1, left), (2, right)):
                button = QRadioButton(_field_text(profile, key))
                group.addButton(button, profile.contact.id)
                grid.addWidget(button, row, column)
            group.buttons()[0].setChecked(True)
            self.groups[key] = group
        note = plain_label(
            self.tr(
                "Interactions, complaints, orders, survey answers, tasks, consent and tags of the "
                "second contact move to the first; the second is kept as a deleted record. "
                "You can undo the merge."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def picks(self) -> dict[str, int]:
        return {key: group.checkedId() for key, group in self.groups.items()}


def _field_text(profile: ContactProfile, key: str) -> str:
    c = profile.contact
    values = {
        "name": c.display_name,
        "email": c.email,
        "phone": c.phone,
        "company": c.company,
        "job_title": c.job_title,
        "city": c.city,
        "stage": c.stage.value,
        "source": c.source.value,
        "owner": profile.owner,
        "notes": (c.notes or "")[:40],
    }
    return values.get(key) or "—"
