"""Weidian Desktop: build a mobile shop offline and export it as a static HTML5 site."""

__version__ = "0.1.0"

# The app's identity on the desktop: the AppStream component id (reverse-DNS), which also
# names the .desktop entry and the metainfo file, and the shop file's MIME type.
APP_ID = "org.weidian_desktop.WeidianDesktop"
SHOP_MIME_TYPE = "application/x-weidian-shop"
