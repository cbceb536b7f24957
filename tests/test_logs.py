"""ID numbers and mobile numbers never reach the logs in clear."""

from __future__ import annotations

import io
import logging

import pytest

from service.logs import MaskingFilter, configure_logging, mask


@pytest.mark.parametrize(("text", "expected"), [
    ("身份证 620102199001011234", "身份证 620102********1234"),
    ("ID 62010219900101123X.", "ID 620102********123X."),
    ("电话13912345678联系", "电话139****5678联系"),
    ("两个：620102199001011234，13912345678", "两个：620102********1234，139****5678"),
    ("金额 42250 元，案号 2025 年", "金额 42250 元，案号 2025 年"),
    ("long run 1234567890123456789012", "long run 1234567890123456789012"),
    ("12912345678", "12912345678"),  # not a mobile prefix
])
def test_mask(text: str, expected: str) -> None:
    assert mask(text) == expected


def test_filter_masks_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(MaskingFilter())
    logger = logging.getLogger("test.masking")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("party %s phone %s", "620102199001011234", "13912345678")
        try:
            raise ValueError("bad id 620102199001011234")
        except ValueError:
            logger.exception("failed for 13912345678")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert "620102199001011234" not in output and "13912345678" not in output
    assert "620102********1234" in output and "139****5678" in output
    assert "ValueError" in output


def test_configure_logging_installs_the_filter_once() -> None:
    root = logging.getLogger()
    configure_logging("INFO")
    configure_logging("INFO")
    for handler in root.handlers:
        assert sum(isinstance(f, MaskingFilter) for f in handler.filters) == 1
