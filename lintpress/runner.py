"""Running many files: result cache, a process pool for ``--jobs``, and a progress bar.

The engine lints one document; the runner decides which files need linting
at all (cache), spreads the rest over processes, and puts results back in the
order the files were given, so output never depends on scheduling. The main
process only reads and checks the files: a document is parsed (Markdown, URLs,
blocks) where it is linted, and a worker sends it back for the report.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from lintpress.config import Config, ConfigFinder
from lintpress.document import Document, Source, read_source
from lintpress.engine import FileResult, Linter

_worker_linter: Linter | None = None


def _init_worker(report_unused: bool) -> None:
    global _worker_linter
    # Ctrl-C reaches every process of the terminal's group: the main process alone answers it
    # (and stops the workers), so one line is printed instead of a traceback per worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_linter = Linter(report_unused_disables=report_unused)


def _lint_in_worker(item: tuple[Source, Config]) -> tuple[str, list, Document, bool]:
    source, config = item
    assert _worker_linter is not None
    doc = Document.from_source(source)
    result = _worker_linter.lint_document(doc, config)
    doc.forget_derived()  # sent back for the report, which needs only text and positions
    return result.language, result.diagnostics, doc, source.path in _worker_linter.incomplete


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def default_jobs(n_files: int) -> int:
    """All cores when there are enough files to pay for starting processes."""
    cores = _cores()
    return cores if n_files >= 16 and cores > 1 else 1


def effective_jobs(requested: int, n_files: int) -> int:
    """``--jobs`` as asked (0: automatic), never more processes than files or cores."""
    return max(1, min(requested or default_jobs(n_files), n_files, _cores()))


def lint_files(
    paths: list[Path | Source],
    finder: ConfigFinder,
    *,
    jobs: int = 0,
    use_cache: bool = True,
    report_unused_disables: bool = False,
    cross_file: bool = False,
    progress: bool = False,
    linter: Linter | None = None,
) -> tuple[list[FileResult], Linter]:
    linter = linter or Linter(report_unused_disables=report_unused_disables)
    cache = None
    if use_cache:
        from lintpress.cache import ResultCache, entry_key  # hashing and JSON: only when caching

        cache = ResultCache()
    results: list[FileResult | None] = [None] * len(paths)
    todo: list[tuple[int, Source, Config, str]] = []
    extra = f"unused={report_unused_disables}"
    for i, p in enumerate(paths):
        if isinstance(p, Source):  # already read (standard input)
            source, config = p, finder.for_file(Path(p.path))
        else:
            config = finder.for_file(p)
            source = read_source(p)  # a bad file stops the run here, before any linting
        key = ""
        if cache is not None and not config.languagetool:  # a server's answers (or failures) are not ours to cache
            content = (("\ufeff" if source.bom else "") + source.text).encode("utf-8") + source.format.encode()
            key = entry_key(content, config, extra)
            hit = cache.get(key)
            if hit is not None:
                results[i] = FileResult(source.path, hit[0], hit[1], Document.from_source(source), config)
                continue
        todo.append((i, source, config, key))

    jobs = effective_jobs(jobs, len(todo))
    bar = _ProgressBar(len(todo)) if progress and len(todo) >= 20 else None
    try:
        if jobs > 1:
            _lint_in_pool(todo, results, jobs, linter, bar)
        else:
            if todo:
                linter.prepare(todo[0][1], todo[0][2])
            for i, source, config, _ in todo:
                doc = Document.from_source(source)
                results[i] = linter.lint_document(doc, config)
                doc.forget_derived()  # kept for the report, which needs only text and positions
                if bar:
                    bar.advance()
    finally:
        if bar:
            bar.stop()
    if cache is not None:
        for i, _, _, key in todo:
            r = results[i]
            if key and r.path not in linter.incomplete:  # a rule failed on it: lint it again next time
                cache.put(key, r.language, r.diagnostics)
    final = [r for r in results if r is not None]
    if cross_file or any(r.config and r.config.cross_file for r in final):
        linter.add_cross_file_findings(final)
    return final, linter


def _lint_in_pool(todo, results, jobs: int, linter: Linter, bar) -> None:
    import concurrent.futures
    import multiprocessing

    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(linter.report_unused_disables,)
    )
    try:
        items = [(source, config) for _, source, config, _ in todo]
        chunk = max(1, len(items) // (jobs * 8))
        done = pool.map(_lint_in_worker, items, chunksize=chunk)
        for (i, source, config, _key), (language, diags, doc, incomplete) in zip(todo, done):
            results[i] = FileResult(source.path, language, diags, doc, config)
            if incomplete:
                linter.incomplete.add(source.path)
            if bar:
                bar.advance()
    except KeyboardInterrupt:
        # stop now, not after the files already queued; the command line then exits at once
        # (os._exit: the pool's queues would wait at exit for workers that are gone)
        for child in multiprocessing.active_children():
            child.terminate()
        raise
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)  # a failed file: finish what runs, drop the rest
        raise
    pool.shutdown()


class _ProgressBar:
    """A rich progress bar on stderr (only used when stderr is a terminal)."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.p = Progress(
            "[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(file=sys.stderr), transient=True,
        )
        self.task = self.p.add_task("linting", total=total)
        self.p.start()

    def advance(self) -> None:
        self.p.advance(self.task)

    def stop(self) -> None:
        self.p.stop()
