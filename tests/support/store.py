"""Reading the store in tests."""

from sqlalchemy import func, select


def count(store, model, *where) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))
