"""The clerks' workbench: server-rendered pages in Chinese over the same case flows as the API (service.intake).

Routes live in ``views`` (the admin's user management in ``admin``); signing in and roles in ``access``; form
parsing in ``forms``; page data in ``pages``; charts in ``charts``.
"""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("web", __name__)

from service.web import access, admin, views  # noqa: E402,F401  (the modules register their routes and hooks on bp)
