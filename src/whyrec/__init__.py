"""whyrec: recommendations that say why, faithfully."""

__version__ = "0.1.0"
