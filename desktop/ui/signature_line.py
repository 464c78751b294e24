"""A received report's signature line in the interface language."""

from __future__ import annotations

from .texts import translated_message


def kept_signature(submission) -> str:
    """A received package's signature line (kept in Vietnamese with the
    package, desktop.store.submissions) in the interface language."""
    from ..signing.verify import stored_verdict

    if submission is None:
        return ""
    return translated_message(stored_verdict(submission.signature_state, submission.signature_text))
