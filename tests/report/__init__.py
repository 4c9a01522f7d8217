"""Tests of the lint report formatters."""
