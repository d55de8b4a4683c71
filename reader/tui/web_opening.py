"""Opening a web page from the reading room: the open dialog (O, or O in the picker) takes an
http(s) address as well as a path.

The page is fetched, extracted and added to the corpus folder in the data directory exactly as
`counterpoint add URL` does (reader.web.add), in a thread worker: a slow site never freezes the
reader. The reader is told when the fetch starts, when the page has arrived and is being
extracted, and how it ended, each in one display-safe line; the added article is then shown in
the pane the dialog was opened for, as a file opened from disk is: a page fetched again whose
text changed is read again in the pane that shows it (`CompareScreen._read_again`).
"""

from __future__ import annotations

from time import perf_counter

from textual import work
from textual.worker import get_current_worker

from reader.corpus.sanitize import visible
from reader.tui.detached import Abandoned, detached
from reader.web.fetch import TIMEOUT, shown


class WebOpening:
    """Mixed into the compare screen, which provides `_loaded` (what O does with the files it read)."""

    fetch_timeout: float = TIMEOUT  # seconds for one page; tests make it short

    def open_url(self, url: str, side: int) -> None:
        self.app.notify(f"Fetching {shown(url)} … (keep reading meanwhile)", markup=False,
                        timeout=self.fetch_timeout + 5)
        self._fetch_page(url, side)

    @work(thread=True, exclusive=True, exit_on_error=False, group="fetch", description="fetching a page")
    def _fetch_page(self, url: str, side: int) -> None:
        from reader import paths
        from reader.corpus import load_paths
        from reader.errors import UserError
        from reader.web.add import add_page
        from reader.web.fetch import fetch

        worker = get_current_worker()
        started = perf_counter()

        def fetched(address: str):
            """`fetch`, then news of the next step (extracting a big page takes a moment)."""
            # detached: a site that never answers must not keep a closed reader's process alive
            page = detached(lambda: fetch(address, timeout=self.fetch_timeout), lambda: worker.is_cancelled)
            if not worker.is_cancelled:
                news = f"Fetched {shown(page.url)} ({len(page.data) / 1024:.0f} KB): extracting the article…"
                self.app.call_from_thread(self.app.notify, news, markup=False, timeout=4)
            return page

        try:
            added = add_page(url, paths.corpus_dir(self.app.data_dir), fetcher=fetched)
            loaded = load_paths([added.file]).articles
        except Abandoned:
            return
        except UserError as exc:
            failure = str(exc)
        except Exception as exc:  # an extractor or loader bug: still one line, never a silent stop
            failure = f"{shown(url)}: could not add the page ({type(exc).__name__}: {exc})"
        else:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._page_added, added, loaded, side, perf_counter() - started)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.app.notify, " ".join(failure.split()), severity="error",
                                      markup=False, timeout=10)

    def _page_added(self, added, loaded: list, side: int, seconds: float) -> None:
        from reader.web.add import describe

        self.app.notify(f"{describe(added)} ({seconds:.1f} s; saved in {visible(added.file.parent)})",
                        markup=False, timeout=6)
        # As a file opened with O: a page fetched again that a pane shows is read again there.
        self._loaded(False, loaded, side, False)
