"""Every table that holds a client's data, in an order where every row's parents come
first: what a laptop takes along (services/laptop), what an inzage report shows
(services/dossier/inzage) and what destruction removes."""

from __future__ import annotations

# Client data, in an order where every row's parents come first. (table, column, source)
# picks a table's rows: ``column`` IN the ids found for ``source`` ("client" = the
# checked-out clients).
CLIENT_TABLES: list[tuple[str, str, str]] = [
    ("household", "id", "client.household_id"),
    ("client", "id", "client"),
    ("correctie", "client_id", "client"),
    ("aanmelding", "client_id", "client"),
    ("intake_record", "client_id", "client"),
    ("intake_domain_answer", "intake_id", "intake_record.id"),
    ("assessment", "client_id", "client"),
    ("klantgroep_keuze", "client_id", "client"),
    ("klantmanager_toewijzing", "client_id", "client"),
    ("appointment", "client_id", "client"),
    ("task", "client_id", "client"),
    ("note", "client_id", "client"),
    ("trajectplan", "client_id", "client"),
    ("trajectplan_goal", "plan_id", "trajectplan.id"),
    ("trajectplan_activity", "goal_id", "trajectplan_goal.id"),
    ("trajectplan_versie", "plan_id", "trajectplan.id"),
    ("kickoff_booking", "client_id", "client"),
    ("beeindiging", "client_id", "client"),
    ("inburgeringsplicht", "client_id", "client"),
    ("inburgering_stap", "client_id", "client"),
]
