"""Accessors for per-app state kept in ``app.extensions`` (no module-level mutable state)."""

from __future__ import annotations

from typing import Any

from flask import current_app

from service.classifier import ModelStore
from service.config import Settings


def get_settings() -> Settings:
    settings: Settings = current_app.extensions["settings"]
    return settings


def get_model_store() -> ModelStore:
    store: ModelStore = current_app.extensions["model_store"]
    return store


def get_rules() -> Any:
    """The app's routing RuleSet (loaded once in create_app)."""
    return current_app.extensions["rules"]
