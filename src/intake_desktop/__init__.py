"""intake-desktop: front-office intake for a Dutch municipal Werkplein."""

__version__ = "0.1.0"
