"""Coati Desk: payrolls calculated in the background, one task per employee."""

__version__ = "0.1.0"
APP_NAME = "coati-desk"
