"""Words of the trajectplan: statuses of the plan (their steps: domain/statuses.py), its
goals and its activities."""

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP
from intake_desktop.domain.statuses import PlanStatus

PLAN_STATUS = {
    PlanStatus.CONCEPT: QT_TRANSLATE_NOOP("trajectplan", "Concept"),
    PlanStatus.BESPROKEN: QT_TRANSLATE_NOOP("trajectplan", "Besproken"),
    PlanStatus.ONDERTEKEND: QT_TRANSLATE_NOOP("trajectplan", "Ondertekend"),
    PlanStatus.AFGEROND: QT_TRANSLATE_NOOP("trajectplan", "Afgerond"),
}
GOAL_STATUS = {
    "open": QT_TRANSLATE_NOOP("trajectplan", "Open"),
    "bezig": QT_TRANSLATE_NOOP("trajectplan", "Bezig"),
    "behaald": QT_TRANSLATE_NOOP("trajectplan", "Behaald"),
    "niet_behaald": QT_TRANSLATE_NOOP("trajectplan", "Niet behaald"),
}
ACTIVITY_STATUS = {
    "gepland": QT_TRANSLATE_NOOP("trajectplan", "Gepland"),
    "lopend": QT_TRANSLATE_NOOP("trajectplan", "Lopend"),
    "afgerond": QT_TRANSLATE_NOOP("trajectplan", "Afgerond"),
    "gestopt": QT_TRANSLATE_NOOP("trajectplan", "Gestopt"),
}
PROVIDER_KIND = {
    "intern": QT_TRANSLATE_NOOP("trajectplan", "Intern"),
    "extern": QT_TRANSLATE_NOOP("trajectplan", "Extern"),
}
