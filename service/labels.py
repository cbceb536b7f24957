"""The dispute labels: stable ASCII slugs with the Chinese names a clerk sees."""

from __future__ import annotations

LABELS: tuple[str, ...] = ("labour", "finance", "housing", "sme", "other")

DISPLAY_NAMES: dict[str, str] = {
    "labour": "劳动争议",
    "finance": "金融借款",
    "housing": "房产物业",
    "sme": "中小微企业/商事",
    "other": "其他纠纷",
}


def display_name(label: str) -> str:
    """The Chinese name of ``label``; raises ``KeyError`` for an unknown label."""
    return DISPLAY_NAMES[label]
