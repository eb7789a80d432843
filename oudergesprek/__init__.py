"""oudergesprek: de juiste woorden voor gesprekken met ouders."""

__version__ = "0.1.0"
