"""The wire shape of a GeoJSON geometry (RFC 7946, 2D): a plain dict, checked in the domain (zgw.domain.zaken.geo).

Its OpenAPI schema is the union of the geometry types the contract lists (one object with `type` and
either `coordinates` or, for a GeometryCollection, `geometries`).
"""

from typing import Annotated, Any

from pydantic import WithJsonSchema

GEOMETRY_TYPES = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "Feature",
                  "FeatureCollection", "GeometryCollection"]


def _positions(depth: int) -> dict[str, Any]:
    """A coordinate (number) or an array of positions, nested `depth` levels (MultiPolygon is the deepest)."""
    number: dict[str, Any] = {"type": "number"}
    if depth == 0:
        return number
    return {"anyOf": [number, {"type": "array", "items": _positions(depth - 1)}]}


_TYPE = {"type": "string", "enum": GEOMETRY_TYPES, "description": "The geometry type"}
SCHEMA: dict[str, Any] = {
    "title": "GeoJSONGeometry",
    "type": "object",
    "description": "GeoJSON geometry (RFC 7946): Point, MultiPoint, LineString, MultiLineString, Polygon, "
                   "MultiPolygon or GeometryCollection, coordinates as (long, lat).",
    "required": ["type"],
    "properties": {
        "type": _TYPE,
        "coordinates": {"type": "array", "items": _positions(3), "description": "Point2D, or (nested) arrays of them"},
        "geometries": {"type": "array", "items": {"type": "object", "title": "Geometry", "required": ["type"],
                                                  "properties": {"type": _TYPE}}},
    },
}

GeoJSONGeometry = Annotated[dict[str, Any], WithJsonSchema(SCHEMA)]
