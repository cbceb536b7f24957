"""One typed settings object, read from ``DISPUTES_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SECRET = "changethis"
ENV_PREFIX = "DISPUTES_"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class InvalidSettings(ValueError):
    """A DISPUTES_* value that cannot be used; the message names each variable and what is wrong with it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# DISPUTES_ variables that are no settings: the test suite's PostgreSQL (tests/conftest.py) and the dev data's
# location for the benchmarks (bench/common.py).
OTHER_VARIABLES = frozenset({"DISPUTES_TEST_POSTGRES_URL", "DISPUTES_DEV_DATA"})


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """``DISPUTES_*`` variables that name no setting: a misspelt DISPUTES_DATABSE_URL is otherwise ignored, and the
    service quietly runs on its default SQLite file."""
    environ = os.environ if environ is None else environ
    known = {ENV_PREFIX + name.upper() for name in Settings.model_fields} | OTHER_VARIABLES
    return sorted(name for name in environ if name.upper().startswith(ENV_PREFIX) and name.upper() not in known)


class Settings(BaseSettings):
    """Deployment settings.

    Every field can be set as ``DISPUTES_<FIELD>`` (e.g. ``DISPUTES_DATABASE_URL``).
    ``database_url`` left empty means a SQLite file in the Flask instance folder.
    """

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    environment: str = "development"
    secret_key: str = DEFAULT_SECRET
    database_url: str = ""
    model_dir: Path = Path("models")
    # How often each worker checks which model version is active (seconds); a promotion reaches every worker on
    # every host within this interval (plus the load time of the new artifact).
    model_check_seconds: float = Field(default=10.0, ge=0)
    # Where the active version is read: "database" (the model registry, shared by every host; the CURRENT file is
    # the fallback while the registry is empty) or "file" (only <model_dir>/CURRENT: single host, no registry).
    model_source: Literal["database", "file"] = "database"
    # Retraining (python -m training retrain): the promotion gate and the training data.  Their ranges are checked
    # by retrain's options, whose defaults they are, so that an option given on the command line overrides a bad one.
    # The candidate is promoted only if its macro-F1 is at most `promotion_tolerance` below the active model's and
    # no label's recall (labels with at least `gate_min_support` held-out cases) drops by more than `recall_margin`.
    promotion_tolerance: float = 0.01
    recall_margin: float = 0.05
    gate_min_support: int = 1
    # 1.0 (default): every drop beyond those margins rejects the candidate.  Lower (e.g. 0.05) rejects only drops
    # that are significant at that level (one-sided sign test on the held-out cases exactly one of the two models
    # gets right): an opt-in for small held-out sets.
    gate_significance: float = 1.0
    # Share of reviewed cases held back (always the same cases: chosen by a hash of the text) for evaluation.
    review_holdout_share: float = 0.2
    # Weight of a shipped (synthetic) corpus line relative to a court case reviewed by a clerk.
    corpus_weight: float = 0.3
    # Retraining and rollback hold a lock in the database so that two runs (on any host) never overlap; a lock held
    # longer than this (its job died without releasing it) is taken over.  `python -m training unlock` clears one.
    retrain_lock_stale_seconds: float = Field(default=6 * 3600.0, gt=0)
    # Routing rules; empty means the packaged service/rules.toml.  Loaded and validated once in create_app.
    rules_file: Path | None = None
    # Holiday calendar for deadlines; empty means the packaged service/data/holidays.toml.  Lets an operator add the
    # State Council's notice for a new year (published each November) without a release; validated in create_app.
    holidays_file: Path | None = None
    # Overrides of values in the rules file's [settings] (None keeps the file's value).
    mediation_policy: Literal["2025", "legacy"] | None = None
    review_threshold: float | None = Field(default=None, ge=0, le=1)
    complexity_threshold: float | None = Field(default=None, ge=0)
    max_text_chars: int = Field(default=20_000, ge=1)
    log_level: str = "INFO"
    testing: bool = False
    # Workbench session cookie: Secure (HTTPS only) unless set; None means Secure outside development and tests.
    secure_cookies: bool | None = None
    session_hours: float = Field(default=12.0, gt=0)

    @field_validator("model_dir", "rules_file", "holidays_file", mode="before")
    @classmethod
    def _empty_path_is_the_default(cls, value: object, info: ValidationInfo) -> object:
        """DISPUTES_MODEL_DIR= (set but empty) means the default, as scripts/serve's ${VAR:-default} reads it, not
        "." (the working directory), where the workers then looked for their model.  Only for paths: an empty
        DISPUTES_ENVIRONMENT must not turn into "development" and accept the placeholder secret."""
        if isinstance(value, str) and not value.strip():
            return cls.model_fields[str(info.field_name)].default
        return value

    @property
    def cookies_secure(self) -> bool:
        if self.secure_cookies is not None:
            return self.secure_cookies
        return self.environment not in ("development", "test")

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.upper() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.upper()

    @field_validator("database_url")
    @classmethod
    def _normalise_scheme(cls, value: str) -> str:
        # Heroku-style URLs say postgres://; SQLAlchemy wants an explicit driver.
        if value.startswith("postgres://"):
            value = "postgresql://" + value.removeprefix("postgres://")
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value.removeprefix("postgresql://")
        return value

    def check_secrets(self) -> None:
        """Refuse the placeholder secret outside development and tests."""
        if self.environment not in ("development", "test") and self.secret_key == DEFAULT_SECRET:
            raise InvalidSettings(
                "DISPUTES_SECRET_KEY is still the placeholder 'changethis'; set a real secret in production."
            )


def load_settings() -> Settings:
    """``Settings()`` from the environment, with every invalid value named in one line.

    :raise InvalidSettings: e.g. "DISPUTES_MAX_TEXT_CHARS='-1': Input should be greater than or equal to 1".
    """
    try:
        return Settings()
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = ENV_PREFIX + "_".join(str(part) for part in error["loc"][:1]).upper()
            problems.append(f"{name}={error.get('input')!r}: {error['msg']}")
        raise InvalidSettings("; ".join(problems)) from None
