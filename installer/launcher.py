"""Entry point of the frozen app: the same as the ``coati-desk`` console script.

PyInstaller needs a script file; ``coati_desk.cli:main`` is a function. ``freeze_support`` lets
process workers started through ``multiprocessing`` (Huey ``--worker-type process``, Dramatiq's
worker processes) re-enter this executable on Windows and macOS, where they are spawned rather
than forked.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from coati_desk.cli import main

    sys.exit(main())
