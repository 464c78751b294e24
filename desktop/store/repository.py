"""The base of the workspace's repositories."""

from __future__ import annotations


class Repository:
    """Reads and writes of one aggregate. `ws` is the open workspace: its
    connection, its transactions and its other repositories."""

    def __init__(self, ws):
        self.ws = ws
        self.conn = ws.conn
