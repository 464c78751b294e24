"""What the PDF readers (pypdf, pyHanko) raise on a damaged file besides
their own error types: a startxref past any file offset (OverflowError), a
bare assert on a broken incremental update, objects nested past the
recursion limit, and the lookups and conversions a damaged object fails
(ValueError, KeyError, TypeError, IndexError). A reader of untrusted PDFs
catches these with its library's own errors and refuses the file."""

from __future__ import annotations

DAMAGED_PDF_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    OverflowError,
    AssertionError,
    RecursionError,
)


def pdf_error_text(e: BaseException, limit: int = 200) -> str:
    """The error's words, or its kind when it has none (an assert carries no text)."""
    return (str(e).strip() or type(e).__name__)[:limit]
