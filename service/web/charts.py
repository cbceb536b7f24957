"""Charts as inline SVG, drawn on the server: no JavaScript library, nothing fetched, readable without scripts.

Pure functions from numbers to markup.  Every mark carries a ``<title>`` (the exact figure on hover) and every chart
an ``aria-label``, so the figures are there for screen readers too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

FONT = "font-family=\"inherit\""
PALETTE = ("#2f6db5", "#d08a1d", "#2e8b57", "#8a56b8", "#7a8691", "#c0504d", "#3aa0a8", "#b5873a", "#5b6abf")
OVERDUE = "#c0392b"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: str


@dataclass(frozen=True)
class Segment:
    value: float
    color: str
    title: str


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]
    note: str = ""  # text at the end of the bar (e.g. "12 / 3 逾期")


def _nice_max(value: float) -> float:
    """The smallest 1, 2 or 5 × 10^k at or above ``value`` (at least 1), for a tidy axis."""
    if value <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def _fmt(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def _svg(width: int, height: int, label: str, body: list[str], kind: str) -> Markup:
    """The chart's drawing; ``kind`` (columns, bars, donut) is a CSS class, for the phone layout's minimum widths."""
    head = (f'<svg class="chart chart-{kind}" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}" '
            f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">')
    return Markup(head + "".join(body) + "</svg>")


def text_width(text: str, size: float) -> float:
    """A generous estimate of rendered width: CJK and full-width characters one em, others about half."""
    return sum(size if ord(char) > 0x2E80 else size * 0.6 for char in text)


def _legend(series: Sequence[tuple[str, str]], x: float, y: float, width: float) -> tuple[list[str], float]:
    """Legend entries flowing into rows; returns the markup and the y of the last row."""
    parts, cx, cy = [], x, y
    for name, color in series:
        step = 28 + text_width(name, 12)
        if cx > x and cx + step > x + width:
            cx, cy = x, cy + 18
        parts.append(f'<rect x="{cx:.1f}" y="{cy - 9}" width="11" height="11" rx="2" fill="{color}"/>'
                     f'<text x="{cx + 15:.1f}" y="{cy}" font-size="12" {FONT} fill="#333">{escape(name)}</text>')
        cx += step
    return parts, cy


def stacked_columns(categories: Sequence[str], series: Sequence[Series], *, label: str, width: int = 640,
                    height: int = 260) -> Markup:
    """One column per category (e.g. a week) stacking the series' values; a legend on top."""
    left, bottom, right = 34, 26, 8
    body, legend_y = _legend([(s.name, s.color) for s in series], left, 14, width - left - right)
    top = legend_y + 22
    plot_w, plot_h = width - left - right, height - top - bottom
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    peak = _nice_max(max(totals, default=0))
    for tick in (0, peak / 2, peak):
        y = top + plot_h - plot_h * tick / peak
        body.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e6ea"/>'
                    f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" {FONT} '
                    f'fill="#667">{_fmt(tick)}</text>')
    slot = plot_w / max(len(categories), 1)
    bar_w = min(42.0, slot * 0.62)
    for i, category in enumerate(categories):
        x = left + slot * i + (slot - bar_w) / 2
        y = top + plot_h
        for s in series:
            value = s.values[i]
            if value <= 0:
                continue
            h = plot_h * value / peak
            y -= h
            body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="{s.color}">'
                        f'<title>{escape(category)} {escape(s.name)}：{_fmt(value)}</title></rect>')
        body.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - 8}" font-size="11" text-anchor="middle" {FONT} '
                    f'fill="#556">{escape(category)}</text>')
    return _svg(width, height, label, body, "columns")


def horizontal_bars(bars: Sequence[Bar], *, label: str, width: int = 640, scale_max: float | None = None,
                    percent: bool = False) -> Markup:
    """One row per bar: its label on the left, stacked segments, and a note at the end."""
    row, top = 30, 6
    label_w = max(80.0, min(220.0, max((text_width(b.label, 13) for b in bars), default=0) + 14))
    note_w = max(60.0, max((text_width(b.note, 12) for b in bars), default=0) + 14)
    height = top * 2 + row * max(len(bars), 1)
    plot_w = width - label_w - note_w
    peak = scale_max if scale_max is not None else _nice_max(max((sum(s.value for s in b.segments) for b in bars),
                                                                  default=0))
    body = []
    if percent:
        for tick in (0.0, 0.5, 1.0):
            x = label_w + plot_w * tick
            body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{height - top}" stroke="#e3e6ea"/>')
    for i, bar in enumerate(bars):
        y = top + row * i
        body.append(f'<text x="{label_w - 8}" y="{y + row / 2 + 4:.1f}" font-size="13" text-anchor="end" {FONT} '
                    f'fill="#333">{escape(bar.label)}</text>'
                    f'<rect x="{label_w}" y="{y + 6}" width="{plot_w}" height="{row - 12}" rx="3" fill="#f1f3f5"/>')
        x = float(label_w)
        for segment in bar.segments:
            if segment.value <= 0:
                continue
            w = plot_w * min(segment.value, peak) / peak
            body.append(f'<rect x="{x:.1f}" y="{y + 6}" width="{w:.1f}" height="{row - 12}" rx="3" '
                        f'fill="{segment.color}"><title>{escape(bar.label)}：{escape(segment.title)}</title></rect>')
            x += w
        body.append(f'<text x="{label_w + plot_w + 8}" y="{y + row / 2 + 4:.1f}" font-size="12" {FONT} '
                    f'fill="#444">{escape(bar.note)}</text>')
    return _svg(width, height, label, body, "bars")


def donut(parts: Sequence[tuple[str, float, str]], *, label: str, center_text: str, width: int = 400) -> Markup:
    """A ring of ``(name, value, color)`` parts with a legend beside it."""
    radius, thickness, cx, cy = 70.0, 26.0, 90.0, 95.0
    total = sum(value for _, value, _ in parts)
    height = max(200, 30 + 22 * len(parts))
    body = [f'<circle cx="{cx}" cy="{cy}" r="{radius}" fill="none" stroke="#f1f3f5" stroke-width="{thickness}"/>']
    circumference = 2 * math.pi * radius
    offset = 0.0
    for name, value, color in parts:
        if value <= 0 or total <= 0:
            continue
        length = circumference * value / total
        body.append(f'<circle cx="{cx}" cy="{cy}" r="{radius}" fill="none" stroke="{color}" '
                    f'stroke-width="{thickness}" stroke-dasharray="{length:.2f} {circumference - length:.2f}" '
                    f'stroke-dashoffset="{-offset:.2f}" transform="rotate(-90 {cx} {cy})">'
                    f'<title>{escape(name)}：{_fmt(value)}（{value / total:.0%}）</title></circle>')
        offset += length
    body.append(f'<text x="{cx}" y="{cy + 7}" font-size="22" font-weight="600" text-anchor="middle" {FONT} '
                f'fill="#222">{escape(center_text)}</text>')
    for i, (name, value, color) in enumerate(parts):
        y = 40 + 22 * i
        body.append(f'<rect x="200" y="{y - 10}" width="12" height="12" rx="2" fill="{color}"/>'
                    f'<text x="218" y="{y}" font-size="13" {FONT} fill="#333">{escape(name)}</text>'
                    f'<text x="340" y="{y}" font-size="13" text-anchor="end" {FONT} fill="#333">{_fmt(value)}</text>')
    return _svg(width, height, label, body, "donut")
