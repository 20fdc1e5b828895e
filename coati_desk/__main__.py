import sys

from coati_desk.cli import main

sys.exit(main())
