"""Weidian Desktop: build a mobile shop offline and export it as a static HTML5 site."""

__version__ = "0.1.0"
