"""Overdracht: work handed outside the intake team, and what comes back of it.

- ``backoffice``: a hand-over to a back office (a team of toewijzing.toml): a task in the
  team's werkvoorraad, claimed by a member, its result reported back to the
  klantmanager (a task for her, and a line in the dossier timeline);
- ``handover_view``: what the back office sees of what was already discussed.
"""
