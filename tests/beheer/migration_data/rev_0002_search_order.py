"""Data in the shape of revision 0002_search_order: its tables are those of 0001."""

from tests.beheer.migration_data.rev_0001_initial import ROWS, insert

__all__ = ["ROWS", "insert"]
