"""One way to write a report: `write_report(report, docx=..., pdf=...)`.

The template is loaded and checked once, the report described by it (frame
texts and styles), then rendered as DOCX on the template and as PDF from the
same described document. Every file is written whole or not at all: the
DOCX first, then the PDF (a PDF that fails leaves the DOCX written and the
previous PDF in place).

Nothing here touches Qt or a shared connection: a worker thread calls it
with a report built from its own workspace connection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..files import atomic_path
from .docx_writer import render_docx
from .model import ReportDocument
from .template import ReportTemplate, load_template


@dataclass(frozen=True)
class ReportFiles:
    """The files written (None: not asked for)."""

    docx: Path | None
    pdf: Path | None


def write_report(
    report: ReportDocument,
    *,
    docx: Path | str | None = None,
    pdf: Path | str | None = None,
    template: Path | str | ReportTemplate | None = None,
    check: Callable[[], None] | None = None,
) -> ReportFiles:
    """Write `report` as DOCX and/or PDF on `template` (default: the built-in
    one). `check` is called between steps (it may raise to cancel); raises
    TemplateError for a template that cannot be used and FileWriteError for a
    file that cannot be written."""
    if docx is None and pdf is None:
        raise ValueError("write_report needs a DOCX or a PDF path")
    loaded = load_template(template)
    described = loaded.describe(report)
    docx_path = Path(docx) if docx is not None else None
    pdf_path = Path(pdf) if pdf is not None else None
    if docx_path is not None:
        with atomic_path(docx_path) as tmp:
            render_docx(described, loaded, tmp, check)
    if pdf_path is not None:
        # reportlab is loaded only when a PDF is asked for.
        from .pdf_writer import render_pdf

        with atomic_path(pdf_path) as tmp:
            render_pdf(described, tmp, check)
    return ReportFiles(docx_path, pdf_path)


def unit_report_writer(
    ws, year: int, template: Path | str | None = None
) -> Callable[[Path, Path], None]:
    """The unit's year-end report rendered into a submission package (DOCX
    and PDF, on the unit's template when it has one): the same files the
    Báo cáo section exports. `ws` is the caller's own connection."""

    def write(docx_path: Path, pdf_path: Path) -> None:
        from .context import build_unit_report

        write_report(build_unit_report(ws, year), docx=docx_path, pdf=pdf_path, template=template)

    return write
