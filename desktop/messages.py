"""Messages that keep their template: the Vietnamese text the command line,
the files and the log show, with the template and values the interface
translates (desktop/ui/texts.py). At the bottom of the app, beside
files.py, so that every layer can raise one; desktop.domain.text gives the
same names."""

from __future__ import annotations


class Message(str):
    """A message in Vietnamese (as the command line, the files and the log
    show it) that keeps its code, the template, and its values: the interface
    shows it in its own language from these (desktop/ui/texts.py)."""

    template: str
    values: dict

    def __new__(cls, template: str, **values):
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text

    def __reduce__(self):
        return _message, (self.template, self.values)


def _message(template: str, values: dict) -> Message:
    return Message(template, **values)


# Every template a message is made from; the interface marks each for translation.
MESSAGE_TEMPLATES: list[str] = []


def template(text: str) -> str:
    """Declare a message template (module level), listed in MESSAGE_TEMPLATES."""
    MESSAGE_TEMPLATES.append(text)
    return text
