"""One typed settings object, read from ``DISPUTES_*`` environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_SECRET = "changethis"


class Settings(BaseSettings):
    """Deployment settings.

    Every field can be set as ``DISPUTES_<FIELD>`` (e.g. ``DISPUTES_DATABASE_URL``).
    ``database_url`` left empty means a SQLite file in the Flask instance folder.
    """

    model_config = SettingsConfigDict(env_prefix="DISPUTES_", extra="ignore")

    environment: str = "development"
    secret_key: str = DEFAULT_SECRET
    database_url: str = ""
    model_dir: Path = Path("models")
    # How often each worker checks which model version is active (seconds).
    model_check_seconds: float = 10.0
    # Routing rules; empty means the packaged service/rules.toml.  Loaded and validated once in create_app.
    rules_file: Path | None = None
    # Overrides of values in the rules file's [settings] (None keeps the file's value).
    mediation_policy: Literal["2025", "legacy"] | None = None
    review_threshold: float | None = None
    complexity_threshold: float | None = None
    max_text_chars: int = 20_000
    log_level: str = "INFO"
    testing: bool = False
    # Workbench session cookie: Secure (HTTPS only) unless set; None means Secure outside development and tests.
    secure_cookies: bool | None = None
    session_hours: float = 12.0

    @property
    def cookies_secure(self) -> bool:
        if self.secure_cookies is not None:
            return self.secure_cookies
        return self.environment not in ("development", "test")

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
            raise ValueError(
                "DISPUTES_SECRET_KEY is still the placeholder 'changethis'; set a real secret in production."
            )
