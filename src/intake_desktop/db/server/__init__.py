"""Server mode: PostgreSQL itself enforces who may see and change what.

- ``names``: the roles (owner, a group role per program role, one login role per staff
  member) and which dossier part each client table holds;
- ``functions``: the ``intake_security`` schema: who is signed in, need to know
  (``may``), the audit the database writes, login roles that follow the staff table;
- ``policies``: grants per table and column, row-level security;
- ``setup``: ``server init``, ``server migrate``, ``server add-staff`` and the check a
  workstation makes of the schema version;
- ``scram``: the SCRAM-SHA-256 verifier of a password, made on the workstation so the
  password itself never reaches the server's statements or logs.
"""
