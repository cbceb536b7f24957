"""Who acts on a case: an API client or a person signed in to the workbench.

The case flows (service.intake) take an ``Actor`` so the API and the web workbench call the same functions; the
audit rows record the actor's name and the id of the client or the user.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal, TypedDict

from service.tables import ApiClient, User


class ActorIds(TypedDict):
    """The audit columns every row an actor makes carries."""

    client_id: int | None
    user_id: int | None


@dataclass(frozen=True)
class Actor:
    kind: Literal["api", "user"]
    name: str  # what the audit trail shows
    client_id: int | None = None
    user_id: int | None = None

    @classmethod
    def of_client(cls, client: ApiClient) -> Actor:
        assert client.id is not None
        return cls(kind="api", name=client.name, client_id=client.id)

    @classmethod
    def of_user(cls, user: User) -> Actor:
        assert user.id is not None
        return cls(kind="user", name=f"{user.display_name}（{user.username}）", user_id=user.id)

    def named(self, name: str | None) -> Actor:
        """The same actor under the name a client reports for its operator (API ``actor`` fields)."""
        return replace(self, name=name) if name else self

    @property
    def ids(self) -> ActorIds:
        """Column values for rows this actor makes."""
        return {"client_id": self.client_id, "user_id": self.user_id}
