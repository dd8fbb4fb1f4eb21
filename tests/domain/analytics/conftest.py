"""Fixtures of the analytics tests."""

from tests.domain.analytics.dataset import copy_dir

__all__ = ["copy_dir"]
