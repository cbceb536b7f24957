"""Accessors for per-app state kept in ``app.extensions`` (no module-level mutable state)."""

from __future__ import annotations

from flask import current_app

from service.classifier import ModelStore
from service.config import Settings
from service.rules import RuleSet


def get_settings() -> Settings:
    settings: Settings = current_app.extensions["settings"]
    return settings


def get_model_store() -> ModelStore:
    store: ModelStore = current_app.extensions["model_store"]
    return store


def get_rules() -> RuleSet:
    rules: RuleSet = current_app.extensions["rules"]
    return rules
