"""Logging setup with a filter that masks ID numbers and mobile numbers in every record, tracebacks included."""

from __future__ import annotations

import logging
import re
import uuid

from flask import Flask, Response, g, has_request_context, request

# 18-digit resident ID numbers (last character may be X), written whole or grouped 6-8-4 by spaces or hyphens, and
# 11-digit mainland mobile numbers, whole or grouped 3-4-4, optionally after the country code (+86, 0086, 86, with or
# without a separator).  Neither may be part of a longer run of digits, so amounts, dates, case numbers and
# timestamps stay readable.
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6}[ -]?)\d{8}([ -]?\d{3}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![\d+])((?:(?:\+|00)?86[ -]?)?1[3-9]\d[ -]?)\d{4}([ -]?\d{4})(?!\d)")
LOG_FORMAT = "%(asctime)s %(levelname)s [%(name)s] [%(request_id)s] %(message)s"
# The header that carries a request's id: taken from the client (or a proxy in front) when it is a plausible id,
# made up otherwise, and sent back on the response; every log line written while serving the request carries it.
REQUEST_ID_HEADER = "X-Request-Id"
_PLAUSIBLE_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


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


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id``: the id of the request being served, or "-" outside one."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id()
        return True


def current_request_id() -> str:
    return str(g.get("request_id", "-")) if has_request_context() else "-"


def _assign_request_id() -> None:
    # A client's id must not carry a phone or ID number into the logs in clear, in any spelling (13912345678,
    # 139.1234.5678): an id with 11 digits or more is replaced.
    given = request.headers.get(REQUEST_ID_HEADER, "")
    plausible = _PLAUSIBLE_ID.fullmatch(given) and sum(c.isdigit() for c in given) < 11
    g.request_id = given if plausible else uuid.uuid4().hex


def _echo_request_id(response: Response) -> Response:
    response.headers[REQUEST_ID_HEADER] = current_request_id()
    return response


def init_request_ids(app: Flask) -> None:
    """Give every request an id (``X-Request-Id``), echo it on the response, and put it on every log line."""
    app.before_request(_assign_request_id)
    app.after_request(_echo_request_id)


def configure_logging(level: str) -> None:
    """Make sure the root logger has a handler, and mask personal numbers on every root handler.

    Handler filters (not logger filters) are used because records from child loggers skip their ancestors' filters
    but always pass through the handlers.
    """
    root = logging.getLogger()
    if not root.handlers:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(stream)
    for handler in root.handlers:
        if not any(isinstance(f, RequestIdFilter) for f in handler.filters):
            handler.addFilter(RequestIdFilter())
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(MaskingFilter())
    logging.getLogger("service").setLevel(level.upper())
