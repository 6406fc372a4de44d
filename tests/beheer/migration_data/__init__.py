"""Rows as each schema revision stored them, written with plain SQL of that revision.

When a migration is added, add a module here named after the revision it follows, so
the migration test proves data written by every earlier revision survives the upgrade.
"""
