"""mediation-router: the Flask application factory."""

from __future__ import annotations

import datetime as dt
import logging
import os
from typing import TYPE_CHECKING

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from service.config import Settings, unknown_variables

if TYPE_CHECKING:
    from service.classifier import ModelStore


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app.  Nothing is created at import time; tests pass their own ``Settings``."""
    from_environment = settings is None
    settings = settings if settings is not None else Settings()
    settings.check_secrets()
    app = Flask(__name__, instance_relative_config=True)
    os.makedirs(app.instance_path, exist_ok=True)
    if not settings.database_url:
        settings = settings.model_copy(
            update={"database_url": f"sqlite:///{os.path.join(app.instance_path, 'disputes.sqlite')}"}
        )
    app.config.from_mapping(
        SECRET_KEY=settings.secret_key,
        TESTING=settings.testing,
        MAX_CONTENT_LENGTH=max(1_000_000, settings.max_text_chars * 8),
        JSON_AS_ASCII=False,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.cookies_secure,
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=settings.session_hours),
        # A form left open all day must still submit: the token lives as long as the session.
        WTF_CSRF_TIME_LIMIT=None,
    )
    app.extensions["settings"] = settings
    app.json.ensure_ascii = False  # type: ignore[attr-defined]

    from service import cli, db, errors, preflight, text
    from service.api import bp as api_bp
    from service.cases import bp as cases_bp
    from service.health import bp as health_bp
    from service.logs import configure_logging, init_request_ids
    from service.model_views import bp as models_bp
    from service.web import bp as web_bp

    configure_logging(settings.log_level)
    if from_environment:
        for name in unknown_variables():
            logging.getLogger(__name__).warning("%s names no setting and is ignored (misspelt?); settings: %s", name,
                                                "README.md, Configuration")
    text.warm_up()
    db.init_app(app, settings.database_url)
    # A broken rules file or calendar stops the app here (InvalidRules names the rule or the entry) instead of
    # failing requests later.
    app.extensions["rules"] = preflight.routing_rules(settings)
    app.extensions["model_store"] = _model_store(app, settings)
    errors.register_error_handlers(app)
    init_request_ids(app)
    app.register_blueprint(health_bp)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    app.register_blueprint(cases_bp, url_prefix="/api/v1")
    app.register_blueprint(models_bp, url_prefix="/api/v1")
    app.register_blueprint(web_bp)
    # Every form of the workbench carries a CSRF token; the JSON API authenticates with keys, not cookies.
    csrf = CSRFProtect(app)
    for blueprint in (api_bp, cases_bp, health_bp, models_bp):
        csrf.exempt(blueprint)
    cli.init_app(app)
    return app


def _model_store(app: Flask, settings: Settings) -> ModelStore:
    """Every worker reads the active version from the database registry (shared by all hosts), or only from
    <model_dir>/CURRENT with DISPUTES_MODEL_SOURCE=file."""
    from service import classifier, registry

    current_file = classifier.current_file_source(settings.model_dir)
    if settings.model_source == "file":
        return classifier.ModelStore(settings.model_dir, current_file, settings.model_check_seconds)
    source = registry.database_source(app.extensions["db_engine"], fallback=current_file)
    return classifier.ModelStore(settings.model_dir, source, settings.model_check_seconds, fallback=current_file)
