"""strawberry types from the REST wire models: one field per wire field, filled from the body REST renders.

The codegen'd pydantic models (zgw/rest/*/wire.py) already name every field of the wire, with its
camelCase alias, type and description; the REST renderers already produce the values. A GraphQL type
here declares only what differs (objects where REST has a URL); the rest comes from the model, so the
two APIs cannot disagree on a field.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

import strawberry
from pydantic import BaseModel
from strawberry.scalars import JSON

Convert = Callable[[Any], Any]
_generated: dict[type[BaseModel], Any] = {}
_names: dict[str, type[BaseModel]] = {}


def _same(value: Any) -> Any:
    return value


def _text(value: Any) -> Any:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def _arms(annotation: Any) -> list[Any]:
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _arms(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return [a for arg in get_args(annotation) for a in _arms(arg) if a is not type(None)]
    return [annotation]


def graphql_of(annotation: Any, owner: str) -> tuple[Any, Convert]:
    """The GraphQL type (always nullable) of a wire annotation and how to turn a rendered value into it."""
    arms = _arms(annotation)
    if len(arms) != 1:
        return Union[JSON, None], _same  # noqa: UP007
    arm = arms[0]
    origin = get_origin(arm)
    if origin is list:
        (item,) = get_args(arm) or (Any,)
        inner, convert = graphql_of(item, owner)
        inner_type = get_args(inner)[0] if get_origin(inner) in (Union, types.UnionType) else inner
        return (Union[list[inner_type], None],  # type: ignore[valid-type]  # noqa: UP007
                lambda v: None if v is None else [convert(x) for x in v])
    if origin is Literal or arm in (str, date, datetime, Decimal):
        return Union[str, None], _text  # noqa: UP007
    if arm in (bool, int, float):
        return Union[arm, None], _same  # noqa: UP007
    if isinstance(arm, type) and issubclass(arm, BaseModel):
        nested = nested_type(arm)
        return Union[nested, None], (lambda v: None if v is None else nested.build(v))  # noqa: UP007
    return Union[JSON, None], _same  # noqa: UP007


def nested_type(model: type[BaseModel]) -> Any:
    """A generated type for a nested wire model (a gegevensgroep, a betrokkeneIdentificatie, …)."""
    if model not in _generated:
        name = model.__name__.removeprefix("Base_")
        if name in _names and _names[name] is not model:
            name = f"{model.__module__.split('.')[-2].capitalize()}{name}"
        _names[name] = model
        cls = type(name, (), {"__module__": __name__, "__doc__": model.__doc__})
        _generated[model] = cls  # before the fields: models may nest themselves
        wire_type(cls, model, name=name)
    return _generated[model]


def wire_type(cls: type, model: type[BaseModel], *, skip: set[str] = frozenset(),  # type: ignore[assignment]
              name: str | None = None, interface: bool = False, description: str | None = None) -> Any:
    """Make `cls` a strawberry type with a field per field of `model` that `cls` does not define itself.

    `cls.build(body, **private)` makes an instance from the body REST renders (camelCase keys).
    """
    annotations: dict[str, Any] = dict(inspect.get_annotations(cls))
    fields: dict[str, tuple[str, Convert]] = {}
    for base in cls.__mro__[1:]:
        fields.update(getattr(base, "__wire__", {}))
    for python_name, info in model.model_fields.items():
        alias = info.alias or python_name
        if python_name in skip or alias in skip or python_name in cls.__dict__ or alias.startswith("_"):
            continue
        if python_name in fields:
            continue
        graphql_type, convert = graphql_of(info.annotation, model.__name__)
        annotations[python_name] = graphql_type
        setattr(cls, python_name, strawberry.field(default=None, name=alias, description=info.description))
        fields[python_name] = (alias, convert)
    if "url" in model.model_fields and "uuid" not in model.model_fields and "uuid" not in fields:
        # every object carries its uuid, also where the REST body only has the url (Catalogi)
        annotations["uuid"] = Union[str, None]  # noqa: UP007
        cls.uuid = strawberry.field(default=None, description="Unieke resource identifier (UUID4)")  # type: ignore[attr-defined]
        fields["uuid"] = ("url", lambda v: str(v).rstrip("/").rsplit("/", 1)[-1] if v else None)
    cls.__annotations__ = annotations
    cls.__wire__ = fields  # type: ignore[attr-defined]

    def build(klass: Any, rendered: dict[str, Any], /, **private: Any) -> Any:
        values = {python: convert(rendered.get(alias)) for python, (alias, convert) in klass.__wire__.items()}
        return klass(**values, **private)

    cls.build = classmethod(build)  # type: ignore[attr-defined]
    decorate = strawberry.interface if interface else strawberry.type
    return decorate(cls, name=name, description=description or (model.__doc__ if model.__doc__ and
                                                                  not model.__doc__.startswith("Set ") else None))
