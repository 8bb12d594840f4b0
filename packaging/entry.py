"""The bundled app's entry point: the console script's ``main`` once multiprocessing is set.

A frozen program has no Python to start worker processes with: multiprocessing starts the
bundled executable itself, with arguments that ``freeze_support`` recognises and serves
(the export's and the photo import's workers). It must run before anything else.
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # The windowed program on Windows has no console: print() and logging need somewhere
    # to write, or the first message would raise.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))
    from weidian_desktop.cli import main

    sys.exit(main())
