"""The open store: engine, sessions and configuration, handed to every service."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from intake_desktop.configuration import AppConfig
from intake_desktop.db.engine import make_engine, make_session_factory


@dataclass
class Store:
    engine: Engine
    sessions: sessionmaker[Session]
    config: AppConfig
    workstation: str = ""

    @classmethod
    def open(cls, url: str, config: AppConfig, migrate: bool = True) -> Store:
        engine = make_engine(url)
        if migrate:
            from intake_desktop.db.migrate import upgrade

            upgrade(engine)
        return cls(engine, make_session_factory(engine), config, socket.gethostname()[:100])

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
