"""Logging setup with a filter that masks ID numbers and mobile numbers in every record, tracebacks included."""

from __future__ import annotations

import logging
import re

# 18-digit resident ID numbers (last character may be X), written whole or grouped 6-8-4 by spaces or hyphens, and
# 11-digit mainland mobile numbers, whole or grouped 3-4-4, optionally after the country code (+86, 0086, 86, with or
# without a separator).  Neither may be part of a longer run of digits, so amounts, dates, case numbers and
# timestamps stay readable.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6}[ -]?)\d{8}([ -]?\d{3}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![\d+])((?:(?:\+|00)?86[ -]?)?1[3-9]\d[ -]?)\d{4}([ -]?\d{4})(?!\d)")
_FORMAT = "%(asctime)s %(levelname)s [%(name)s] %(message)s"


def mask(text: str) -> str:
    """``620102199001011234`` → ``620102********1234``; ``13912345678`` → ``139****5678``;
    ``+86 139-1234-5678`` → ``+86 139-****-5678``; separators and prefixes are kept."""
    text = _ID_NUMBER.sub(lambda m: m.group(1) + "*" * 8 + m.group(2), text)
    return _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)


class MaskingFilter(logging.Filter):
    """Rewrites the record's message (and its traceback text) with personal numbers masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


def configure_logging(level: str) -> None:
    """Make sure the root logger has a handler, and mask personal numbers on every root handler.

    Handler filters (not logger filters) are used because records from child loggers skip their ancestors' filters
    but always pass through the handlers.
    """
    root = logging.getLogger()
    if not root.handlers:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(stream)
    for handler in root.handlers:
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(MaskingFilter())
    logging.getLogger("service").setLevel(level.upper())
