"""The export's progress as the seller reads it: which stage, and pages and new images
done of all ("412 of 3,000 pages").

The bar's value is work, not files: an image to encode weighs as much as ENCODE_WORK
rendered pages, a cached variant to copy COPY_WORK of one, so a cold export's bar does
not race through the pages and then stall on the images.
"""

from __future__ import annotations

from ..core.formats import format_number
from ..core.i18n import _, current_language, ngettext
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from .plan import CANCELLED
from .work import COPY, ENCODE, PAGES, Task

# An image's encoding is worth this many rendered pages, a copied variant a quarter.
ENCODE_WORK, COPY_WORK = 150, 0.25
SCALE = 4  # the bar counts quarter pages (whole numbers)


def work_of(task: Task) -> float:
    """A task's work in rendered pages' worth."""
    weight = {PAGES: 1.0, COPY: COPY_WORK, ENCODE: ENCODE_WORK}[task.kind]
    return weight * len(task.items)


def stage(progress: ProgressFn | None, text: str) -> None:
    """Say which stage runs, with a busy bar (its amount is not known yet)."""
    report(progress, 0, 0, text)


class Tally:
    """The render stage's Tick (parallel.run): counts each task as a process takes it,
    checks Cancel, and reports pages and new images done of all."""

    def __init__(self, tasks: list[Task], progress: ProgressFn | None,
                 cancel: CancelFn | None) -> None:
        self.progress = progress
        self.cancel = cancel
        self.pages = self.images = 0
        self.all_pages = sum(len(t.items) for t in tasks if t.kind == PAGES)
        self.all_images = sum(len(t.items) for t in tasks if t.kind == ENCODE)
        self.work = 0.0
        self.all_work = sum(map(work_of, tasks))
        self.language = current_language()

    def __call__(self, task: Task) -> None:
        check_cancel(self.cancel, _(CANCELLED))
        if task.kind == PAGES:
            self.pages += len(task.items)
        elif task.kind == ENCODE:
            self.images += len(task.items)
        self.work += work_of(task)
        self.say()

    def say(self) -> None:
        """Report where the render stage is (also before its first task)."""
        report(self.progress, round(self.work * SCALE), round(self.all_work * SCALE),
               self.text())

    def say_done(self, text: str) -> None:
        """The render stage is over (a full bar); ``text`` says what the export does now."""
        total = max(round(self.all_work * SCALE), 1)
        report(self.progress, total, total, text)

    def text(self) -> str:
        def number(n: int) -> str:
            return format_number(n, self.language)

        if self.all_images:
            return ngettext("{done} of {total} page; new images: {images} of {all_images}",
                            "{done} of {total} pages; new images: {images} of {all_images}",
                            self.all_pages).format(
                done=number(self.pages), total=number(self.all_pages),
                images=number(self.images), all_images=number(self.all_images))
        return ngettext("{done} of {total} page", "{done} of {total} pages",
                        self.all_pages).format(done=number(self.pages),
                                               total=number(self.all_pages))
