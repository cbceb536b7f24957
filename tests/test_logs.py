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
    # Mobiles after the country code and grouped by separators; the prefix and separators stay.
    ("+8613912345678", "+86139****5678"),
    ("手机8613912345678", "手机86139****5678"),
    ("008613912345678", "0086139****5678"),
    ("+86 139 1234 5678", "+86 139 **** 5678"),
    ("+86-139-1234-5678", "+86-139-****-5678"),
    ("电话 139-1234-5678。", "电话 139-****-5678。"),
    ("电话 139 1234 5678", "电话 139 **** 5678"),
    ("tel:139-1234 5678;", "tel:139-**** 5678;"),
    # ID numbers grouped 6-8-4.
    ("身份证 620102 19900101 1234", "身份证 620102 ******** 1234"),
    ("身份证 620102-19900101-123X", "身份证 620102-********-123X"),
    ("身份证 620102 199001011234", "身份证 620102 ********1234"),
])
def test_mask(text: str, expected: str) -> None:
    assert mask(text) == expected


@pytest.mark.parametrize("text", [
    "金额 24000.00 元，共 1,234,567.89 元，￥42250",
    "案号 (2025)甘0102民初1234号，MR-3F2A9C01B7",
    "日期 2025-01-01 12:00:00，20250101，2024-01-01T00:00:00-05:00",
    "时间戳 1704067200 与 1704067200000",
    "GET /api/v1/cases?page=2&per_page=20 200 13.9ms",
    "编号 2025 1234 5678",  # grouped like a mobile, but no mobile prefix
    "+213912345678",  # another country's code
    "86139123456789",  # too long for 86 + a mobile
    "620102 1990010 11234",  # grouped, but not 6-8-4
])
def test_mask_leaves_other_numbers_alone(text: str) -> None:
    assert mask(text) == text


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
