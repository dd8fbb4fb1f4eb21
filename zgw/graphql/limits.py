"""The query cost limit: the objects a query may return, `first` multiplied down the nesting.

A connection counts `first` (its default when absent) objects, a list without `first` counts
LIST_ESTIMATE objects, an object field one; each multiplied by the counts of the fields above it.
A query above the limit is refused before anything is read (code `query-too-costly`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    value_from_ast,
)
from strawberry.extensions import SchemaExtension

from zgw.domain.errors import ValidationFailed

LIST_ESTIMATE = 20  # objects counted for a list without `first` (statussen, rollen, … of one zaak)
DEFAULT_FIRST = 100  # a connection's page without `first`
MAX_PAGE_SIZE = 500


def page_size(first: int | None, maximum: int = MAX_PAGE_SIZE) -> int:
    """A connection's page size: `first` (default 100), 1 to `maximum`, else ValidationFailed."""
    size = DEFAULT_FIRST if first is None else first
    if size < 1 or size > maximum:
        raise ValidationFailed.field("first", "max_value" if size > maximum else "min_value",
                                     f"first moet tussen 1 en {maximum} liggen.")
    return size


def _unwrap(t: Any) -> Any:
    return t.of_type if isinstance(t, GraphQLNonNull) else t


class _Cost:
    def __init__(self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode],
                 variables: dict[str, Any]) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = variables

    def _fields(self, selection_set: SelectionSetNode | None, parent: GraphQLObjectType | None,
                seen: frozenset[str]) -> Iterator[tuple[FieldNode, GraphQLObjectType | None]]:
        for node in selection_set.selections if selection_set else ():
            if isinstance(node, FieldNode):
                yield node, parent
            elif isinstance(node, InlineFragmentNode):
                cond = self.schema.get_type(node.type_condition.name.value) if node.type_condition else parent
                yield from self._fields(node.selection_set, cond if isinstance(cond, GraphQLObjectType) else parent,
                                        seen)
            elif isinstance(node, FragmentSpreadNode) and node.name.value not in seen:
                fragment = self.fragments.get(node.name.value)
                if fragment is not None:
                    cond = self.schema.get_type(fragment.type_condition.name.value)
                    yield from self._fields(fragment.selection_set,
                                            cond if isinstance(cond, GraphQLObjectType) else parent,
                                            seen | {node.name.value})

    def _first(self, node: FieldNode, definition: Any) -> int | None:
        for argument in node.arguments or ():
            if argument.name.value == "first":
                arg = definition.args.get("first") if definition is not None else None
                value = value_from_ast(argument.value, arg.type, self.variables) if arg is not None else None
                return value if isinstance(value, int) else None
        return None

    def of(self, selection_set: SelectionSetNode | None, parent: Any, seen: frozenset[str] = frozenset()) -> int:
        total = 0
        for node, owner in self._fields(selection_set, parent, seen):
            if node.name.value.startswith("__"):
                continue
            holder = owner or parent
            definition = holder.fields.get(node.name.value) if hasattr(holder, "fields") else None
            if definition is None:
                continue
            returned = _unwrap(definition.type)
            named = get_named_type(returned)
            first = self._first(node, definition)
            if "first" in definition.args:  # a connection
                count = first if first is not None else DEFAULT_FIRST
            elif isinstance(returned, GraphQLList) and not (
                    getattr(holder, "name", "").endswith("Connection") and node.name.value in ("edges", "nodes")):
                count = LIST_ESTIMATE  # (a connection's edges and nodes are its `first`, counted above)
            else:
                count = 1
            below = self.of(node.selection_set, named, seen) if node.selection_set else 0
            total += count * (1 + below) if node.selection_set else 0
        return total


def query_cost(schema: GraphQLSchema, document: Any, operation_name: str | None,
               variables: dict[str, Any] | None) -> int:
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if operation_name:
        operations = [o for o in operations if o.name and o.name.value == operation_name]
    if not operations:
        return 0
    operation = operations[0]
    root = schema.get_root_type(operation.operation)
    return _Cost(schema, fragments, variables or {}).of(operation.selection_set, root)


class CostLimiter(SchemaExtension):
    def __init__(self, max_cost: int) -> None:
        self.max_cost = max_cost

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is not None:
            cost = query_cost(ctx.schema._schema, ctx.graphql_document, ctx.operation_name, ctx.variables)
            if getattr(ctx.context, "cost", None) is not None:
                ctx.context.cost = cost
            if cost > self.max_cost:
                ctx.result = GraphQLExecutionResult(data=None, errors=[GraphQLError(
                    f"De query kan tot {cost} objecten opleveren; het maximum is {self.max_cost}. "
                    "Vraag kleinere pagina's op (first) of minder geneste lijsten.",
                    extensions={"code": "query-too-costly", "status": 400, "cost": cost, "maxCost": self.max_cost})])
        yield
