"""Queue backends: Huey on a folder (and inline), Dramatiq on Redis."""
