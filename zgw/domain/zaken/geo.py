"""Zaak geometry without database geo operators: a bounding box to select, shapely to decide."""

from __future__ import annotations

from typing import Any

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

TYPES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"}


def parse(geometry: Any) -> BaseGeometry:
    """A shapely geometry from GeoJSON, or ValueError with a reason."""
    if not isinstance(geometry, dict) or geometry.get("type") not in TYPES:
        raise ValueError("Ongeldige GeoJSON geometrie: onbekend of ontbrekend `type`.")
    try:
        parsed = shape(geometry)
    except Exception as exc:  # shapely raises several kinds for malformed coordinates
        raise ValueError(f"Ongeldige GeoJSON geometrie: {exc}") from None
    if parsed.is_empty:
        raise ValueError("Ongeldige GeoJSON geometrie: leeg.")
    return parsed


def check(geometry: Any) -> None:
    parse(geometry)


def bbox(geometry: dict[str, Any]) -> dict[str, float]:
    min_x, min_y, max_x, max_y = parse(geometry).bounds
    return {"min_x": min_x, "min_y": min_y, "max_x": max_x, "max_y": max_y}


def within_query(polygon: dict[str, Any]) -> dict[str, Any]:
    """Database pre-selection: zaken whose box lies inside the polygon's box."""
    box = bbox(polygon)
    return {"geo_bbox.min_x": {"$gte": box["min_x"]}, "geo_bbox.max_x": {"$lte": box["max_x"]},
            "geo_bbox.min_y": {"$gte": box["min_y"]}, "geo_bbox.max_y": {"$lte": box["max_y"]}}


def is_within(geometry: dict[str, Any] | None, polygon: BaseGeometry) -> bool:
    if not geometry:
        return False
    try:
        return bool(parse(geometry).within(polygon))
    except ValueError:
        return False
