"""Words of the trajectplan: statuses of the plan, its goals and its activities."""

from intake_desktop.domain.i18n import QT_TRANSLATE_NOOP

CONCEPT, BESPROKEN, ONDERTEKEND, AFGEROND = "concept", "besproken", "ondertekend", "afgerond"
PLAN_STATUS = {
    CONCEPT: QT_TRANSLATE_NOOP("trajectplan", "Concept"),
    BESPROKEN: QT_TRANSLATE_NOOP("trajectplan", "Besproken"),
    ONDERTEKEND: QT_TRANSLATE_NOOP("trajectplan", "Ondertekend"),
    AFGEROND: QT_TRANSLATE_NOOP("trajectplan", "Afgerond"),
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
