"""Helpers for the workbench tests: users in the database, signing in with the test client, CSRF tokens."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from sqlmodel import Session, select

from service import db, users
from service.tables import Case, User

PASSWORD = "correct horse 1"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def make_user(app: Flask, username: str, role: str = "clerk", destination: str | None = None,
              display_name: str | None = None) -> User:
    with app.app_context(), Session(db.get_engine()) as session:
        user = users.create_user(session=session, username=username, display_name=display_name or username,
                                 role=users.Role(role), password=PASSWORD, destination=destination)
        session.commit()
        return user


def csrf_token(client: FlaskClient, path: str = "/login") -> str:
    match = TOKEN.search(client.get(path).get_data(as_text=True))
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def sign_in(client: FlaskClient, username: str, password: str = PASSWORD) -> None:
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf_token": csrf_token(client)})
    assert response.status_code == 302, response.get_data(as_text=True)


def post_form(client: FlaskClient, path: str, data: dict[str, object], page: str = "/intake"):  # noqa: ANN201
    """POST ``data`` with a CSRF token taken from ``page`` (any page of the signed-in session carries one)."""
    return client.post(path, data={**data, "csrf_token": csrf_token(client, page)})


def set_case_status(app: Flask, public_id: str, status: str, destination: str | None = None) -> None:
    """Put a case in ``status`` (and at ``destination``) directly in the database, to set up a test."""
    with app.app_context(), Session(db.get_engine()) as session:
        case = session.exec(select(Case).where(Case.public_id == public_id)).one()
        case.status = status
        if destination is not None:
            case.destination = destination
        session.add(case)
        session.commit()
