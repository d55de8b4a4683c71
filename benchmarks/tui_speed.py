"""Reading-room speed: first paint, key-press-to-refresh latency per kind of action, memory,
and the seeds' first interactive frame.

Usage: python benchmarks/tui_speed.py [--paragraphs 5000] [--rounds 3] [--granularity sentence]
                                      [--only long|seeds|background|theme|sentences|swap|pairs|resumed|picker]
                                      [--pair A B]
                                      [--word police]

Run it with the interpreter of a fresh, non-editable install (`pip install .` into a new
venv), from any directory: it imports `reader` from wherever that interpreter finds it and
says where that is; it never puts the checkout on sys.path.

1. Two long articles (default 5,000 paragraphs each) built from real news sentences of
   /work/shared/bench/ecbplus_dev.jsonl, written to temp files and loaded like user files, at
   160x48. Reports the time from loading to the first painted screen (both panes drawn), then
   the median action->refresh latency of every kind of action, measured inside the app
   (timestamp at the action, recorded in call_after_refresh), twice: while the alignment
   worker is still running, and once it has finished. The alignment runs in a thread and
   holds the interpreter for long stretches, so a key pressed meanwhile waits for it: the
   first column is what a reader sees in the first seconds, the second the figure of the
   reading room itself.
2. Keys while background work runs (`--only background`, on two generated articles or `--pair`):
   j pressed ten times a second from the opening while the first alignment runs (and 3 s after),
   typing a word in the search dialog (key -> shown in the field; typed -> hits listed), S
   (sentences), S (back) and - (threshold) with j pressed ten times a second until the pair is
   realigned, and M (the claim map) with esc pressed while it builds. Keys are sent from a thread
   on a wall clock, and timed from when they were due, waits for the interpreter included.
3. The bundled seeds: time from process launch to the first interactive frame, the first
   launch after installing apart from the later ones (the first may still compile bytecode).
4. Theme changes (`--only theme`): `t` pressed on the seeds' first pair at 160x48, timed from
   the action to the refresh after it (the app's action is wrapped from outside, so a build
   from before this part was added is measured the same way).

5. Paragraphs <-> sentences (`--only sentences`): S pressed on two generated articles of
   --paragraphs and 5/6 of that many paragraphs (or `--pair`) at 160x48, once aligned: the first
   S (sentences cut and laid out), then S back and S again, `--rounds` times. For each: the
   action -> refresh latency (as the app records it), the time from the units' arrival in a pane
   to the refresh showing them (the pane's handler wrapped from outside, so a build from before
   this part was added is measured the same way), and the longest the screen went without a
   chance to redraw between the key and both panes showing their units (a 10 ms timer's longest
   gap: what the reader sees as a freeze, waits for the interpreter included). Before that, the
   same pair opened with `granularity = "sentence"` in config.toml: first paint, both panes
   showing their sentences, units arrived -> shown, the UI thread's CPU time laying out and
   taking in the units, and the longest gap between redraws from first paint until then.

6. Swapping the panes (`--only swap`): s pressed 2 x --rounds times on two generated articles of
   --paragraphs and 5/6 of that many paragraphs (or `--pair`) opened in sentences, once aligned,
   at 160x48: the action -> refresh latency, the key -> both panes showing their units, and the
   longest the screen went without a chance to redraw meanwhile.
7. Switching pairs (`--only pairs`): every pair of the seeds shown in turn, in paragraphs and
   in sentences, at 160x48, --rounds times (the alignments kept emptied before each round after
   the first): the time from showing a pair to the refresh that draws its links.

8. A pair reopened with a threshold of its own (`--only resumed`): two generated articles of
   --paragraphs paragraphs each (or `--pair`) read once, `+ +` pressed and the
   reader quit (so reading-places.json keeps the threshold), then opened again --rounds times at
   160x48: the time from building the app to the refresh drawing the pair's links at its own
   threshold (the screen's handler of an arrived alignment wrapped from outside, so a build from
   before this part was added is measured the same way), and the alignments started meanwhile.

9. The picker counting its rows (`--only picker`): two generated Markdown articles of
   --paragraphs paragraphs each (a heading every 40) in the panes, the bundled seeds beside
   them, at 160x48; once the pair is aligned, o opens the picker, which aligns every seed with
   pane B's article to count its links. Reports the time until every row is counted, the
   collector's full (generation-2) passes meanwhile and how long each held the interpreter,
   and the longest the screen went without a chance to redraw (a 10 ms timer's longest gap).

Targets: first paint <= 1 s, median key->refresh <= 16 ms for every kind of action (after
alignment), seeds <= 0.6 s.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # ecb.py only: never the checkout
from ecb import ecb_sentences  # noqa: E402

# (key, kind as recorded by the app) — every kind of action, views and the overview included.
ACTIONS = [("j", "cursor"), ("k", "cursor"), ("n", "linked"), ("u", "unmatched"), ("right_square_bracket", "cycle"),
           ("enter", "jump"), ("tab", "pane"), ("pagedown", "page"), ("ctrl+d", "page"), ("v", "view"),
           ("v", "view"), ("v", "view"), ("f", "follow"), ("f", "follow"), ("G", "edge"), ("g", "edge")]


def sentences() -> list[str]:
    return [s.strip() for s in ecb_sentences() if len(s.strip()) > 20]


def write_article(path: Path, pool: list[str], paragraphs: int, offset: int) -> None:
    parts = []
    for n in range(paragraphs):
        k = offset + n * 3
        parts.append(" ".join(pool[(k + i) % len(pool)] for i in range(3)))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def where_reader_is() -> str:
    import reader

    location = Path(reader.__file__).resolve().parent
    kind = "site-packages (non-editable)" if "site-packages" in location.parts else "a source tree (editable)"
    return f"reader imported from {location} — {kind}"


async def press_all(pilot, app, rounds: int) -> dict[str, list[float]]:
    """Press every action `rounds` times (and step a search, and click the overview);
    return the latencies recorded meanwhile."""
    app.latency.clear()
    for _ in range(rounds):
        for key, _kind in ACTIONS:
            await pilot.press(key)
        overviews = app.screen.query("#overview-0")  # absent in builds before the overview (baselines)
        if overviews:
            await pilot.click(overviews.first(), offset=(0, overviews.first().size.height // 2))
        await pilot.press("slash", *"police")
        await app.workers.wait_for_complete()
        await pilot.press("enter", "n", "n", "N", "escape")
    return {name: list(xs) for name, xs in app.latency.items()}


async def long_articles(paragraphs: int, rounds: int, granularity: str) -> None:
    from reader.corpus import load_paths
    from reader.tui.app import build_app

    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "long_a.txt"), Path(tmp, "long_b.txt")
        write_article(a, pool, paragraphs, 0)
        write_article(b, pool, paragraphs, len(pool) // 2)
        Path(tmp, "config").mkdir()
        Path(tmp, "config", "config.toml").write_text(f'granularity = "{granularity}"\n', encoding="utf-8")
        t0 = time.perf_counter()
        corpus = load_paths([str(a), str(b)])
        loaded = time.perf_counter()
        app = build_app(corpus, config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        async with app.run_test(headless=True, size=(160, 48)) as pilot:
            while app.first_paint is None:
                await asyncio.sleep(0.005)
            print(f"long articles: {paragraphs} paragraphs each, "
                  f"{sum(len(x.passages) for x in corpus)} passages loaded in {loaded - t0:.2f} s")
            print(f"  first painted screen: {app.first_paint - t0:.2f} s after start of loading "
                  f"({app.first_paint - loaded:.2f} s after load)")
            if granularity == "sentence":
                while any(p.splitting for p in app.screen.panes):
                    await asyncio.sleep(0.005)
                print(f"  both panes showing their sentences: {time.perf_counter() - t0:.2f} s after start of loading")
            screen = app.screen
            during = await press_all(pilot, app, 1) if screen.align_state == "aligning" else {}
            aligning_ended = screen.align_state != "aligning"
            while screen.align_state == "aligning":
                await asyncio.sleep(0.05)
            print(f"  alignment {screen.align_state} {time.perf_counter() - t0:.1f} s after start of loading"
                  + ("" if aligning_ended else " (the keys above were pressed while it ran)"))
            await pilot.pause()
            after = await press_all(pilot, app, rounds)
        report(during, after)
    print(f"  peak RSS (including the finished alignment): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def report(during: dict[str, list[float]], after: dict[str, list[float]]) -> None:
    print("  median key->refresh per kind of action, ms (while aligning / once aligned):"
          if during else "  median key->refresh per kind of action, ms (once aligned):")
    for name in sorted(set(during) | set(after)):
        first = f"{statistics.median(during[name]) * 1000:7.1f}" if name in during else "      -"
        second = f"{statistics.median(after[name]) * 1000:7.1f}" if name in after else "      -"
        count = len(after.get(name, ()))
        print(f"    {name:10} {first + ' /' if during else ''}{second}   (n={count})")
    every = [x for xs in after.values() for x in xs]
    print(f"  once aligned: worst per-kind median {max(statistics.median(xs) for xs in after.values()) * 1000:.1f} ms, "
          f"max single action {max(every) * 1000:.1f} ms over {len(every)} actions")


# -- keys while background work runs ------------------------------------------------------------
# Pilot's press() waits for the app to go idle, which a busy worker never lets it do, so keys are
# sent as a terminal's input thread sends them: from another thread, on a wall clock. A key's
# latency runs from the moment it was due to the refresh that showed it (app.record_latency),
# which counts the time it waited for the interpreter as well as the action's own.

def _send(app, key: str) -> None:
    from textual import events

    event = events.Key(key, key if len(key) == 1 else {"minus": "-", "slash": "/"}.get(key))
    event.set_sender(app)
    app._driver.send_message(event)


def _typist(app, loop, keys: list[str], interval: float, due: list[float], stop: list[bool]):
    import threading

    def run() -> None:
        start = time.perf_counter()
        for n, key in enumerate(keys):
            at = start + n * interval
            while time.perf_counter() < at:
                time.sleep(0.002)
            if stop:
                return
            due.append(at)
            loop.call_soon_threadsafe(_send, app, key)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


async def _finished(thread) -> None:
    while thread.is_alive():  # never join(): that would hold the event loop the keys go through
        await asyncio.sleep(0.01)


async def _idle(app) -> None:
    while any(not w.is_finished for w in app.workers):
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.2)


def _ms(xs: list[float]) -> str:
    if not xs:
        return "-"
    xs = sorted(xs)
    return (f"median {statistics.median(xs) * 1000:.0f} / p90 {xs[round(0.9 * (len(xs) - 1))] * 1000:.0f} / "
            f"max {xs[-1] * 1000:.0f} ms (n={len(xs)})")


async def background(paths: list[Path], word: str) -> None:
    """Typing in the search dialog, realigning (S, S back, -), and opening the claim map, each
    with keys sent meanwhile, on the pair at `paths`, at 160x48."""
    from reader.corpus import load_paths
    from reader.tui.app import build_app

    with tempfile.TemporaryDirectory() as tmp:
        corpus = load_paths([str(p) for p in paths])
        app = build_app(corpus, config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        records: list[tuple[str, float]] = []  # (name, when recorded), as the app records latencies
        record = app.record_latency
        app.record_latency = lambda name, seconds: (records.append((name, time.perf_counter())),
                                                    record(name, seconds))[1]
        loop = asyncio.get_running_loop()
        async with app.run_test(headless=True, size=(160, 48)):
            screen = app.screen
            print(f"background work: {' + '.join(str(len(p.units)) for p in screen.panes)} passages, 160x48")
            # 0. Opening: j pressed 10 times a second while the first alignment runs, and 3 s after.
            due, stop = [], []
            thread = _typist(app, loop, ["j"] * 6000, 0.1, due, stop)
            while getattr(screen, "align_state", None) == "aligning":
                await asyncio.sleep(0.02)
            aligned = time.perf_counter()
            await asyncio.sleep(3.0)
            stop.append(True)
            await _finished(thread)
            await _idle(app)
            moves = [(at - d, d < aligned) for (n, at), d in zip((r for r in records if r[0] == "cursor"), due)]
            print(f"  opening: j while the first alignment runs, key -> refresh {_ms([x for x, w in moves if w])}; "
                  f"in the 3 s after {_ms([x for x, w in moves if not w])}")
            screen = app.screen

            def since(mark: int, name: str) -> list[float]:
                return [at for n, at in records[mark:] if n == name]

            # 1. Typing a word in the search dialog, 8 keys a second.
            _send(app, "slash")
            await _idle(app)
            mark, due, stop = len(records), [], []
            await _finished(_typist(app, loop, list(word), 0.125, due, stop))
            await _idle(app)
            keys = [at - d for at, d in zip(since(mark, "search-key"), due)]  # builds before the hook: none
            print(f"  search, typing “{word}” at 8 keys/s: key -> shown in the field {_ms(keys)}")
            print(f"    typed -> hits listed, each text still current: {_ms(app.latency.get('search-results', []))}")
            _send(app, "escape")
            await _idle(app)
            # 2. Realigning, with j pressed 10 times a second until the alignment is shown.
            for key, name in (("S", "granularity"), ("S", "granularity"), ("minus", "threshold")):
                mark, due, stop = len(records), [], []
                start = time.perf_counter()
                thread = _typist(app, loop, [key] + ["j"] * 600, 0.1, due, stop)
                await asyncio.sleep(0.3)
                while screen.align_state == "aligning":
                    await asyncio.sleep(0.02)
                took = time.perf_counter() - start
                stop.append(True)
                await _finished(thread)
                await _idle(app)
                action = [at - d for at, d in zip(since(mark, name), due)]
                moves = [at - d for at, d in zip(since(mark, "cursor"), due[1:])]
                print(f"  {key} ({name}): key -> refresh {action[0] * 1000:.0f} ms; realigned {took:.1f} s after "
                      f"the key; j meanwhile: {len(moves)} of {len(due) - 1} shown, key -> refresh {_ms(moves)}")
            # 3. The claim map: M, j while it builds, esc before it is done, M again until built.
            mark, due, stop = len(records), [], []
            start = time.perf_counter()
            await _finished(_typist(app, loop, ["M", "j", "j", "j", "escape"], 0.3, due, stop))
            await asyncio.sleep(0.3)
            opened = [at - due[0] for at in since(mark, "map-open")]
            closed = [at - due[-1] for at in since(mark, "map-close")]
            print(f"  M: key -> map screen drawn {_ms(opened)}; esc 1.2 s later, while it builds -> reading "
                  f"room {_ms(closed)}")
            await _idle(app)
            start = time.perf_counter()
            _send(app, "M")
            while "map-shown" not in app.latency:
                await asyncio.sleep(0.02)
            print(f"  M again, waited for: claim map shown {time.perf_counter() - start:.1f} s after the key")


@contextlib.contextmanager
def timed_arrivals():
    """The time from each pane's units arriving from the worker to the refresh that shows
    them, and the UI thread's CPU time in taking them in and in laying out (the pane's
    handlers wrapped from outside, so a build from before this was added is measured the same
    way): yields the two lists, filled meanwhile."""
    from reader.tui.pane import ArticlePane

    shown: list[float] = []
    on_ui: list[float] = []
    arrived, relayout = ArticlePane.on_article_pane_split, ArticlePane.relayout

    inside: list[bool] = []  # in an arrival: its relayouts are counted with it

    def timed_arrival(pane, message) -> None:
        t0, c0 = time.perf_counter(), time.thread_time()
        inside.append(True)
        try:
            arrived(pane, message)
        finally:
            inside.pop()
        on_ui.append(time.thread_time() - c0)
        pane.call_after_refresh(lambda: shown.append(time.perf_counter() - t0))

    def timed_relayout(pane) -> None:
        c0 = time.thread_time()
        relayout(pane)
        if not inside:
            on_ui.append(time.thread_time() - c0)

    ArticlePane.on_article_pane_split, ArticlePane.relayout = timed_arrival, timed_relayout
    try:
        yield shown, on_ui
    finally:
        ArticlePane.on_article_pane_split, ArticlePane.relayout = arrived, relayout


async def sentences_from_the_start(paths: list[Path]) -> None:
    """The pair at `paths` opened with `granularity = "sentence"` in config.toml (see the
    module's docstring, part 5)."""
    from reader.corpus import load_paths
    from reader.tui.app import build_app

    with tempfile.TemporaryDirectory() as tmp, timed_arrivals() as (shown, on_ui):
        Path(tmp, "config").mkdir()
        Path(tmp, "config", "config.toml").write_text('granularity = "sentence"\n', encoding="utf-8")
        t0 = time.perf_counter()
        corpus = load_paths([str(p) for p in paths])
        app = build_app(corpus, config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        async with app.run_test(headless=True, size=(160, 48)):
            ticks: list[float] = []
            while app.first_paint is None:
                await asyncio.sleep(0.002)
            app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))
            screen = app.screen
            while any(p.splitting for p in screen.panes):
                await asyncio.sleep(0.002)
            both = time.perf_counter() - t0
            await asyncio.sleep(0.1)  # the refresh that shows the units
            gaps = [b - a for a, b in zip([app.first_paint, *ticks], ticks)]
            print(f"sentences from config.toml: {' + '.join(str(len(p.units)) for p in screen.panes)} sentences "
                  f"of {' + '.join(str(len(a.passages)) for a in corpus)} paragraphs, 160x48")
            print(f"  first painted screen {app.first_paint - t0:.2f} s after the start of loading; both panes "
                  f"showing their sentences {both:.2f} s; units arrived -> shown {_ms(shown)}; UI thread CPU "
                  f"laying out and taking them in {sum(on_ui) * 1000:.0f} ms; longest without a redraw "
                  f"{max(gaps, default=0.0) * 1000:.0f} ms")


async def sentence_toggles(paths: list[Path], rounds: int) -> None:
    """S on the pair at `paths` (see the module's docstring, part 5)."""
    from reader.corpus import load_paths
    from reader.tui.app import build_app

    with timed_arrivals() as (shown, _):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = load_paths([str(p) for p in paths])
            app = build_app(corpus, config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
            async with app.run_test(headless=True, size=(160, 48)):
                screen = app.screen
                while app.first_paint is None or screen.align_state == "aligning":
                    await asyncio.sleep(0.05)
                await _idle(app)
                ticks: list[float] = []
                app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))
                print(f"paragraphs <-> sentences (S): {' + '.join(str(len(p.units)) for p in screen.panes)} "
                      "paragraphs, 160x48")
                results: dict[str, list[tuple[float, float | None, float]]] = {}
                units: dict[str, str] = {}
                for n in range(1 + 2 * rounds):
                    name = "first S (cut and laid out)" if n == 0 else (
                        "S back to paragraphs" if n % 2 else "S to sentences again")
                    app.latency.clear()
                    shown.clear()
                    mark = len(ticks)
                    start = time.perf_counter()
                    _send(app, "S")
                    while "granularity" not in app.latency or any(p.splitting for p in screen.panes):
                        await asyncio.sleep(0.002)
                    await asyncio.sleep(0.05)  # the refresh that shows the units
                    gaps = [b - a for a, b in zip([start, *ticks[mark:]], ticks[mark:])]
                    results.setdefault(name, []).append(
                        (app.latency["granularity"][0], max(shown, default=None), max(gaps, default=0.0)))
                    units[name] = " + ".join(str(len(p.units)) for p in screen.panes)
                    await _idle(app)  # realigned: the next press starts from rest
                for name, runs in results.items():
                    action, freeze = (statistics.median(r[i] for r in runs) for i in (0, 2))
                    arrivals = [r[1] for r in runs if r[1] is not None]
                    arrival = (f"{statistics.median(arrivals) * 1000:.0f} ms" if arrivals
                               else "- (none: laid out in the action)")
                    print(f"  {name} ({units[name]} units): key -> refresh {action * 1000:.0f} ms; units arrived "
                          f"-> shown {arrival}; longest without a redraw {freeze * 1000:.0f} ms (median of {len(runs)})")


async def swaps(paths: list[Path], rounds: int) -> None:
    """s (swap the panes) on the pair at `paths` in sentences (`granularity = "sentence"` in
    config.toml) at 160x48, once both panes show their sentences and the pair is aligned, `rounds`
    times two: the action -> refresh latency (as the app records it), the time from the key to
    both panes showing their units, and the longest the screen went without a chance to redraw
    meanwhile (a 10 ms timer's longest gap)."""
    from reader.corpus import load_paths
    from reader.tui.app import build_app

    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "config").mkdir()
        Path(tmp, "config", "config.toml").write_text('granularity = "sentence"\n', encoding="utf-8")
        corpus = load_paths([str(p) for p in paths])
        app = build_app(corpus, config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        async with app.run_test(headless=True, size=(160, 48)):
            screen = app.screen
            while (app.first_paint is None or screen.align_state == "aligning"
                   or any(p.splitting for p in screen.panes)):
                await asyncio.sleep(0.05)
            await _idle(app)
            ticks: list[float] = []
            app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))
            print(f"swapping the panes (s) in sentences: {' + '.join(str(len(p.units)) for p in screen.panes)} "
                  f"sentences of {' + '.join(str(len(a.passages)) for a in corpus)} paragraphs, 160x48")
            actions, shown, freezes = [], [], []
            for _ in range(2 * rounds):
                app.latency.clear()
                mark = len(ticks)
                start = time.perf_counter()
                _send(app, "s")
                while "swap" not in app.latency or any(p.splitting for p in screen.panes):
                    await asyncio.sleep(0.002)
                shown.append(time.perf_counter() - start)
                await asyncio.sleep(0.05)  # the refresh that shows the units
                actions.append(app.latency["swap"][0])
                freezes.append(max((b - a for a, b in zip([start, *ticks[mark:]], ticks[mark:])), default=0.0))
                await _idle(app)
            print(f"  s: key -> refresh {', '.join(f'{x * 1000:.0f}' for x in actions)} ms "
                  f"(median {statistics.median(actions) * 1000:.0f}); key -> both panes showing their units "
                  f"{', '.join(f'{x * 1000:.0f}' for x in shown)} ms; longest without a redraw "
                  f"{', '.join(f'{x * 1000:.0f}' for x in freezes)} ms (median {statistics.median(freezes) * 1000:.0f})")


async def pair_switches(granularity: str, rounds: int) -> None:
    """Every pair of the seeds shown in turn (pane A's article, then pane B's, as the picker
    shows them), at 160x48: the time from showing the pair to the refresh showing its links,
    measured in the app (the screen's handler of an arrived alignment wrapped from outside, so a
    build from before this part was added is measured the same way). The first round aligns
    every pair; the app's cache of alignments is emptied before each later round, so each
    switch aligns again, as after a settings change."""
    from itertools import combinations

    from reader.corpus import load_seeds
    from reader.tui.app import build_app
    from reader.tui.compare import CompareScreen

    arrived: list[tuple[float, set[str]]] = []  # when the links were drawn, of which pair
    original = CompareScreen.machine_arrived

    def timed_arrival(screen, alignment) -> None:
        original(screen, alignment)
        pair = {str(alignment.a.path), str(alignment.b.path)}
        screen.call_after_refresh(lambda: arrived.append((time.perf_counter(), pair)))

    CompareScreen.machine_arrived = timed_arrival
    try:
        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "config").mkdir()
            Path(tmp, "config", "config.toml").write_text(f'granularity = "{granularity}"\nresume = false\n',
                                                          encoding="utf-8")
            corpus = load_seeds()
            app = build_app(corpus, config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
            async with app.run_test(headless=True, size=(160, 48)):
                screen = app.screen
                await _idle(app)
                pairs = list(combinations(list(corpus), 2))
                runs: list[list[float]] = []
                for _ in range(rounds):
                    app.alignments.clear()
                    took = []
                    for a, b in pairs:
                        if screen.articles[0] is b or screen.articles[1] is a:
                            screen.action_swap()
                            await _idle(app)
                        if screen.articles[0] is a and screen.articles[1] is b:  # shown already
                            continue
                        arrived.clear()
                        start = time.perf_counter()
                        screen.set_pane_article(0, a)
                        screen.set_pane_article(1, b)
                        wanted = {str(a.path), str(b.path)}
                        while not any(pair == wanted for _, pair in arrived):
                            await asyncio.sleep(0.002)
                        took.append(next(at for at, pair in arrived if pair == wanted) - start)
                        await _idle(app)
                    runs.append(took)
        later = [x for run in runs[1:] for x in run] or runs[0]
        print(f"seed pairs shown in turn ({granularity}s, {len(pairs)} pairs, 160x48): pair shown -> its links "
              f"drawn, first round median {statistics.median(runs[0]) * 1000:.0f} ms; later rounds (aligned again) "
              f"median {statistics.median(later) * 1000:.0f} ms, max {max(later) * 1000:.0f} ms (n={len(later)})")
    finally:
        CompareScreen.machine_arrived = original


async def resumed_start(paths: list[Path], rounds: int) -> None:
    """Part 8: start-up to the first screen aligned at the threshold the pair kept (and, to
    compare, at the default, on the pair never read)."""
    from reader.align.policy import LINK_THRESHOLD
    from reader.corpus import load_paths
    from reader.tui.app import build_app
    from reader.tui.compare import CompareScreen
    from reader.tui.tuning import same_threshold

    arrived: list[tuple[float, float, float]] = []  # when links were drawn (wall, CPU), at which threshold
    original = CompareScreen.machine_arrived

    def timed_arrival(screen, alignment) -> None:
        original(screen, alignment)
        score = screen.min_score()
        screen.call_after_refresh(lambda: arrived.append((time.perf_counter(), time.process_time(), score)))

    async def opened(corpus, dirs: dict, threshold: float) -> tuple[float, float, int]:
        """Seconds (wall, CPU of every thread) from building the app to its links drawn at
        `threshold`; alignments started."""
        arrived.clear()
        start, cpu = time.perf_counter(), time.process_time()
        app = build_app(corpus, **dirs)
        started, add = [], app.workers.add_worker

        def counting(worker, *args, **kwargs):
            if worker.group == "align":
                started.append(worker)
            return add(worker, *args, **kwargs)

        app.workers.add_worker = counting
        async with app.run_test(headless=True, size=(160, 48)):
            while not any(same_threshold(score, threshold) for *_, score in arrived):
                await asyncio.sleep(0.002)
            at, used = next((at, used) for at, used, score in arrived if same_threshold(score, threshold))
            await _idle(app)
        return at - start, used - cpu, len(started)

    CompareScreen.machine_arrived = timed_arrival
    try:
        with tempfile.TemporaryDirectory() as tmp:
            dirs = {"config_dir": Path(tmp, "config"), "data_dir": Path(tmp, "data")}
            corpus = load_paths([str(p) for p in paths])
            app = build_app(corpus, **dirs)
            async with app.run_test(headless=True, size=(160, 48)) as pilot:
                await pilot.press("plus", "plus")
                await _idle(app)
                kept = app.screen.min_score()
                await pilot.press("q")
            passages = sum(len(a.passages) for a in corpus)
            for name, threshold, data in (("its own threshold", kept, "data"), ("never read", LINK_THRESHOLD, None)):
                runs = []
                for n in range(rounds):
                    run_dirs = dirs if data else {**dirs, "data_dir": Path(tmp, f"fresh-{n}")}
                    runs.append(await opened(corpus, run_dirs, threshold))
                took = [t for t, _, _ in runs]
                print(f"pair opened, {name} ({threshold:.2f}; {passages} passages, 160x48): app built -> links "
                      f"drawn at it, median {statistics.median(took):.2f} s ({', '.join(f'{x:.2f}' for x in took)}),"
                      f" CPU median {statistics.median(c for _, c, _ in runs):.2f} s;"
                      f" alignments started: {[count for *_, count in runs]}")
    finally:
        CompareScreen.machine_arrived = original


SEEDS_CHILD = """
import asyncio, sys, time
from time import perf_counter
from reader.corpus import load_seeds
from reader.tui.app import build_app
async def main():
    app = build_app(load_seeds(), config_dir={tmp!r} + "/c", data_dir={tmp!r} + "/d")
    async with app.run_test(headless=True, size=(160, 48)):
        while app.first_paint is None:
            await asyncio.sleep(0.002)
        print(time.time() - (perf_counter() - app.first_paint), time.process_time())
asyncio.run(main())
"""


def seeds(launches: int = 4) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        child = SEEDS_CHILD.format(tmp=tmp)
        runs, cpu = [], []
        for _ in range(launches):
            start = time.time()
            out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True, cwd=tmp)
            painted, used = map(float, out.stdout.strip().splitlines()[-1].split())
            runs.append(painted - start)
            cpu.append(used)
    print(f"seeds: first interactive frame after launch: first launch {runs[0]:.2f} s, "
          f"median of the next {len(runs) - 1}: {statistics.median(runs[1:]):.2f} s "
          f"({', '.join(f'{r:.2f}' for r in runs[1:])}); CPU time of the process by then, which a "
          f"busy machine inflates less: median {statistics.median(cpu[1:]):.2f} s")


async def theme_changes(presses: int) -> None:
    from reader.corpus import load_seeds
    from reader.tui.app import build_app

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(load_seeds(), config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        times: list[float] = []
        cpu: list[float] = []  # the process's CPU time over the same span: a busy machine inflates it less
        cycle = app.action_cycle_theme

        def timed_cycle() -> None:
            t0, c0 = time.perf_counter(), time.process_time()

            def done() -> None:
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)

            cycle()
            app.screen.call_after_refresh(done)

        app.action_cycle_theme = timed_cycle
        async with app.run_test(headless=True, size=(160, 48)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause(0.5)
            for n in range(presses + 3):  # the first round of themes builds Textual's caches: not counted
                if n == 3:
                    times.clear()
                    cpu.clear()
                await pilot.press("t")
                await pilot.pause(0.2)
    print(f"theme change (t), seeds at 160x48: median {statistics.median(times) * 1000:.1f} ms over {len(times)} "
          f"presses ({', '.join(f'{x * 1000:.0f}' for x in times)}); CPU time median {statistics.median(cpu) * 1000:.1f} ms")


def write_markdown(path: Path, pool: list[str], paragraphs: int, offset: int) -> None:
    """A Markdown article of `paragraphs` paragraphs (three sentences each), a heading every 40."""
    parts = ["# A long article"]
    for n in range(paragraphs):
        if n % 40 == 0:
            parts.append(f"## Part {n // 40 + 1}")
        k = offset + n * 3
        parts.append(" ".join(pool[(k + i) % len(pool)] for i in range(3)))
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


async def picker_counts(paragraphs: int) -> None:
    """The picker's link counts beside two long articles (see the module's docstring, part 9)."""
    import gc
    import shutil

    from reader.corpus import load_paths
    from reader.paths import seeds_dir
    from reader.tui.app import build_app

    pool = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "articles")
        folder.mkdir()
        pair = [folder / "long_a.md", folder / "long_b.md"]
        write_markdown(pair[0], pool, paragraphs, 0)
        write_markdown(pair[1], pool, paragraphs, len(pool) // 2)
        beside = [Path(shutil.copy(seed, folder)) for seed in sorted(seeds_dir().glob("*.txt"))]
        corpus = load_paths([str(p) for p in (*pair, *beside)])
        app = build_app(corpus, config_dir=Path(tmp, "config"), data_dir=Path(tmp, "data"))
        full: list[float] = []
        started: list[float] = []

        def timed(phase: str, info: dict) -> None:
            if info["generation"] == 2:
                if phase == "start":
                    started.append(time.perf_counter())
                elif started:
                    full.append(time.perf_counter() - started.pop())

        async with app.run_test(headless=True, size=(160, 48)) as pilot:
            screen = app.screen
            while getattr(screen, "align_state", "") != "ready":
                await asyncio.sleep(0.05)
            await asyncio.sleep(1.0)  # the differences and the first paint after the links
            ticks: list[float] = []
            app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))
            gc.callbacks.append(timed)
            try:
                t0 = time.perf_counter()
                await pilot.press("o")
                while any(w.group == "picker-counts" and not w.is_finished for w in app.workers):
                    await asyncio.sleep(0.02)
                counted = time.perf_counter() - t0
            finally:
                gc.callbacks.remove(timed)
            gaps = [b - a for a, b in zip([t0, *ticks], ticks)]
            rows = sum(len(p.passages) for p in corpus.articles[:2])
            print(f"picker counts: {len(beside)} seeds counted against a {paragraphs}-paragraph Markdown article "
                  f"({rows:,} passages in the panes), 160x48")
            print(f"  every row counted {counted:.2f} s after o; full collections meanwhile {len(full)}"
                  f"{': ' + ', '.join(f'{x * 1000:.0f}' for x in full) + ' ms' if full else ''}; longest without a "
                  f"redraw {max(gaps, default=0.0) * 1000:.0f} ms")


def on_pair(given: list[Path] | None, paragraphs: tuple[int, int], part) -> None:
    """Run `part(pair)` on the pair given, or on two articles of `paragraphs` paragraphs each
    generated into a temporary folder."""
    if given:
        asyncio.run(part(list(given)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        pool = sentences()
        pair = [Path(tmp, "long_a.txt"), Path(tmp, "long_b.txt")]
        write_article(pair[0], pool, paragraphs[0], 0)
        write_article(pair[1], pool, paragraphs[1], len(pool) // 2)
        asyncio.run(part(pair))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3, help="times each action is pressed once aligned")
    parser.add_argument("--granularity", choices=("paragraph", "sentence"), default="paragraph")
    parser.add_argument("--only", choices=("long", "seeds", "background", "theme", "sentences", "swap", "pairs",
                                            "resumed", "picker"),
                        help="run one of the parts")
    parser.add_argument("--pair", nargs=2, type=Path, metavar=("A", "B"),
                        help="background and sentences: this pair (default: two generated articles)")
    parser.add_argument("--word", default="police", help="background: the word typed in the search dialog")
    args = parser.parse_args()
    print(where_reader_is())
    if args.only in (None, "long"):
        asyncio.run(long_articles(args.paragraphs, args.rounds, args.granularity))
    if args.only in (None, "background"):
        on_pair(args.pair, (args.paragraphs, args.paragraphs), lambda pair: background(pair, args.word))
    if args.only in (None, "seeds"):
        seeds()
    if args.only in (None, "theme"):
        asyncio.run(theme_changes(12))
    if args.only in (None, "sentences"):
        on_pair(args.pair, (args.paragraphs, args.paragraphs * 5 // 6), sentences_from_the_start)
        on_pair(args.pair, (args.paragraphs, args.paragraphs * 5 // 6), lambda pair: sentence_toggles(pair, args.rounds))
    if args.only in (None, "swap"):
        on_pair(args.pair, (args.paragraphs, args.paragraphs * 5 // 6), lambda pair: swaps(pair, args.rounds))
    if args.only in (None, "pairs"):
        for granularity in ("paragraph", "sentence"):
            asyncio.run(pair_switches(granularity, args.rounds))
    if args.only in (None, "resumed"):
        on_pair(args.pair, (args.paragraphs, args.paragraphs), lambda pair: resumed_start(pair, args.rounds))
    if args.only in (None, "picker"):
        asyncio.run(picker_counts(args.paragraphs))


if __name__ == "__main__":
    main()
