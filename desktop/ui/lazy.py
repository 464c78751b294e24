"""Pages whose refresh reads much of a large workspace (every unit's figures,
every form's count) refresh when they are on screen: at once if visible,
otherwise the next time they are shown. The window's start does not wait
for pages nobody is looking at."""

from __future__ import annotations


class RefreshWhenShown:
    """Mixin for a QWidget with a `refresh()`; connect signals to
    `refresh_when_shown`."""

    _stale = False

    def refresh_when_shown(self, *_args) -> None:
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()
