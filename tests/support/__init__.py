"""Helpers the tests share: builders of clients and staff, the throwaway PostgreSQL
server, and the Qt helpers. Test modules import from here, never from each other."""
